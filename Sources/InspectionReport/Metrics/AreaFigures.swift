/// The counts and day histograms of one area (a force, a region or the nation).
struct AreaFigures: Sendable {
    let layout: CounterLayout
    /// Indexed by ``CounterLayout``.
    var counts: [Int]
    /// Indexed by ``CaseTally/Histogram`` times ``denseDays`` plus the day.
    var histograms: [Int]
    /// By ``CaseTally/Histogram``: the days at or beyond ``denseDays``, ascending.
    var longWaits: [[Int32]]
    /// The days counted in ``histograms``.
    var denseDays: Int

    /// The `index`-th count of a counter.
    func count(_ counter: Counter, _ index: Int = 0) -> Int { counts[layout.offset(counter) + index] }

    /// The sum of every count of a counter.
    func total(_ counter: Counter) -> Int {
        let start = layout.offset(counter)
        return counts[start..<(start + counter.width(quarters: layout.quarterCount))].reduce(0, +)
    }

    /// Action timeliness counts of some classes, over the grades and quarters selected (all when nil).
    func action(_ kinds: [Timeliness.Action], grade: RiskGrade? = nil, quarter: Int? = nil) -> Int {
        var total = 0
        for kind in kinds {
            for g in RiskGrade.allCases where grade == nil || grade == g {
                for q in 0..<layout.quarterCount where quarter == nil || quarter == q {
                    total += counts[layout.action(kind, grade: g.rawValue, quarter: q)]
                }
            }
        }
        return total
    }

    /// Assessment timeliness counts of some classes.
    func assessment(_ kinds: [Timeliness.Assessment]) -> Int {
        kinds.reduce(0) { $0 + count(.assessmentByClass, $1.rawValue) }
    }

    /// The number of values in one or more histograms.
    func valueCount(_ kinds: [CaseTally.Histogram]) -> Int {
        kinds.reduce(0) { total, kind in
            let start = kind.rawValue * denseDays
            return total + histograms[start..<(start + denseDays)].reduce(0, +) + longWaits[kind.rawValue].count
        }
    }

    /// The nearest-rank p-th percentile (p in 1…100) of the days in the histograms, or nil
    /// when they hold no values: the value at rank `ceil(p/100 * n)`.
    func percentile(_ p: Int, of kinds: [CaseTally.Histogram]) -> Int? {
        let n = valueCount(kinds)
        guard n > 0 else { return nil }
        let rank = (p * n + 99) / 100
        var seen = 0
        for day in 0..<denseDays {
            for kind in kinds { seen += histograms[kind.rawValue * denseDays + day] }
            if seen >= rank { return day }
        }
        // Every long wait is later than every dense day: the rank falls among them.
        let long = kinds.count == 1 ? longWaits[kinds[0].rawValue] : kinds.flatMap { longWaits[$0.rawValue] }.sorted()
        let index = rank - seen - 1
        return long.indices.contains(index) ? Int(long[index]) : nil
    }

    /// The largest day in the histograms, or nil when empty.
    func maximum(of kinds: [CaseTally.Histogram]) -> Int? {
        if let long = kinds.compactMap({ longWaits[$0.rawValue].last }).max() { return Int(long) }
        for day in stride(from: denseDays - 1, through: 0, by: -1) {
            for kind in kinds where histograms[kind.rawValue * denseDays + day] > 0 { return day }
        }
        return nil
    }
}
