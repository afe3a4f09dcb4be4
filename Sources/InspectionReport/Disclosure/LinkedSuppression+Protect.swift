/// Step 1 of secondary suppression: the deviations that protect each sensitive cell.
extension LinkedSuppression {
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
}
