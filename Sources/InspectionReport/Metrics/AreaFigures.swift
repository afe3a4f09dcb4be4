/// The counts and day histograms of one area (a force, a region or the nation).
public struct AreaFigures: Sendable {
    /// Indexed by ``CaseTally/Slot``.
    public var counts: [Int]
    /// Indexed by ``CaseTally/Histogram`` times ``dayCount`` plus the day.
    public var histograms: [Int]
    public var dayCount: Int

    /// A count.
    public subscript(_ slot: Int) -> Int { counts[slot] }

    /// The sum of `n` consecutive slots.
    public func sum(_ slot: Int, _ n: Int) -> Int { counts[slot..<(slot + n)].reduce(0, +) }

    /// The number of values in one or more histograms.
    public func valueCount(_ kinds: [CaseTally.Histogram]) -> Int {
        kinds.reduce(0) { total, kind in
            let start = kind.rawValue * dayCount
            return total + histograms[start..<(start + dayCount)].reduce(0, +)
        }
    }

    /// The nearest-rank p-th percentile (p in 1…100) of the days in the histograms, or nil
    /// when they hold no values: the value at rank `ceil(p/100 * n)`.
    public func percentile(_ p: Int, of kinds: [CaseTally.Histogram]) -> Int? {
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
    public func maximum(of kinds: [CaseTally.Histogram]) -> Int? {
        for day in stride(from: dayCount - 1, through: 0, by: -1) {
            for kind in kinds where histograms[kind.rawValue * dayCount + day] > 0 { return day }
        }
        return nil
    }
}
