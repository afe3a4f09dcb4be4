/// Step 2 of secondary suppression: publishing hidden cells again, and the proofs of why a
/// guarded cell stays hidden.
extension LinkedSuppression {
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
    func hasNoDeviation(
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
}
