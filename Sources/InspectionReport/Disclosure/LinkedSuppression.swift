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
    struct Effort {
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

}
