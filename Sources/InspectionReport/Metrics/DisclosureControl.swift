/// Statistical disclosure control for public outputs (SPEC section 6).
///
/// Applied to the figures once, between computing and every output, so that the pages and
/// `metrics.csv` hide exactly the same cells: the one home of the disclosure rules.
struct DisclosureControl: Sendable {
    /// The smallest count shown.
    var threshold: Int

    /// Whether a count is sensitive: from 1 to `threshold - 1`.
    func isSensitive(_ count: Int) -> Bool { count >= 1 && count < threshold }

    /// The rows with suppressed figures replaced by ``MetricValue/suppressed``.
    func apply(to rows: [MetricRow]) -> [MetricRow] {
        var hidden = [Bool](repeating: false, count: rows.count)
        // Primary: small counts, and derived figures over few cases.
        for (i, row) in rows.enumerated() {
            switch row.control {
            case .count:
                if let n = row.value.integer, isSensitive(n) { hidden[i] = true }
            case .derived(let cases?, _):
                if cases < threshold { hidden[i] = true }
            case .derived(nil, _), .never:
                break
            }
        }
        // Secondary: where exactly one count of an area's metric along one dimension is
        // hidden, hide the smallest other non-zero count of it too (the first on a tie).
        var i = 0
        while i < rows.count {
            let set = rows[i].breakdown.dimension
            guard case .count = rows[i].control, set != .all else { i += 1; continue }
            var j = i + 1
            while j < rows.count, rows[j].control == .count, rows[j].key.area == rows[i].key.area,
                  rows[j].metric == rows[i].metric, rows[j].breakdown.dimension == set {
                j += 1
            }
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
        // Derived figures whose input counts are hidden.
        var position: [MetricKey: Int] = [:]
        position.reserveCapacity(rows.count)
        for (k, row) in rows.enumerated() where row.control == .count { position[row.key] = k }
        for (k, row) in rows.enumerated() {
            guard case .derived(_, let inputs) = row.control, !hidden[k] else { continue }
            if inputs.contains(where: { position[$0].map { hidden[$0] } ?? false }) { hidden[k] = true }
        }
        var result = rows
        for k in result.indices where hidden[k] { result[k].value = .suppressed }
        return result
    }
}

extension MetricsTable {
    /// The same table with disclosure control applied.
    func disclosed(threshold: Int) -> MetricsTable {
        var copy = self
        copy.rows = DisclosureControl(threshold: threshold).apply(to: rows)
        return copy
    }
}
