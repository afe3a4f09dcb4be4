/// Statistical disclosure control for public outputs (SPEC section 6).
///
/// Applied to the figures once, between computing and every output, so that the pages and
/// `metrics.csv` hide exactly the same cells.
public struct DisclosureControl: Sendable {
    /// The smallest count shown.
    public var threshold: Int

    public init(threshold: Int) { self.threshold = threshold }

    /// The rows with suppressed figures replaced by ``MetricValue/suppressed``.
    public func apply(to rows: [MetricRow]) -> [MetricRow] {
        var hidden = [Bool](repeating: false, count: rows.count)
        // Primary: small counts, and rates, kappas and percentiles over few cases.
        for (i, row) in rows.enumerated() {
            switch row.control {
            case .count:
                if let n = row.value.integer, n >= 1, n < threshold { hidden[i] = true }
            case .ratio(let denominator, _):
                if denominator < threshold { hidden[i] = true }
            case .perPopulation, .never:
                break
            }
        }
        // Secondary: where exactly one count in a set is hidden, hide the smallest other
        // non-zero count of the set too (the first on a tie).
        var i = 0
        while i < rows.count {
            guard case .count(let set?) = rows[i].control else { i += 1; continue }
            var j = i
            while j < rows.count, case .count(let other?) = rows[j].control, other == set, rows[j].area == rows[i].area { j += 1 }
            let members = i..<j
            if members.filter({ hidden[$0] }).count == 1 {
                var choice: Int?
                for k in members where !hidden[k] {
                    let n = rows[k].value.integer ?? 0
                    if n > 0, choice.map({ n < rows[$0].value.integer! }) ?? true { choice = k }
                }
                if let choice { hidden[choice] = true }
            }
            i = j
        }
        // Rates whose numerator is hidden, and rates per population whose count is hidden.
        for (k, row) in rows.enumerated() {
            switch row.control {
            case .ratio(_, let numerator?):
                if hidden[numerator] { hidden[k] = true }
            case .perPopulation(let referrals):
                if hidden[referrals] { hidden[k] = true }
            default:
                break
            }
        }
        var result = rows
        for k in result.indices where hidden[k] { result[k].value = .suppressed }
        return result
    }
}

extension MetricsTable {
    /// The same table with disclosure control applied.
    public func disclosed(threshold: Int) -> MetricsTable {
        var copy = self
        copy.rows = DisclosureControl(threshold: threshold).apply(to: rows)
        return copy
    }
}
