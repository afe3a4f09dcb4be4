/// The counts and day histograms of one area (a force, a region or the nation).
struct AreaFigures: Sendable {
    let layout: CounterLayout
    /// Indexed by ``CounterLayout``.
    var counts: [Int]
    /// Indexed by ``CaseTally/Histogram`` times ``dayCount`` plus the day.
    var histograms: [Int]
    var dayCount: Int

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
            let start = kind.rawValue * dayCount
            return total + histograms[start..<(start + dayCount)].reduce(0, +)
        }
    }

    /// The nearest-rank p-th percentile (p in 1…100) of the days in the histograms, or nil
    /// when they hold no values: the value at rank `ceil(p/100 * n)`.
    func percentile(_ p: Int, of kinds: [CaseTally.Histogram]) -> Int? {
        let n = valueCount(kinds)
        guard n > 0 else { return nil }
        let rank = (p * n + 99) / 100
        var seen = 0
        for day in 0..<dayCount {
            for kind in kinds { seen += histograms[kind.rawValue * dayCount + day] }
            if seen >= rank { return day }
        }
        return nil
    }

    /// The largest day in the histograms, or nil when empty.
    func maximum(of kinds: [CaseTally.Histogram]) -> Int? {
        for day in stride(from: dayCount - 1, through: 0, by: -1) {
            for kind in kinds where histograms[kind.rawValue * dayCount + day] > 0 { return day }
        }
        return nil
    }
}
