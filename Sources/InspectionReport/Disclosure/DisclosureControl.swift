/// Statistical disclosure control for public outputs (`docs/methodology.md`, "Disclosure control").
///
/// Applied to the figures once, between computing and every output, so that the pages and
/// `metrics.csv` hide exactly the same cells: the one home of the disclosure rules.
struct DisclosureControl: Sendable {
    /// The smallest count shown.
    var threshold: Int
    /// Each force's region, for the identities that tie a region to its forces (nil: none).
    var regionOfForce: [String: String]?
    /// Whether secondary suppression's pruning runs on two threads (the result is the same).
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
        /// The deviations secondary suppression kept, which the audit verifies as
        /// certificates against its own identities.
        var deviations: [[(key: AuditKey, delta: Double)]] = []
        /// Every count of the public pattern that is hidden, in file order.
        var hidden: [HiddenCount] = []
        /// Cells that pruning published again after the first pass had hidden them.
        var pruned = 0
    }

    /// The control a dataset's settings and forces call for.
    init(dataset: Dataset, parallelism: Parallelism) {
        threshold = dataset.settings.disclosureThreshold
        regionOfForce = Dictionary(dataset.forces.map { ($0.id, $0.region) }, uniquingKeysWith: { first, _ in first })
        self.parallelism = parallelism
    }

    init(threshold: Int, regionOfForce: [String: String]? = nil, parallelism: Parallelism = .automatic) {
        self.threshold = threshold
        self.regionOfForce = regionOfForce
        self.parallelism = parallelism
    }

    /// Whether a count is sensitive: from 1 to `threshold - 1`.
    func isSensitive(_ count: Int) -> Bool { SensitivityRule(threshold: threshold).isSensitive(count) }

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
            summary.pruned = outcome.pruned
            let cells = counts.cells
            summary.deviations = outcome.deviations.map { $0.map { (cells[$0.cell].key, $0.delta) } }
            summary.hidden = cells.indices.filter { outcome.hidden[$0] }.map { c in
                let value = cells[c].value ?? 0
                let necessity: HiddenCount.Necessity? = outcome.necessary[c].map { found in
                    guard let found else { return .notProved }
                    let when = HiddenCount.Movement(
                        towardZero: found.direction == .down, reader: found.reader.map { outcome.areas[$0] })
                    let x = cells[found.protecting].key
                    return found.alone ? .alone(protecting: x, when: when) : .withOtherTotals(protecting: x, when: when)
                }
                return HiddenCount(
                    key: cells[c].key, value: value, role: isSensitive(value) ? .sensitive : .protective,
                    protects: (outcome.protects[c] ?? []).map { cells[$0].key }, necessity: necessity)
            }
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

extension DisclosureControl.Summary {
    /// The hidden counts of each kind of area: (sensitive, protective).
    func hidden(in kind: AuditArea.Kind) -> (sensitive: Int, protective: Int) {
        let counts = hidden.filter { $0.key.area.kind == kind }
        return (counts.filter { $0.role == .sensitive }.count, counts.filter { $0.role == .protective }.count)
    }

    /// The counts that the rules of a readable publication keep unless no pattern without
    /// them exists, hidden to protect others.
    var hiddenTotals: [HiddenCount] { hidden.filter { $0.necessity != nil } }

    /// For the build's log: what was hidden, by kind of area, then each hidden total and why.
    var logLines: [String] {
        let kinds = AuditArea.Kind.allCases.map { kind in
            let (s, p) = hidden(in: kind)
            return "\(kind.rawValue) \(s) sensitive, \(p) protective"
        }
        let head =
            "disclosure control: \(sensitive) counts sensitive, \(protective) hidden to protect them (\(kinds.joined(separator: "; "))); "
            + "\(pruned) published again by pruning; \(hiddenTotals.count) totals hidden, each named below"
        return [head] + hiddenTotals.map { "hidden total: \($0.key.description) (\($0.value)): \($0.necessity!.text)" }
    }
}
