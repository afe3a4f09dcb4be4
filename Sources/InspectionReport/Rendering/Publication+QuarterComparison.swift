/// The change of a rate over the period, by quarter received, that a main point and the trends
/// chart's title describe: between the earliest and the latest quarters whose rate is published
/// over at least ``RateChange/minimumCases`` cases (a quarter with fewer is left out of the
/// comparison, not of the table).
struct QuarterComparison {
    var earlierQuarter: Quarter
    var earlier: MetricValue
    var laterQuarter: Quarter
    var later: MetricValue
    var change: RateChange
}

extension Publication {
    /// The comparison for `metric` (a rate with a `quarter=` breakdown) of `area`; nil when fewer
    /// than two quarters have a rate over enough cases.
    func quarterComparison(_ area: Area, _ metric: Metric) -> QuarterComparison? {
        let quarters = settings.quarters
        let rates = quarters.map { value(area, metric, .quarter($0)) }
        guard let i = rates.firstIndex(where: RateChange.isOverEnoughCases), let j = rates.lastIndex(where: RateChange.isOverEnoughCases),
            i < j, let earlier = rates[i], let later = rates[j], let change = RateChange(from: earlier, to: later)
        else { return nil }
        return QuarterComparison(earlierQuarter: quarters[i], earlier: earlier, laterQuarter: quarters[j], later: later, change: change)
    }
}
