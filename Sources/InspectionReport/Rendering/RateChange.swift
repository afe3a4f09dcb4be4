/// How a published rate moved from an earlier period to a later one, compared exactly as
/// fractions (never as rounded percentages).
struct RateChange: Sendable, Equatable {
    enum Direction: Sendable, Equatable {
        case up
        case down
        case same
    }

    var direction: Direction
    /// Whether the two rates differ by less than one percentage point.
    var isSmall: Bool
    /// The fewest cases under each rate for a change between them to be described: chance alone
    /// moves a rate over fewer by many points (``QuarterComparison``).
    static let minimumCases: Int128 = 30

    /// Whether `value` is a published rate over at least ``minimumCases`` cases.
    static func isOverEnoughCases(_ value: MetricValue?) -> Bool {
        guard case .ratio(_, let cases)? = value else { return false }
        return cases >= minimumCases
    }

    /// The change from `earlier` to `later`; nil unless both are published rates.
    init?(from earlier: MetricValue?, to later: MetricValue?) {
        guard case .ratio(let a, let b)? = earlier, case .ratio(let c, let d)? = later, b > 0, d > 0 else { return nil }
        let (left, right) = (c * b, a * d)
        direction = left > right ? .up : left < right ? .down : .same
        isSmall = 100 * (left > right ? left - right : right - left) < b * d
    }

    /// The words between the later and the earlier figure in a main point: "**52.2%** …,
    /// down from **54.8%** in April to June 2024"; a change of less than one percentage point
    /// is "about the same as", as the chart's title says.
    var clause: String {
        switch direction {
        case .same: "the same as"
        case _ where isSmall: "about the same as"
        case .up: "up from"
        case .down: "down from"
        }
    }
}
