/// What a row of `metrics.csv` is about: an area, a metric and a breakdown.
struct MetricKey: Hashable, Sendable {
    var area: Area
    var metric: Metric
    var breakdown: Breakdown

    init(_ area: Area, _ metric: Metric, _ breakdown: Breakdown = .all) {
        self.area = area
        self.metric = metric
        self.breakdown = breakdown
    }
}
