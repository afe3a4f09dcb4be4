/// One row of `metrics.csv`, with what disclosure control needs to know about it.
public struct MetricRow: Sendable, Hashable {
    /// How disclosure control treats a row.
    public enum Control: Sendable, Hashable {
        /// A count of cases; `set` names its set of breakdowns in the area (nil for a total).
        case count(set: String?)
        /// A rate, kappa or percentile over `denominator` cases; `numerator` is the index of
        /// the published count it is computed from, if any.
        case ratio(denominator: Int, numerator: Int?)
        /// `referrals_per_10k_children`: hidden when the row at `referrals` is.
        case perPopulation(referrals: Int)
        /// About forces, not people: never hidden.
        case never
    }

    public var area: Area
    /// The area's name as written: `all`, a region's name or a force's id.
    public var areaName: String
    public var metric: String
    public var breakdown: String
    public var value: MetricValue
    public var control: Control

    public init(area: Area, areaName: String, metric: String, breakdown: String, value: MetricValue, control: Control) {
        self.area = area
        self.areaName = areaName
        self.metric = metric
        self.breakdown = breakdown
        self.value = value
        self.control = control
    }
}
