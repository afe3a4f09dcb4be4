/// What a row of `metrics.csv` is about: an area, a metric and a breakdown.
public struct MetricKey: Hashable, Sendable {
    public var area: Area
    public var metric: Metric
    public var breakdown: Breakdown

    public init(_ area: Area, _ metric: Metric, _ breakdown: Breakdown = .all) {
        self.area = area
        self.metric = metric
        self.breakdown = breakdown
    }
}
