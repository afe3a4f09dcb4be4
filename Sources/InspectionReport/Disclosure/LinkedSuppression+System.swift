import Foundation

extension LinkedSuppression {
    /// Working arrays reused by every linear program of one pass: each cell's column (−1 when
    /// not in the program) and whether an identity is already a row.
    final class Scratch: @unchecked Sendable {
        var column: [Int]
        var rowUsed: [Bool]
        /// Cells reached by a search (``System/component(of:allowing:scratch:)``).
        var reached: [Bool]

        init(cells: Int, identities: Int) {
            column = [Int](repeating: -1, count: cells)
            rowUsed = [Bool](repeating: false, count: identities)
            reached = [Bool](repeating: false, count: cells)
        }
    }

    /// The identities over cell positions, the areas, the keys and the costs.
    struct System: Sendable {
        struct Identity: Sendable {
            var terms: [(cell: Int, coefficient: Double)]
            var relation: LinearProgram.Row.Relation
        }

        let identities: [Identity]
        /// The identities as built over the counts' keys.
        let tables: LinkedTables
        /// Per identity: its bound for a change to the counts (0 for an equality; for Σ ≤ 0,
        /// how far the true counts are below it).
        let slack: [Double]
        /// The identities each cell is in.
        let touching: [[Int]]
        /// Each cell's true value.
        let value: [Double]
        /// Each cell's area, as an index into ``areas``.
        let area: [Int]
        /// Each cell's metric and breakdown, as an index.
        private let key: [Int]
        let areas: [AuditArea]
        /// Per area: 0 the nation, 1 a region, 2 a force.
        private let areaKind: [UInt8]
        /// Per area: the region's area index (a force's region, a region itself).
        private let regionOf: [Int?]
        /// Region area indexes in file order.
        private let regions: [Int]
        /// Per area: the forces of a region, in file order.
        private let forcesOf: [[Int]]
        /// Per key: the keys that share an identity within one area.
        private let keyNeighbours: [[Int]]
        private let keyCount: Int
        /// The cell of (area, key): `area * keyCount + key`.
        private let cellAt: [Int]
        /// Per cell: the cost of hiding it, per unit of change: what readers lose (a count of
        /// the nation 10,000, a region's `referrals all` 1,000, a force's 300, a region's other
        /// totals 100, a region's breakdown 4, a force's other totals 3, a force's breakdown 1:
        /// the referrals are the headline, and a total of a region gives way before them), times 1 + value^0.75 (a
        /// zero costs what a count at the threshold does, so that small non-zero counts go
        /// first). On the sample, a large fixed cost for the guarded counts hid 39 more counts
        /// in all; 1 + ln(1 + value) 10 more; 1 + √value 4 more; a cost linear in the value as
        /// many but 2 fewer of 100 or more (`docs/methodology.md`).
        let cost: [Double]
        private let isTotalCell: [Bool]
        private let isGuardedCell: [Bool]
        /// Per area: its number of cells.
        private let areaSize: [Int]

        init(truth: PublishedCounts, regionOfForce: [String: String]?, threshold: Int) {
            let cells = truth.cells
            isTotalCell = cells.map { $0.key.breakdown == .all }
            let tables = LinkedTables(counts: truth, regionOfForce: regionOfForce)
            self.tables = tables
            identities = tables.identities.map { identity in
                Identity(terms: identity.terms.map { (truth.index[$0.key]!, $0.coefficient) }, relation: identity.relation)
            }
            var touching = [[Int]](repeating: [], count: cells.count)
            for (r, identity) in identities.enumerated() {
                for term in identity.terms { touching[term.cell].append(r) }
            }
            self.touching = touching
            let value = cells.map { Double($0.value ?? 0) }
            self.value = value
            slack = identities.map { identity in
                guard identity.relation == .atMost else { return 0 }
                return max(0, -identity.terms.reduce(0) { $0 + $1.coefficient * value[$1.cell] })
            }

            var areaIndex: [AuditArea: Int] = [:]
            var areas: [AuditArea] = []
            struct KeyName: Hashable { var metric: Metric; var breakdown: Breakdown }
            var keyIndex: [KeyName: Int] = [:]
            var area = [Int](), key = [Int]()
            area.reserveCapacity(cells.count)
            key.reserveCapacity(cells.count)
            for cell in cells {
                if let a = areaIndex[cell.key.area] {
                    area.append(a)
                } else {
                    areaIndex[cell.key.area] = areas.count
                    area.append(areas.count)
                    areas.append(cell.key.area)
                }
                let name = KeyName(metric: cell.key.metric, breakdown: cell.key.breakdown)
                if let k = keyIndex[name] {
                    key.append(k)
                } else {
                    key.append(keyIndex.count)
                    keyIndex[name] = keyIndex.count
                }
            }
            self.area = area
            self.key = key
            var areaSize = [Int](repeating: 0, count: areas.count)
            for a in area { areaSize[a] += 1 }
            self.areaSize = areaSize
            self.areas = areas
            areaKind = areas.map { a in
                switch a {
                case .national: 0
                case .region: 1
                case .force: 2
                }
            }
            keyCount = keyIndex.count
            var cellAt = [Int](repeating: -1, count: areas.count * keyIndex.count)
            for j in cells.indices { cellAt[area[j] * keyIndex.count + key[j]] = j }
            self.cellAt = cellAt

            let regionOf: [Int?] = areas.map { a in
                switch a {
                case .national: nil
                case .region: areaIndex[a]
                case .force(let f): regionOfForce?[f].flatMap { areaIndex[.region($0)] }
                }
            }
            self.regionOf = regionOf
            regions = areas.indices.filter { if case .region = areas[$0] { true } else { false } }
            var forcesOf = [[Int]](repeating: [], count: areas.count)
            for (a, kind) in areas.enumerated() {
                if case .force = kind, let r = regionOf[a] { forcesOf[r].append(a) }
            }
            self.forcesOf = forcesOf

            var neighbours = [Set<Int>](repeating: [], count: keyIndex.count)
            for identity in identities {
                let first = area[identity.terms[0].cell]
                guard identity.terms.allSatisfy({ area[$0.cell] == first }) else { continue }
                for a in identity.terms {
                    for b in identity.terms where b.cell != a.cell { neighbours[key[a.cell]].insert(key[b.cell]) }
                }
            }
            keyNeighbours = neighbours.map { $0.sorted() }

            var guarded = [Bool](repeating: false, count: cells.count)
            cost = cells.indices.map { j in
                let key = cells[j].key
                let total = key.breakdown == .all
                let level: Double
                switch key.area {
                case .national:
                    level = 10_000
                    guarded[j] = true
                case .region:
                    level = total ? (key.metric == .referrals ? 1_000 : 100) : 4
                    guarded[j] = total
                case .force:
                    let referrals = total && key.metric == .referrals
                    level = referrals ? 300 : total ? 3 : 1
                    guarded[j] = referrals
                }
                return level * (1 + pow(Double(max(cells[j].value ?? 0, threshold)), 0.75))
            }
            isGuardedCell = guarded
        }

        /// The number of cells of area a.
        func cellsIn(_ a: Int) -> Int { areaSize[a] }

        /// Whether hiding cell j is against the rules of a readable publication unless no
        /// pattern without it exists: a count of the nation, a region's `all` count, a force's
        /// `referrals all`.
        func isGuarded(_ j: Int) -> Bool { isGuardedCell[j] }

        /// The order in which sensitive cells are protected: the nation's, then regions', then
        /// forces'; totals before breakdowns (a total's deviation usually moves its breakdowns
        /// too); then by position.
        func order(_ x: Int) -> Int {
            (Int(areaKind[area[x]]) * 2 + (isTotalCell[x] ? 0 : 1)) * value.count + x
        }

        /// The other force of a region of exactly two forces, for a force area (nil otherwise):
        /// that force, knowing its own count, reads its neighbour's off the region's total, so
        /// every deviation of the neighbour's counts must go through the region anyway.
        func soleNeighbour(of a: Int) -> Int? {
            guard let r = regionOf[a], forcesOf[r].count == 2 else { return nil }
            return forcesOf[r].first { $0 != a }
        }

        /// Which half of the work cell x falls in: its region's position among the regions,
        /// alternately (the nation's, and a force without a region, the first).
        func half(of x: Int) -> Int {
            guard let r = regionOf[area[x]], let position = regions.firstIndex(of: r) else { return 0 }
            return position % 2
        }

        /// The region of a force area (a region itself for a region; nil for the nation).
        func region(of a: Int) -> Int? { regionOf[a] }

        func isForce(_ a: Int) -> Bool { areaKind[a] == 2 }

        func isNational(_ a: Int) -> Bool { areaKind[a] == 0 }

        /// Cell x and the cells that `allows` admits and an identity links to x through such
        /// cells, x first. A deviation that may change only admitted cells changes, within
        /// them, only this component: its part there is a deviation by itself.
        func component(of x: Int, allowing allows: (Int) -> Bool, scratch: Scratch) -> [Int] {
            var result = [x]
            scratch.reached[x] = true
            var next = 0
            while next < result.count {
                let j = result[next]
                next += 1
                for r in touching[j] {
                    for term in identities[r].terms where !scratch.reached[term.cell] && allows(term.cell) {
                        scratch.reached[term.cell] = true
                        result.append(term.cell)
                    }
                }
            }
            for j in result { scratch.reached[j] = false }
            return result
        }

        /// The cells of `allowed` areas whose count is within `depth` identities of x's count
        /// (all counts when `depth` is nil), x first.
        func neighbourhood(of x: Int, depth: Int?, allowed: [Int]) -> [Int] {
            var keys: [Int]
            if let depth {
                keys = [key[x]]
                var seen: Set<Int> = [key[x]]
                var frontier = keys
                for _ in 0..<depth {
                    var next: [Int] = []
                    for k in frontier {
                        for n in keyNeighbours[k] where seen.insert(n).inserted { next.append(n) }
                    }
                    keys += next
                    frontier = next
                }
            } else {
                keys = Array(0..<keyCount)
            }
            var result = [x]
            for k in keys {
                for a in allowed {
                    let j = cellAt[a * keyCount + k]
                    if j >= 0, j != x { result.append(j) }
                }
            }
            return result
        }
    }
}
