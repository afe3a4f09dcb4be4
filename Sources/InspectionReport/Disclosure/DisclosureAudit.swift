import Foundation

/// The linear-programming audit of secondary suppression (`docs/methodology.md`, "Disclosure audit"): for each suppressed
/// count, the smallest and largest value a reader can deduce from what they know, the
/// identities of ``LinkedTables`` and the fact that no count is negative.
///
/// Readers: the public (the published counts) and, when the restricted figures are given,
/// each one force F (the published counts and F's own counts at their true values). A sensitive
/// count (true value 1 to threshold − 1) is exposed when a reader's bounds exclude 0 or stay
/// below the threshold; the force readers are asked only about other forces' counts. Without
/// the restricted figures the sensitive counts are unknown, and every suppressed count whose
/// public bounds exclude 0 or stay below the threshold is reported as possibly exposed.
///
/// The unknowns fall into independent groups (counts linked through identities): each group
/// is its own linear program, holding only the identities that touch it.
struct DisclosureAudit: Sendable {
    enum Reader: Hashable, Sendable, Comparable {
        case `public`
        case force(String)

        var description: String {
            switch self {
            case .public: "public"
            case .force(let f): "force \(f)"
            }
        }
    }

    /// A count a reader can pin down too closely.
    struct Exposure: Sendable, Equatable {
        var key: AuditKey
        /// Its line in the public `metrics.csv`.
        var line: Int
        var reader: Reader
        var lower: Double
        /// nil when there is no upper bound.
        var upper: Double?
        /// False when the count was published although sensitive (a primary suppression missed).
        var suppressed: Bool

        /// `metrics.csv:LINE: exposed: area metric breakdown: reader R: between A and B`.
        func message(file: String) -> String {
            "\(file):\(line): exposed: \(key.description): reader \(reader.description): "
                + "between \(Self.format(lower)) and \(upper.map(Self.format) ?? "no limit")"
        }

        static func format(_ x: Double) -> String {
            let rounded = x.rounded()
            // Beyond Int's range (a hand-edited file may hold any count) as a whole number too.
            if abs(rounded) >= 1e15 { return String(format: "%.0f", rounded) }
            if abs(x - rounded) < DisclosureAudit.tolerance { return String(Int(rounded)) }
            return String(format: "%.3f", x)
        }
    }

    struct Report: Sendable {
        /// Exposed counts: the public's first, then each force's, each in file order. A count
        /// exposed to the public is listed for the public only.
        var exposures: [Exposure] = []
        /// Whether sensitive counts were known (restricted figures given).
        var restricted = false
        /// Suppressed counts in the public file.
        var suppressed = 0
        /// Sensitive counts (restricted figures given), suppressed or not.
        var sensitive = 0
        /// The (reader, count) pairs bounded by linear programs.
        var countsChecked = 0
        /// The (reader, count) pairs proved safe by a verified certificate, without a linear
        /// program.
        var countsCertified = 0
        /// Independent groups solved, over every reader.
        var components = 0
        var linearPrograms = 0
        var identities = 0
        /// Identities left out because the file lacks a count they name.
        var identitiesSkipped = 0
        /// Readers for whom the published counts contradict the identities (no solution):
        /// the audit cannot judge them.
        var contradictions: [String] = []
        var seconds = 0.0

        var passes: Bool { exposures.isEmpty && contradictions.isEmpty }
    }

    /// How far a bound may be from 0 or the threshold and still count as reaching it.
    static let tolerance = 1e-6

    let published: PublishedCounts
    let truth: PublishedCounts?
    let tables: LinkedTables
    let threshold: Int
    /// Solve every reader's unknowns as one linear program instead of one per group (for tests).
    var decompose = true
    /// Candidate certificates: changes to the true counts (a count by its key, change),
    /// such as the deviations secondary suppression found. Each is verified exactly against
    /// the published counts and the identities; a verified one that takes a sensitive count
    /// to 0 (or to the threshold) proves that bound for the public, and for every force whose
    /// counts it leaves alone, without a linear program. Counts no certificate covers are
    /// bounded by linear programs as usual.
    var certificates: [[(key: AuditKey, delta: Double)]] = []

    /// - Parameters:
    ///   - published: the public `metrics.csv`.
    ///   - restricted: the restricted `metrics.csv` of the same build (every figure as computed).
    ///   - regionOfForce: each force's region (see ``LinkedTables``).
    init(published: PublishedCounts, restricted: PublishedCounts?, regionOfForce: [String: String]?, threshold: Int) {
        self.published = published
        self.truth = restricted
        self.tables = LinkedTables(counts: published, regionOfForce: regionOfForce)
        self.threshold = threshold
    }

    /// The true value of the count in cell `i` of the public file, when the restricted file has it.
    func trueValue(_ i: Int) -> Int? {
        truth?[published.cells[i].key]?.value
    }

    func isSensitive(_ i: Int) -> Bool {
        trueValue(i).map(SensitivityRule(threshold: threshold).isSensitive) ?? false
    }

    func run() -> Report {
        let start = DispatchTime.now().uptimeNanoseconds
        var report = Report()
        report.restricted = truth != nil
        report.identities = tables.identities.count
        report.identitiesSkipped = tables.skipped
        let cells = published.cells
        // The identities over cell positions.
        let rows = tables.identities.map { identity in
            (terms: identity.terms.map { (cell: published.index[$0.key]!, coefficient: $0.coefficient) }, relation: identity.relation)
        }
        var touching = [[Int]](repeating: [], count: cells.count)
        for (r, row) in rows.enumerated() {
            for term in row.terms { touching[term.cell].append(r) }
        }
        let hidden = cells.indices.filter { cells[$0].value == nil }
        report.suppressed = hidden.count
        if truth != nil {
            report.sensitive = cells.indices.filter(isSensitive).count
            for i in cells.indices where cells[i].value != nil && isSensitive(i) {
                let n = Double(cells[i].value!)
                report.exposures.append(Exposure(key: cells[i].key, line: cells[i].line, reader: .public, lower: n, upper: n, suppressed: false))
            }
        }

        // The public reader.
        let proof = Certified(audit: self)
        let publicTargets = (truth == nil ? hidden : hidden.filter(isSensitive)).filter { i in
            guard proof.covers(i, reader: .public) else { return true }
            report.countsCertified += 1
            return false
        }
        let publicBounds = solve(
            unknown: hidden, known: { cells[$0].value.map(Double.init) }, targets: Set(publicTargets),
            rows: rows, touching: touching, report: &report)
        var exposedToPublic = Set<Int>()
        for i in publicTargets {
            guard let bounds = publicBounds[i], isExposed(bounds) else { continue }
            exposedToPublic.insert(i)
            report.exposures.append(
                Exposure(key: cells[i].key, line: cells[i].line, reader: .public, lower: bounds.lower, upper: bounds.upper, suppressed: true))
        }

        // Each one-force reader: only the groups that hold a suppressed count of the force change.
        if truth != nil {
            let groups = components(of: hidden, rows: rows, touching: touching)
            var groupOf: [Int: Int] = [:]
            for (g, members) in groups.enumerated() { for i in members { groupOf[i] = g } }
            var forces: [String] = []
            var hiddenOfForce: [String: [Int]] = [:]
            for i in hidden {
                guard case .force(let f) = cells[i].key.area else { continue }
                if hiddenOfForce[f] == nil { forces.append(f) }
                hiddenOfForce[f, default: []].append(i)
            }
            for force in forces.sorted() {
                let own = hiddenOfForce[force]!
                let affected = Set(own.compactMap { groupOf[$0] }).sorted()
                let unknown = affected.flatMap { groups[$0] }.filter { cells[$0].key.area != .force(force) }
                let targets = unknown.filter { i in
                    guard case .force(let other) = cells[i].key.area, other != force else { return false }
                    guard isSensitive(i) && !exposedToPublic.contains(i) else { return false }
                    guard proof.covers(i, reader: .force(force)) else { return true }
                    report.countsCertified += 1
                    return false
                }
                guard !targets.isEmpty else { continue }
                let bounds = solve(
                    unknown: unknown,
                    known: { i in
                        cells[i].value.map(Double.init) ?? (cells[i].key.area == .force(force) ? self.trueValue(i).map(Double.init) : nil)
                    }, targets: Set(targets), rows: rows, touching: touching, report: &report, reader: .force(force))
                for i in targets {
                    guard let b = bounds[i], isExposed(b) else { continue }
                    report.exposures.append(
                        Exposure(key: cells[i].key, line: cells[i].line, reader: .force(force), lower: b.lower, upper: b.upper, suppressed: true))
                }
            }
        }
        report.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return report
    }

    /// Whether bounds pin a count away from 0 or below the threshold.
    func isExposed(_ b: (lower: Double, upper: Double?)) -> Bool {
        b.lower > Self.tolerance || (b.upper.map { $0 < Double(threshold) - Self.tolerance } ?? false)
    }

    /// The groups of `unknown` cells linked through identities.
    func components(
        of unknown: [Int], rows: [(terms: [(cell: Int, coefficient: Double)], relation: LinearProgram.Row.Relation)],
        touching: [[Int]]
    ) -> [[Int]] {
        let isUnknown = Set(unknown)
        var parent: [Int: Int] = [:]
        for i in unknown { parent[i] = i }
        func root(_ i: Int) -> Int {
            var r = i
            while parent[r]! != r { r = parent[r]! }
            var j = i
            while parent[j]! != r { let next = parent[j]!; parent[j] = r; j = next }
            return r
        }
        let rowIndexes = Set(unknown.flatMap { touching[$0] })
        for r in rowIndexes.sorted() {
            let vars = rows[r].terms.map(\.cell).filter { isUnknown.contains($0) }
            guard let first = vars.first else { continue }
            for v in vars.dropFirst() {
                let (a, b) = (root(first), root(v))
                if a != b { parent[b] = a }
            }
        }
        var byRoot: [Int: [Int]] = [:]
        var order: [Int] = []
        for i in unknown {
            let r = root(i)
            if byRoot[r] == nil { order.append(r) }
            byRoot[r, default: []].append(i)
        }
        return decompose ? order.map { byRoot[$0]! } : (unknown.isEmpty ? [] : [unknown])
    }

    /// The bounds of each target among `unknown` cells, every other cell being `known`.
    func solve(
        unknown: [Int], known: (Int) -> Double?,
        targets: Set<Int>, rows: [(terms: [(cell: Int, coefficient: Double)], relation: LinearProgram.Row.Relation)],
        touching: [[Int]], report: inout Report, reader: Reader = .public
    ) -> [Int: (lower: Double, upper: Double?)] {
        var result: [Int: (lower: Double, upper: Double?)] = [:]
        for group in components(of: unknown, rows: rows, touching: touching) {
            let wanted = group.filter { targets.contains($0) }
            guard !wanted.isEmpty else { continue }
            var column: [Int: Int] = [:]
            for (c, i) in group.enumerated() { column[i] = c }
            var lpRows: [LinearProgram.Row] = []
            for r in Set(group.flatMap { touching[$0] }).sorted() {
                var terms: [(column: Int, coefficient: Double)] = []
                var bound = 0.0
                for term in rows[r].terms {
                    if let c = column[term.cell] {
                        terms.append((c, term.coefficient))
                    } else {
                        bound -= term.coefficient * (known(term.cell) ?? 0)
                    }
                }
                lpRows.append(LinearProgram.Row(terms, rows[r].relation, bound))
            }
            let program = LinearProgram(columns: group.count, rows: lpRows)
            report.components += 1
            report.countsChecked += wanted.count
            let ranges = program.ranges(of: wanted.map { column[$0]! }, within: 0, Double(threshold))
            report.linearPrograms += ranges.solves
            for (i, outcome) in zip(wanted, ranges.outcomes) {
                switch (outcome.min, outcome.max) {
                case (.optimal(let lo), .optimal(let hi)): result[i] = (lo, hi)
                case (.optimal(let lo), .unbounded): result[i] = (lo, nil)
                default:
                    report.contradictions.append(
                        "reader \(reader.description): no solution bounds \(published.cells[i].key.description) "
                            + "(\(outcome.min), \(outcome.max)): the counts contradict the identities"
                    )
                }
            }
        }
        return result
    }

    /// The verified certificates, by the cells they move.
    private struct Certified {
        /// Per verified certificate: each changed cell's new value, and the forces it changes.
        var points: [(values: [Int: Double], forces: Set<String>)] = []
        /// Per cell: the certificates that change it.
        var byCell: [Int: [Int]] = [:]
        let threshold: Double

        init(audit: DisclosureAudit) {
            threshold = Double(audit.threshold)
            guard let truth = audit.truth, !audit.certificates.isEmpty else { return }
            let cells = audit.published.cells
            let tables = audit.tables
            let value: [Double] = cells.map { cell in Double(truth[cell.key]?.value ?? -1) }
            let rows = tables.identities.map { identity in
                (terms: identity.terms.map { (cell: audit.published.index[$0.key]!, coefficient: $0.coefficient) }, relation: identity.relation)
            }
            var touching = [[Int]](repeating: [], count: cells.count)
            for (r, row) in rows.enumerated() { for term in row.terms { touching[term.cell].append(r) } }
            let tolerance = 1e-6
            certificates: for certificate in audit.certificates {
                var change: [(cell: Int, delta: Double)] = []
                for (key, delta) in certificate {
                    guard let cell = audit.published.index[key] else { continue certificates }
                    change.append((cell, delta))
                }
                var new: [Int: Double] = [:]
                for (cell, delta) in change {
                    // Only hidden counts may change, and none may go below 0.
                    guard cells.indices.contains(cell), cells[cell].value == nil, value[cell] >= 0,
                        value[cell] + delta >= -tolerance
                    else { continue certificates }
                    new[cell] = value[cell] + delta
                }
                for r in Set(change.flatMap { touching[$0.cell] }) {
                    var sum = 0.0
                    for term in rows[r].terms {
                        let v = new[term.cell] ?? (cells[term.cell].value.map(Double.init) ?? value[term.cell])
                        sum += term.coefficient * v
                    }
                    switch rows[r].relation {
                    case .equal: if abs(sum) > tolerance { continue certificates }
                    case .atMost: if sum > tolerance { continue certificates }
                    }
                }
                var forces = Set<String>()
                for cell in new.keys { if case .force(let f) = cells[cell].key.area { forces.insert(f) } }
                for cell in new.keys { byCell[cell, default: []].append(points.count) }
                points.append((new, forces))
            }
        }

        /// Whether verified certificates take cell i to 0 and to the threshold, each leaving
        /// the reader's own counts alone.
        func covers(_ i: Int, reader: Reader) -> Bool {
            var low = false, high = false
            for p in byCell[i] ?? [] {
                if case .force(let f) = reader, points[p].forces.contains(f) { continue }
                let v = points[p].values[i]!
                if v <= 1e-6 { low = true }
                if v >= threshold - 1e-6 { high = true }
                if low && high { return true }
            }
            return false
        }
    }
}
