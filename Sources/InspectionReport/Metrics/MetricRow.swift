/// One row of `metrics.csv`, with what disclosure control needs to know about it.
struct MetricRow: Sendable, Hashable {
    /// How disclosure control treats a row (`docs/methodology.md`, "Figures": disclosure control).
    enum Control: Sendable, Hashable {
        /// A count of cases.
        case count
        /// A rate, kappa, percentile or rate per population, computed over `cases` cases (nil
        /// when the threshold does not apply to it) and from the published counts `inputs`
        /// of the same area: hidden when too few cases or when any input is hidden.
        case derived(cases: Int?, inputs: [MetricKey])
        /// About forces and bodies, not people: never hidden.
        case never
    }

    var key: MetricKey
    /// The area's name as written: `all`, a region's name or a force's id.
    var areaName: String
    var value: MetricValue
    var control: Control

    var area: Area { key.area }
    var metric: Metric { key.metric }
    var breakdown: Breakdown { key.breakdown }
}
