/// Secondary suppression over the linked tables (`docs/methodology.md`, "Disclosure control"):
/// one pattern chosen for the whole set of tables at once, by linear programming as in
/// τ-ARGUS's and sdcTable's optimal methods, then pruned.
///
/// For a sensitive count x with true value a, a *deviation* is a change d to the true counts
/// that keeps every identity of ``LinkedTables`` and every count ≥ 0, and moves x to the
/// threshold (upwards) or to 0 (downwards). Once every count that a deviation changes is hidden,
/// the true counts plus d are a table consistent with everything published, so no reader can
/// rule out that x is the threshold (or 0): x is protected in that direction. A force F knows
/// its own counts: a deviation that leaves F's counts alone also protects x against F, so a
/// force's count needs, for every other force, some deviation that leaves that force alone.
/// Counts of regions and the nation are protected against the public only.
///
/// 1. *Protect.* Each sensitive count (the nation's first, then regions', then forces'; totals
///    before breakdowns) gets, in each direction, the cheapest deviation over every area: one
///    linear program minimising Σ cost · |d|, where a count already hidden costs next to
///    nothing and the others cost what readers lose (``System/cost``): the nation's counts
///    most, then the referrals of a region and of a force, a region's other totals, a region's
///    breakdowns, a force's other totals and last its breakdowns, a larger count more than a
///    smaller one. The
///    nation's counts are left out of the program unless x is the nation's or there is no
///    deviation without them. The sensitive cells are split in two fixed halves by region,
///    protected on two threads, and their deviations added in turn.
/// 2. *Prune.* Each count hidden in step 1 is tried for publication again, the costliest first:
///    the deviations that moved it are dropped, and each protection they gave is looked for
///    again among the counts still hidden. When every one is found, the count is published.
///
/// Every protection stays backed by a deviation whose counts are all hidden, so the pattern is
/// safe by construction; the build's audit proves it independently.
struct LinkedSuppression: Sendable {
    var threshold: Int
    /// Each force's region (from the dataset's forces); nil ties no region to its forces.
    var regionOfForce: [String: String]?
    /// Whether the halves of protecting, and pairs of pruning's tries, run on two threads (the
    /// result is the same).
    var parallelism: Parallelism = .automatic
    /// The most work before the pass stops (``workBudget`` unless a test sets less).
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
        /// The deviations that protect the pattern (cell, change), for the audit to verify as
        /// certificates.
        var deviations: [[(cell: Int, delta: Double)]] = []
        /// Whether the work ran past ``workBudget`` and stopped: the sensitive cells not yet
        /// protected are in `unprotected`, and nothing may be published.
        var exhausted = false
        /// Cells hidden by step 1 and published again by the pruning.
        var pruned = 0
        /// The areas, as ``Necessity/reader`` numbers them.
        var areas: [AuditArea] = []
        /// Per hidden cell: the sensitive cells whose kept deviations move it.
        var protects: [Int: [Int]] = [:]
        /// Why each hidden count that the rules of a readable publication would keep (a count
        /// of the nation, a region's total, a force's `referrals all`) is hidden, or nil when
        /// pruning stopped before proving it.
        var necessary: [Int: Necessity?] = [:]
    }

    /// A direction in which x must be able to move.
    enum Direction: Sendable, Hashable {
        /// Up to the threshold.
        case up
        /// Down to zero.
        case down
    }

    /// Hides further cells of `truth` (every count at its computed value) so that each
    /// sensitive cell is protected; `hidden` holds the primary suppressions.
    func protect(truth: PublishedCounts, hidden initial: [Bool]) -> Outcome {
        let system = System(truth: truth, regionOfForce: regionOfForce, threshold: threshold)
        var pattern = Pattern(system: system, hidden: initial, threshold: threshold)
        var effort = Effort(scratch: Scratch(cells: system.value.count, identities: system.identities.count))
        var outcome = Outcome(hidden: initial, added: 0, linearPrograms: 0, unprotected: [])
        let sensitive = truth.cells.indices.filter { truth.cells[$0].value.map(SensitivityRule(threshold: threshold).isSensitive) ?? false }
            .sorted { system.order($0) < system.order($1) }
        // 1. Protect, in two fixed halves of the sensitive cells by region (alternate regions;
        // the nation's with the first), each from the primary pattern, on two threads when
        // allowed; their deviations are then added in turn, the first half's first.
        let halves = [sensitive.filter { system.half(of: $0) == 0 }, sensitive.filter { system.half(of: $0) == 1 }]
        let spare = Scratch(cells: system.value.count, identities: system.identities.count)
        let start = pattern
        let (second, first) = parallelism.both(
            { self.protectPass(halves[1], from: start, scratch: spare) },
            { self.protectPass(halves[0], from: start, scratch: effort.scratch) })
        for pass in [first, second] {
            for change in pass.deviations { pattern.add(change) }
            effort.linearPrograms += pass.linearPrograms
            effort.work += pass.work
            effort.wide += pass.wide
            outcome.unprotected += pass.unprotected
            outcome.exhausted = outcome.exhausted || pass.exhausted
        }
        // 2. Prune, while the budget lasts (the pattern is safe whenever it stops).
        if !outcome.exhausted && outcome.unprotected.isEmpty {
            let candidates = system.value.indices.filter { pattern.hidden[$0] && !initial[$0] }
                .sorted { (-system.cost[$0], $0) < (-system.cost[$1], $1) }
            // Two candidates are tried at once against the same pattern (on two threads when
            // allowed); the second is tried again whenever the first was published, so the
            // outcome is the one of trying them in turn.
            var i = 0
            let pruneBudget = min(budget, 2 * effort.work + Self.pruneAllowance)
            while i < candidates.count && effort.work <= pruneBudget {
                let (a, b) = (candidates[i], i + 1 < candidates.count ? candidates[i + 1] : nil)
                let snapshot = pattern
                let wideLeft = max(0, effort.wideLimit - effort.wide)
                let (second, first) = parallelism.both(
                    { b.map { self.attempt($0, from: snapshot, scratch: spare, wideLimit: wideLeft) } },
                    { self.attempt(a, from: snapshot, scratch: effort.scratch, wideLimit: wideLeft) })
                func apply(_ trial: Trial, _ c: Int) {
                    effort.linearPrograms += trial.linearPrograms
                    effort.work += trial.work
                    effort.wide += trial.wide
                    if let next = trial.pattern {
                        pattern = next
                        outcome.pruned += 1
                    } else if let x = trial.necessary {
                        pattern.necessary[c] = x
                    }
                }
                apply(first, a)
                if let b, let second {
                    if first.pattern != nil {
                        effort.linearPrograms += second.linearPrograms
                        effort.work += second.work
                        effort.wide += second.wide
                        apply(attempt(b, from: pattern, scratch: effort.scratch, wideLimit: max(0, effort.wideLimit - effort.wide)), b)
                    } else {
                        apply(second, b)
                    }
                }
                i += 2
            }
        }
        // A cell that no kept deviation changes protects nothing (its deviations were replaced
        // after it was tried, or pruning stopped first): published, with no program to solve.
        if outcome.unprotected.isEmpty && !outcome.exhausted {
            for c in system.value.indices where pattern.hidden[c] && !initial[c] && !pattern.isUsed(c) {
                pattern.publish(c)
                outcome.pruned += 1
            }
        }
        outcome.hidden = pattern.hidden
        outcome.added = zip(pattern.hidden, initial).filter { $0 && !$1 }.count
        outcome.deviations = pattern.liveDeviations
        outcome.areas = system.areas
        for c in system.value.indices where pattern.hidden[c] { outcome.protects[c] = pattern.protectedBy(c) }
        outcome.linearPrograms = effort.linearPrograms
        for c in system.value.indices where pattern.hidden[c] && !initial[c] && system.isGuarded(c) {
            outcome.necessary[c] = pattern.necessary[c]
        }
        return outcome
    }

    /// What protecting some sensitive cells found.
    struct Pass: Sendable {
        var deviations: [[(cell: Int, delta: Double)]] = []
        var unprotected: [Int] = []
        var exhausted = false
        var linearPrograms = 0
        var work = 0
        var wide = 0
    }

    /// Protects `sensitive` (in this order) starting from `pattern`, within half the budget and
    /// half the wide searches.
    func protectPass(_ sensitive: [Int], from start: Pattern, scratch: Scratch) -> Pass {
        var pattern = start
        var effort = Effort(scratch: scratch)
        effort.wideLimit = Self.wideSearches / 2
        var pass = Pass()
        for (index, x) in sensitive.enumerated() {
            if effort.work > budget / 2 {
                pass.exhausted = true
                pass.unprotected += sensitive[index...]
                break
            }
            for direction in [Direction.up, .down] {
                let slot = Pattern.slot(x, direction)
                // Each deviation found leaves one more reader alone; a slot that a found
                // deviation does not record (a solver off its target) must not loop for ever.
                var tries = 0
                while let excluding = pattern.missing(slot) {
                    tries += 1
                    guard tries <= pattern.system.areas.count + 1 else {
                        pass.unprotected.append(x)
                        break
                    }
                    var found = deviation(x, direction, excluding: excluding, among: nil, pattern: pattern, effort: &effort)
                    if found == nil, !excluding.isEmpty, pattern.isBare(slot) {
                        found = deviation(x, direction, excluding: [], among: nil, pattern: pattern, effort: &effort)
                    }
                    guard let change = found else {
                        pass.unprotected.append(x)
                        break
                    }
                    pattern.add(change)
                    pass.deviations.append(change)
                }
            }
        }
        pass.linearPrograms = effort.linearPrograms
        pass.work = effort.work
        pass.wide = effort.wide
        return pass
    }

    /// Why a guarded cell stays hidden: a sensitive cell whose every deviation (for the public
    /// or one force reader) moves it (`alone`), or moves it or another guarded cell that is
    /// published (so hiding that one instead would be no better).
    struct Necessity: Sendable, Hashable {
        var protecting: Int
        var alone: Bool
        var direction: Direction
        /// The force area the reader knows (nil: the public).
        var reader: Int?
    }

    /// What trying to publish a hidden cell again found.
    struct Trial: Sendable {
        /// The pattern with the cell published, or nil when it stays hidden.
        var pattern: Pattern?
        /// For a guarded cell that stays hidden: why.
        var necessary: Necessity?
        var linearPrograms = 0
        var work = 0
        var wide = 0
    }

    /// Tries to publish hidden cell c again: drops the deviations that move it and finds each
    /// protection they gave among the other hidden cells, or, for a guarded cell (which the
    /// rules of a readable publication keep unless no pattern without it exists), among every
    /// cell but c and the other guarded ones. The pattern with c published when every one is
    /// found; otherwise, for a guarded cell, the sensitive cell whose protection proved it
    /// necessary.
    func attempt(_ c: Int, from pattern: Pattern, scratch: Scratch, wideLimit: Int) -> Trial {
        let system = pattern.system
        let guarded = system.isGuarded(c)
        var effort = Effort(scratch: scratch)
        effort.wideLimit = wideLimit
        var trial = pattern
        // Slots left with no deviation first: they are the likeliest to fail.
        let slots = trial.drop(using: c).sorted { (trial.isBare($0) ? 0 : 1, $0) < (trial.isBare($1) ? 0 : 1, $1) }
        trial.publish(c)
        func failed(_ necessary: Necessity?) -> Trial {
            Trial(pattern: nil, necessary: necessary, linearPrograms: effort.linearPrograms, work: effort.work, wide: effort.wide)
        }
        for slot in slots {
            let (x, direction) = Pattern.cell(of: slot)
            var tries = 0
            while let excluding = trial.missing(slot) {
                tries += 1
                guard tries <= system.areas.count + 1 else { return failed(nil) }
                let hidden = trial.hidden
                if guarded {
                    // Needed alone: no deviation leaves c alone. Needed with the other
                    // guarded cells: none leaves all of them alone.
                    if hasNoDeviation(x, direction, excluding: excluding, near: c, holding: { $0 == c }, pattern: trial, effort: &effort) {
                        return failed(Necessity(protecting: x, alone: true, direction: direction, reader: excluding.min()))
                    }
                    if hasNoDeviation(
                        x, direction, excluding: excluding, near: c,
                        holding: { $0 == c || (!hidden[$0] && system.isGuarded($0)) }, pattern: trial, effort: &effort)
                    {
                        return failed(Necessity(protecting: x, alone: false, direction: direction, reader: excluding.min()))
                    }
                }
                // A guarded cell may give way to cells that are not guarded only.
                let found =
                    guarded
                    ? deviation(
                        x, direction, excluding: excluding, among: nil, forbidding: { $0 == c || (!hidden[$0] && system.isGuarded($0)) },
                        pattern: trial, effort: &effort)
                    : deviation(x, direction, excluding: excluding, among: hidden, forbidding: { $0 == c }, pattern: trial, effort: &effort)
                // The last search is over every area but the reader's (unless the wide searches
                // ran out): none leaves c and every published guarded cell alone.
                guard let change = found else {
                    let proved = guarded && effort.wide < wideLimit
                    return failed(proved ? Necessity(protecting: x, alone: false, direction: direction, reader: excluding.min()) : nil)
                }
                trial.add(change)
            }
        }
        return Trial(pattern: trial, linearPrograms: effort.linearPrograms, work: effort.work, wide: effort.wide)
    }

    /// Whether x has no deviation in `direction` that leaves alone the areas in `excluding`
    /// and every cell that `held` names, proved on a relaxation: the linear program over the
    /// cells of x's area, its region and c's area with only the identities among them (cells
    /// held or of an excluded area count as fixed), as if every other area could absorb any
    /// change. No deviation there means none anywhere.
    private func hasNoDeviation(
        _ x: Int, _ direction: Direction, excluding: Set<Int>, near c: Int, holding held: @escaping (Int) -> Bool,
        pattern: Pattern, effort: inout Effort
    ) -> Bool {
        let system = pattern.system
        var areas = [system.area[x], system.area[c]]
        if let r = system.region(of: system.area[x]) { areas.append(r) }
        if let r = system.region(of: system.area[c]) { areas.append(r) }
        areas = Array(Set(areas.filter { !excluding.contains($0) })).sorted()
        let near = system.neighbourhood(of: x, depth: nil, allowed: areas).filter { $0 == x || !held($0) }
        effort.linearPrograms += 1
        effort.work += near.count
        let fixed: (Int) -> Bool = { j in held(j) || excluding.contains(system.area[j]) }
        return solve(x, direction, cells: near, pattern: pattern, scratch: effort.scratch, keepingOnly: fixed) == nil
    }

    /// The cells the cheapest deviation of x in `direction` changes, with each change, leaving
    /// the areas in `excluding` alone, or nil when there is none. With `among`, only the cells
    /// hidden there (and x) may change.
    ///
    /// Wider searches cost more, so each is tried only while the narrower ones find nothing
    /// or would hide a guarded count (a total of the nation or a region, a force's
    /// `referrals all`): the counts within one, then two identities of x's count in every area
    /// but the nation, every count of those areas, then the nation's too.
    private func deviation(
        _ x: Int, _ direction: Direction, excluding: Set<Int>, among: [Bool]?, forbidding: ((Int) -> Bool)? = nil,
        pattern: Pattern, effort: inout Effort
    ) -> [(cell: Int, delta: Double)]? {
        let system = pattern.system
        let national = system.isNational(system.area[x])
        let withoutNation = system.areas.indices.filter { !excluding.contains($0) && (national || !system.isNational($0)) }
        let every = system.areas.indices.filter { !excluding.contains($0) }
        var best: (cost: Double, change: [(cell: Int, delta: Double)])?
        func costly(_ change: [(cell: Int, delta: Double)]) -> Bool {
            change.contains { $0.cell != x && !pattern.hidden[$0.cell] && system.isGuarded($0.cell) }
        }
        // Among hidden cells the program is small: one search over x's component of them.
        let stages: [(Int?, [Int])] =
            among != nil
            ? [(nil, every)]
            : national || withoutNation.count == every.count
                ? [(1, every), (2, every), (3, every), (nil, every)]
                : [(1, withoutNation), (2, withoutNation), (3, withoutNation), (nil, withoutNation), (nil, every)]
        for (depth, areas) in stages {
            if let best, !costly(best.change) { break }
            // The nation's counts only when there is no deviation without them.
            if best != nil, !national, areas.count == every.count, withoutNation.count != every.count { break }
            // Past the limit of wide searches, a wide search is made only when nothing else
            // has a deviation.
            if depth == nil, among == nil, best != nil || forbidding != nil, effort.wide >= effort.wideLimit { break }
            if depth == nil, among == nil { effort.wide += 1 }
            var near: [Int]
            if let among {
                near = system.component(
                    of: x,
                    allowing: { j in
                        among[j] && !excluding.contains(system.area[j]) && !(forbidding?(j) ?? false)
                    }, scratch: effort.scratch)
            } else {
                near = system.neighbourhood(of: x, depth: depth, allowed: areas)
                if let forbidding { near = near.filter { $0 == x || !forbidding($0) } }
            }
            effort.linearPrograms += 1
            effort.work += near.count
            if let found = solve(x, direction, cells: near, pattern: pattern, scratch: effort.scratch),
                found.cost < best?.cost ?? .infinity
            {
                best = found
            }
        }
        return best?.change
    }

    /// The most work (the columns of every linear program solved, summed): about 20 seconds
    /// here. A table whose counts are nearly all small over many more forces would take hours,
    /// so past the budget the build stops, publishes nothing and says so, rather than run on
    /// unattended. Pruning stops at the budget too, leaving a safe pattern.
    static let workBudget = 50_000_000

    /// The most searches over every count of every area in a build, beyond those needed to
    /// find any deviation at all: they keep a table whose counts are nearly all small from
    /// taking minutes. Past it, a deviation may hide a guarded count, named as not proved.
    static let wideSearches = 200

    /// The work pruning may do beyond that of protecting (it stops when the work done in
    /// all reaches twice that of protecting plus this): the sample's pruning needs about
    /// 1.3 million; a table whose counts are nearly all small would take minutes.
    static let pruneAllowance = 2_000_000

    /// Work done, and the working arrays of the linear programs.
    private struct Effort {
        var linearPrograms = 0
        /// Searches over every count of every area (the costliest programs) so far, and the
        /// most this effort may make but to find a first deviation.
        var wide = 0
        var wideLimit = LinkedSuppression.wideSearches
        /// The columns of every linear program solved so far: the measure of the work that
        /// ``workBudget`` bounds.
        var work = 0
        let scratch: Scratch
    }

    /// One linear program: columns 2k and 2k+1 are the rise and fall of `cells[k]`.
    /// - Parameter fixed: when given, a relaxation: an identity is kept only when each of its
    ///   cells outside `near` is fixed (unchanged); the others are left out, as if the cells
    ///   outside could take any value. Otherwise every cell outside `near` is unchanged.
    private func solve(
        _ x: Int, _ direction: Direction, cells near: [Int], pattern: Pattern, scratch: Scratch,
        keepingOnly fixed: ((Int) -> Bool)? = nil
    ) -> (cost: Double, change: [(cell: Int, delta: Double)])? {
        let system = pattern.system
        for (k, j) in near.enumerated() { scratch.column[j] = k }
        defer { for j in near { scratch.column[j] = -1 } }
        var rows: [LinearProgram.Row] = []
        var used: [Int] = []
        for j in near {
            for r in system.touching[j] where !scratch.rowUsed[r] {
                scratch.rowUsed[r] = true
                used.append(r)
                let identity = system.identities[r]
                if let fixed, identity.terms.contains(where: { scratch.column[$0.cell] < 0 && !fixed($0.cell) }) { continue }
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
            let cost =
                pattern.hidden[j]
                ? (system.area[j] != system.area[x] && system.isForce(system.area[j]) ? 1e-2 : 1e-3)
                : system.cost[j] * pattern.pressure(system.area[j])
            objective[2 * k] = cost
            objective[2 * k + 1] = cost
        }
        let k = 0  // x is first in `near`
        let move = direction == .up ? Double(threshold) - system.value[x] : system.value[x]
        let (rise, fall) = direction == .up ? (2 * k, 2 * k + 1) : (2 * k + 1, 2 * k)
        lower[rise] = move
        upper[rise] = move
        upper[fall] = 0
        let program = LinearProgram(columns: 2 * near.count, rows: rows, lower: lower, upper: upper)
        let (outcome, point) = program.minimum(of: objective)
        guard case .optimal(let cost) = outcome else { return nil }
        return (
            cost,
            near.indices.compactMap { k in
                let delta = point[2 * k] - point[2 * k + 1]
                return abs(delta) > 1e-9 ? (near[k], delta) : nil
            }
        )
    }
}
