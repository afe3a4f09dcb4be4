
/// Secondary suppression over the linked tables of SPEC section 6, by linear programming as in
/// τ-ARGUS's and sdcTable's optimal methods, one sensitive count at a time.
///
/// For a sensitive count x with true value a, a *deviation* is a change d to the true counts
/// that keeps every identity of ``LinkedTables`` and every count ≥ 0, and moves x to the
/// threshold (upwards) or to 0 (downwards). Once every count that a deviation changes is hidden,
/// the true counts plus d are a table consistent with everything published, so no reader can
/// rule out that x is the threshold (or 0): x is protected in that direction. Hiding more
/// never undoes that, so one pass over the sensitive counts is enough.
///
/// For each direction the cheapest deviation is found by one linear program: minimise
/// Σ cost · |d| over the counts near x, where a count already hidden costs next to nothing, a
/// force's count costs less than a region's and a region's less than the nation's, an `all`
/// count more than a breakdown, and a larger count more than a smaller one (a zero costs as
/// much as a count at the threshold, so that small non-zero counts go first).
///
/// A force F knows its own counts. A deviation that leaves F's counts alone also protects x
/// against F, so for a force's count: for each other force whose counts the deviations found
/// so far all change, one more deviation is found that leaves that force alone, until every
/// force reader has one. Counts of regions and the nation are protected against
/// the public only (SPEC section 6).
///
/// The deviation may change the counts of a few areas (``System/allowedAreas(for:)``): x's
/// region, its forces, the nation, and one other region with its forces. It first tries
/// only the counts within two identities of x's count, then, if that has no deviation, every
/// count of those areas.
struct LinkedSuppression: Sendable {
    var threshold: Int
    /// Each force's region (from the dataset's forces); nil ties no region to its forces.
    var regionOfForce: [String: String]?
    /// Whether the two halves run on two threads (the result is the same).
    var parallelism: Parallelism = .automatic
    /// The most work per half before the pass stops (``workBudget`` unless a test sets less).
    var budget = LinkedSuppression.workBudget

    struct Outcome: Sendable {
        /// Per cell: hidden after secondary suppression (primary hides included).
        var hidden: [Bool]
        /// Cells hidden by this pass.
        var added: Int
        /// Linear programs solved.
        var linearPrograms: Int
        /// Sensitive cells for which no deviation was found in some direction (the audit will
        /// then fail; never expected, since removing x's own cases is always one).
        var unprotected: [Int]
        /// Every deviation found (cell, change), for the audit to verify as certificates.
        var deviations: [[(cell: Int, delta: Double)]] = []
        /// The identities the deviations keep, for the audit to reuse.
        var tables: LinkedTables?
        /// Whether the work ran past ``workBudget`` and stopped: the sensitive cells not yet
        /// protected are in `unprotected`, and nothing may be published.
        var exhausted = false
    }

    /// A direction in which x must be able to move.
    private enum Direction {
        /// Up to the threshold.
        case up
        /// Down to zero.
        case down
    }

    /// Hides further cells of `truth` (every count at its computed value) so that each
    /// sensitive cell is protected; `hidden` holds the primary suppressions.
    ///
    /// The sensitive cells are split in two fixed halves by region (alternate regions; the
    /// nation's with the first), each protected on its own (two threads when `parallelism`
    /// allows, the same result either way), and the counts either hides are hidden: a
    /// protection needs only its own deviation's counts hidden, so the union keeps both.
    func protect(truth: PublishedCounts, hidden initial: [Bool]) -> Outcome {
        let system = System(truth: truth, regionOfForce: regionOfForce, threshold: threshold)
        // Totals before their breakdowns: a total's deviation usually moves its breakdowns too.
        let sensitive = truth.cells.indices.filter { truth.cells[$0].value.map { $0 >= 1 && $0 < threshold } ?? false }
            .sorted { (truth.cells[$0].key.breakdown == .all ? 0 : 1, $0) < (truth.cells[$1].key.breakdown == .all ? 0 : 1, $1) }
        let halves = [sensitive.filter { system.half(of: $0) == 0 }, sensitive.filter { system.half(of: $0) == 1 }]
        let (first, second) = parallelism.both({ self.pass(halves[0], system: system, hidden: initial) },
                                               { self.pass(halves[1], system: system, hidden: initial) })
        var outcome = Outcome(hidden: initial, added: 0, linearPrograms: first.linearPrograms + second.linearPrograms,
                              unprotected: first.unprotected + second.unprotected, deviations: first.deviations + second.deviations,
                              exhausted: first.exhausted || second.exhausted)
        for i in initial.indices where first.hidden[i] || second.hidden[i] { outcome.hidden[i] = true }
        outcome.added = zip(outcome.hidden, initial).filter { $0 && !$1 }.count
        outcome.tables = system.tables
        return outcome
    }

    /// Protects `sensitive` (in this order) starting from `initial`.
    private func pass(_ sensitive: [Int], system: System, hidden initial: [Bool]) -> Outcome {
        var hidden = initial
        var outcome = Outcome(hidden: [], added: 0, linearPrograms: 0, unprotected: [])
        var effort = Effort(scratch: Scratch(cells: system.value.count, identities: system.identities.count))
        let isSensitive = Set(sensitive)
        // Per sensitive cell and direction: the other forces each deviation found so far
        // changes (a deviation found for one cell often moves others far enough too).
        var witnesses: [Int: [Set<Int>]] = [:]
        func record(_ change: [(cell: Int, delta: Double)]) {
            let others = Set(change.map { system.area[$0.cell] }.filter { system.isForce($0) })
            for (y, delta) in change where isSensitive.contains(y) {
                if delta <= -system.value[y] + 1e-6 {
                    witnesses[2 * y + 1, default: []].append(others.subtracting([system.area[y]]))
                }
                if system.value[y] + delta >= Double(threshold) - 1e-6 {
                    witnesses[2 * y, default: []].append(others.subtracting([system.area[y]]))
                }
            }
        }
        for (index, x) in sensitive.enumerated() {
            if effort.work > budget {
                outcome.exhausted = true
                outcome.unprotected += sensitive[index...]
                break
            }
            for direction in [Direction.up, .down] {
                let slot = direction == .up ? 2 * x : 2 * x + 1
                // Protected once some deviation leaves each force reader's counts alone: the
                // forces that every deviation changes are the readers still to protect against.
                while true {
                    var excluding = Set<Int>()
                    if let found = witnesses[slot], let first = found.first {
                        guard system.isForce(system.area[x]) else { break }
                        let common = found.dropFirst().reduce(first) { $0.intersection($1) }
                        guard let reader = common.min() else { break }
                        excluding = [reader]
                    } else if let neighbour = system.soleNeighbour(of: system.area[x]) {
                        // In a region of two forces the deviation that leaves the neighbour
                        // alone is needed anyway and protects against the public too: look for
                        // it first, so that the neighbour's own counts are not hidden as well.
                        excluding = [neighbour]
                    }
                    var found = deviation(x, direction, excluding: excluding, system: system, hidden: hidden, effort: &effort)
                    if found == nil, witnesses[slot] == nil, !excluding.isEmpty {
                        found = deviation(x, direction, excluding: [], system: system, hidden: hidden, effort: &effort)
                    }
                    guard let change = found else {
                        outcome.unprotected.append(x)
                        break
                    }
                    for (j, _) in change where !hidden[j] { hidden[j] = true }
                    record(change)
                    outcome.deviations.append(change)
                }
            }
        }
        outcome.linearPrograms = effort.linearPrograms
        outcome.hidden = hidden
        return outcome
    }

    /// The cells the cheapest deviation of x in `direction` changes, with each change, leaving
    /// the areas in `excluding` alone, or nil when there is none.
    ///
    /// Wider searches cost more, so each is tried only while the narrower ones find nothing,
    /// or would hide a total (`all`) of the nation and fewer than ``escalations`` wider
    /// searches were made in this build: the counts within one, then two identities of x's
    /// count in a few areas (``System/allowedAreas(for:)``), every count of those areas, the
    /// counts within two identities in every area, every count of every area (tried always
    /// when nothing else has a deviation). The cheapest deviation found is kept.
    private func deviation(_ x: Int, _ direction: Direction, excluding: Set<Int>, system: System, hidden: [Bool],
                           effort: inout Effort) -> [(cell: Int, delta: Double)]? {
        let few = system.allowedAreas(for: x).filter { !excluding.contains($0) }
        let every = system.areas.indices.filter { !excluding.contains($0) }
        var best: (cost: Double, change: [(cell: Int, delta: Double)])?
        func hidesNationalTotal(_ change: [(cell: Int, delta: Double)]) -> Bool {
            change.contains { c in
                c.cell != x && !hidden[c.cell] && system.isTotal(c.cell) && system.isNational(system.area[c.cell])
            }
        }
        for (depth, areas) in [(1, few), (2, few), (nil, few), (2, every), (nil, every)] as [(Int?, [Int])] {
            if let best {
                guard hidesNationalTotal(best.change), effort.escalations < Self.escalations / 2 else { break }
                effort.escalations += 1
            }
            effort.linearPrograms += 1
            let near = system.neighbourhood(of: x, depth: depth, allowed: areas)
            effort.work += near.count
            let found = solve(x, direction, cells: near, system: system, hidden: hidden, scratch: effort.scratch)
            if let found, found.cost < best?.cost ?? .infinity { best = found }
        }
        if best == nil {
            effort.linearPrograms += 1
            let near = system.neighbourhood(of: x, depth: nil, allowed: every)
            effort.work += near.count
            best = solve(x, direction, cells: near, system: system, hidden: hidden, scratch: effort.scratch)
        }
        return best?.change
    }

    /// The most work per half (the columns of every linear program solved, summed): about
    /// 20 seconds here. The sample takes under 0.5 million, 400 cases over 43 forces 2.7
    /// million, 40,000 cases over 200 forces 11 million; a table whose counts are nearly all
    /// small over many more forces would take hours, so past the budget the build stops,
    /// publishes nothing and says so, rather than run on unattended.
    static let workBudget = 25_000_000

    /// The most wider searches per build (see ``deviation``; half to each half of the work),
    /// which keeps a table with many small counts from taking long: past it, a deviation may
    /// hide a total of the nation.
    static let escalations = 400

    /// Work done, the wider searches used, and the working arrays of one pass.
    private struct Effort {
        var linearPrograms = 0
        /// The columns of every linear program solved so far: the measure of the work that
        /// ``workBudget`` bounds.
        var work = 0
        var escalations = 0
        let scratch: Scratch
    }

    /// One linear program: columns 2k and 2k+1 are the rise and fall of `cells[k]`.
    private func solve(_ x: Int, _ direction: Direction, cells near: [Int], system: System,
                       hidden: [Bool], scratch: Scratch) -> (cost: Double, change: [(cell: Int, delta: Double)])? {
        for (k, j) in near.enumerated() { scratch.column[j] = k }
        defer { for j in near { scratch.column[j] = -1 } }
        var rows: [LinearProgram.Row] = []
        var used: [Int] = []
        for j in near {
            for r in system.touching[j] where !scratch.rowUsed[r] {
                scratch.rowUsed[r] = true
                used.append(r)
                let identity = system.identities[r]
                var terms: [(column: Int, coefficient: Double)] = []
                terms.reserveCapacity(2 * identity.terms.count)
                for term in identity.terms {
                    let k = scratch.column[term.cell]
                    if k >= 0 {
                        terms.append((2 * k, term.coefficient))
                        terms.append((2 * k + 1, -term.coefficient))
                    }
                }
                rows.append(LinearProgram.Row(terms, identity.relation, system.slack[r]))
            }
        }
        for r in used { scratch.rowUsed[r] = false }
        var lower = [Double?](repeating: 0, count: 2 * near.count)
        var upper = [Double?](repeating: nil, count: 2 * near.count)
        var objective = [Double](repeating: 0, count: 2 * near.count)
        for (k, j) in near.enumerated() {
            upper[2 * k + 1] = system.value[j]
            // A hidden count costs next to nothing; another force's a little more, since a
            // deviation that changes another force's counts needs a second one for that reader.
            let cost = hidden[j] ? (system.area[j] != system.area[x] && system.isForce(system.area[j]) ? 1e-2 : 1e-3) : system.cost[j]
            objective[2 * k] = cost
            objective[2 * k + 1] = cost
        }
        let k = 0 // x is first in `near`
        let move = direction == .up ? Double(threshold) - system.value[x] : system.value[x]
        let (rise, fall) = direction == .up ? (2 * k, 2 * k + 1) : (2 * k + 1, 2 * k)
        lower[rise] = move
        upper[rise] = move
        upper[fall] = 0
        let program = LinearProgram(columns: 2 * near.count, rows: rows, lower: lower, upper: upper)
        let (outcome, point) = program.minimum(of: objective)
        guard case .optimal(let cost) = outcome else { return nil }
        return (cost, near.indices.compactMap { k in
            let delta = point[2 * k] - point[2 * k + 1]
            return abs(delta) > 1e-9 ? (near[k], delta) : nil
        })
    }
}
