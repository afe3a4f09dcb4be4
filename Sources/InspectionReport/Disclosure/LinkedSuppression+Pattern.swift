extension LinkedSuppression {
    /// A suppression pattern with the deviations that protect it: which cells are hidden, and
    /// for each sensitive cell and direction (a *slot*) the deviations that move it there.
    ///
    /// A slot is protected against the public once it has a deviation, and against a force
    /// reader once some deviation leaves that force's counts alone. Every deviation kept here
    /// changes hidden cells only, so the pattern protects every slot that ``missing(_:)`` says
    /// nothing of.
    struct Pattern: Sendable {
        let system: System
        private(set) var hidden: [Bool]
        /// Per area: its hidden cells that are not sensitive.
        private var secondary: [Int]
        let threshold: Int
        /// Per deviation: the cells it changes and by how much; nil once dropped.
        private var changes: [[(cell: Int, delta: Double)]?] = []
        /// Per deviation: the force areas it changes.
        private var forces: [Set<Int>] = []
        /// Per deviation: the slots it protects.
        private var slotsOf: [[Int]] = []
        /// Per slot: the deviations that protect it (dropped ones included).
        private var bySlot: [Int: [Int]] = [:]
        /// Per cell: the deviations that change it (dropped ones included).
        private var byCell: [Int: [Int]] = [:]
        /// Per guarded cell that pruning could not publish: why.
        var necessary: [Int: Necessity] = [:]

        init(system: System, hidden: [Bool], threshold: Int) {
            self.system = system
            self.hidden = hidden
            self.threshold = threshold
            secondary = [Int](repeating: 0, count: system.areas.count)
            for j in hidden.indices where hidden[j] && !SensitivityRule(threshold: threshold).isSensitive(system.value[j]) {
                secondary[system.area[j]] += 1
            }
        }

        /// Publishes cell c (it was hidden).
        mutating func publish(_ c: Int) {
            guard hidden[c] else { return }
            hidden[c] = false
            if !isSensitive(c) { secondary[system.area[c]] -= 1 }
        }

        /// How much dearer a cell of area a is to hide than its cost says: 1 until a fifth of
        /// the area's counts are hidden beyond its sensitive ones, then rising steeply, so that
        /// no one area carries the protection of many others.
        func pressure(_ a: Int) -> Double {
            let share = Double(secondary[a]) / Double(max(1, system.cellsIn(a)))
            return 1 + 10 * max(0, share - 0.2)
        }

        /// The slot of cell x's protection in `direction`.
        static func slot(_ x: Int, _ direction: Direction) -> Int { direction == .up ? 2 * x : 2 * x + 1 }

        /// The cell and direction of a slot.
        static func cell(of slot: Int) -> (Int, Direction) { (slot / 2, slot % 2 == 0 ? .up : .down) }

        private func isSensitive(_ j: Int) -> Bool { SensitivityRule(threshold: threshold).isSensitive(system.value[j]) }

        /// The areas the next deviation of a slot must leave alone, or nil when the slot is
        /// protected against every reader. With no deviation yet: none, or, for a force in a
        /// region of two forces, the other force (its deviation through the region and another
        /// region is needed anyway, and protects against the public too).
        func missing(_ slot: Int) -> Set<Int>? {
            let x = slot / 2
            let live = (bySlot[slot] ?? []).filter { changes[$0] != nil }
            guard let first = live.first else {
                return system.soleNeighbour(of: system.area[x]).map { [$0] } ?? []
            }
            guard system.isForce(system.area[x]) else { return nil }
            var common = live.dropFirst().reduce(forces[first]) { $0.intersection(forces[$1]) }
            common.remove(system.area[x])
            return common.min().map { [$0] }
        }

        /// Whether the slot has no deviation at all.
        func isBare(_ slot: Int) -> Bool {
            (bySlot[slot] ?? []).allSatisfy { changes[$0] == nil }
        }

        /// Hides every cell the deviation changes and records the slots it protects.
        mutating func add(_ change: [(cell: Int, delta: Double)]) {
            let id = changes.count
            changes.append(change)
            var touched = Set<Int>()
            var slots: [Int] = []
            for (j, delta) in change {
                if !hidden[j] {
                    hidden[j] = true
                    if !isSensitive(j) { secondary[system.area[j]] += 1 }
                }
                byCell[j, default: []].append(id)
                if system.isForce(system.area[j]) { touched.insert(system.area[j]) }
                guard isSensitive(j) else { continue }
                if system.value[j] + delta <= 1e-6 { slots.append(Self.slot(j, .down)) }
                if system.value[j] + delta >= Double(threshold) - 1e-6 { slots.append(Self.slot(j, .up)) }
            }
            for s in slots { bySlot[s, default: []].append(id) }
            forces.append(touched)
            slotsOf.append(slots)
        }

        /// Drops every deviation that changes cell c; returns the slots they protected.
        mutating func drop(using c: Int) -> [Int] {
            var slots = Set<Int>()
            for id in byCell[c] ?? [] where changes[id] != nil {
                changes[id] = nil
                slots.formUnion(slotsOf[id])
            }
            return slots.sorted()
        }

        /// Whether a kept deviation changes cell c.
        func isUsed(_ c: Int) -> Bool {
            (byCell[c] ?? []).contains { changes[$0] != nil }
        }

        /// The sensitive cells that a live deviation changing c protects.
        func protectedBy(_ c: Int) -> [Int] {
            var cells = Set<Int>()
            for id in byCell[c] ?? [] where changes[id] != nil {
                for s in slotsOf[id] { cells.insert(s / 2) }
            }
            return cells.sorted()
        }

        /// The deviations kept, in the order they were found.
        var liveDeviations: [[(cell: Int, delta: Double)]] { changes.compactMap { $0 } }
    }
}
