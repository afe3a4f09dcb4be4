/// The cheapest deviation of a sensitive cell, found by one linear program at a time.
extension LinkedSuppression {
    /// The cells the cheapest deviation of x in `direction` changes, with each change, leaving
    /// the areas in `excluding` alone, or nil when there is none. With `among`, only the cells
    /// hidden there (and x) may change.
    ///
    /// Wider searches cost more, so each is tried only while the narrower ones find nothing
    /// or would hide a guarded count (a total of the nation or a region, a force's
    /// `referrals all`): the counts within one, two, then three identities of x's count in every area
    /// but the nation, every count of those areas, then the nation's too.
    func deviation(
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

    /// One linear program: columns 2k and 2k+1 are the rise and fall of `cells[k]`.
    /// - Parameter fixed: when given, a relaxation: an identity is kept only when each of its
    ///   cells outside `near` is fixed (unchanged); the others are left out, as if the cells
    ///   outside could take any value. Otherwise every cell outside `near` is unchanged.
    func solve(
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
