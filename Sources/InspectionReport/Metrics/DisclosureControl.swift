/// Statistical disclosure control for public outputs (SPEC section 6).
///
/// Applied to the figures once, between computing and every output, so that the pages and
/// `metrics.csv` hide exactly the same cells: the one home of the disclosure rules.
struct DisclosureControl: Sendable {
    /// The smallest count shown.
    var threshold: Int
    /// Each force's region, for the identities that tie a region to its forces (nil: none).
    var regionOfForce: [String: String]?
    /// Whether secondary suppression's two halves run on two threads (the result is the same).
    var parallelism: Parallelism = .automatic

    /// What suppression hid, for the methodology section and the build's log.
    struct Summary: Sendable {
        /// Counts hidden as sensitive (primary suppression).
        var sensitive = 0
        /// Counts hidden to protect them (secondary suppression over the linked tables).
        var protective = 0
        /// Linear programs solved to choose the protective counts.
        var linearPrograms = 0
        /// Sensitive counts for which no protection was found (the audit then fails).
        var unprotected = 0
        /// Whether secondary suppression stopped at its work budget (nothing may be published).
        var exhausted = false
        /// The audit that proved the suppression (set by the build before publishing).
        var audit: DisclosureAudit.Report?
        /// The deviations secondary suppression found (cells of the counts of the rows, in
        /// row order), which the audit verifies as certificates.
        var deviations: [[(cell: Int, delta: Double)]] = []
        /// The true counts and their identities, as secondary suppression built them, for the
        /// audit to reuse (nil when nothing was sensitive).
        var truth: PublishedCounts?
        var tables: LinkedTables?
    }

    /// Whether a count is sensitive: from 1 to `threshold - 1`.
    func isSensitive(_ count: Int) -> Bool { count >= 1 && count < threshold }

    /// The rows with suppressed figures replaced by ``MetricValue/suppressed``.
    func apply(to rows: [MetricRow]) -> [MetricRow] {
        disclose(rows).rows
    }

    /// The rows with suppressed figures replaced, and what was hidden.
    func disclose(_ rows: [MetricRow]) -> (rows: [MetricRow], summary: Summary) {
        var hidden = [Bool](repeating: false, count: rows.count)
        var summary = Summary()
        // Primary: small counts, and derived figures over few cases.
        for (i, row) in rows.enumerated() {
            switch row.control {
            case .count:
                if let n = row.value.integer, isSensitive(n) {
                    hidden[i] = true
                    summary.sensitive += 1
                }
            case .derived(let cases?, _):
                if cases < threshold { hidden[i] = true }
            case .derived(nil, _), .never:
                break
            }
        }
        // Secondary: counts hidden so that no sensitive count can be narrowed through the
        // identities that tie the counts together.
        if summary.sensitive > 0 {
            let (counts, rowOfCell) = PublishedCounts.counts(of: rows)
            let outcome = LinkedSuppression(threshold: threshold, regionOfForce: regionOfForce, parallelism: parallelism)
                .protect(truth: counts, hidden: rowOfCell.map { hidden[$0] })
            for (c, r) in rowOfCell.enumerated() where outcome.hidden[c] { hidden[r] = true }
            summary.protective = outcome.added
            summary.linearPrograms = outcome.linearPrograms
            summary.unprotected = Set(outcome.unprotected).count
            summary.exhausted = outcome.exhausted
            summary.deviations = outcome.deviations
            summary.truth = counts
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
        return (result, summary)
    }
}

extension MetricsTable {
    /// The same table with disclosure control applied; ``suppression`` says what was hidden.
    /// - Parameter regionOfForce: each force's region (see ``DisclosureControl``).
    func disclosed(threshold: Int, regionOfForce: [String: String]? = nil, parallelism: Parallelism = .automatic) -> MetricsTable {
        var copy = self
        let (rows, summary) = DisclosureControl(threshold: threshold, regionOfForce: regionOfForce, parallelism: parallelism).disclose(rows)
        copy.rows = rows
        copy.suppression = summary
        return copy
    }
}
