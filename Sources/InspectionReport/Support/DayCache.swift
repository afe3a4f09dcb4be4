/// Remembers the last year and month parsed, so that the dates of a file, which cluster in
/// a few months, are mostly read with two digit checks and an addition.
public struct DayCache: Sendable {
    /// The bytes `YYYY-MM` of the cached month, as a little-endian integer (0: none).
    @usableFromInline var key: UInt64 = 0
    /// Day number of the month's first day.
    @usableFromInline var first: Int32 = 0
    /// Days in the month.
    @usableFromInline var length: Int = 0

    public init() {}
}

extension DayParser {
    /// Parses a trimmed date cell, using and updating `cache`.
    @inlinable @inline(__always)
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>, cache: inout DayCache) -> Day? {
        let n = bytes.count
        if n == 10, let base = bytes.baseAddress {
            let key = UnsafeRawPointer(base).loadUnaligned(as: UInt64.self) & 0x00FF_FFFF_FFFF_FFFF
            if key == cache.key {
                let d0 = Int(bytes[8]) &- 48, d1 = Int(bytes[9]) &- 48
                guard d0 >= 0, d0 <= 9, d1 >= 0, d1 <= 9 else { return nil }
                let day = d0 * 10 + d1
                guard day >= 1, day <= cache.length else { return nil }
                return Day(number: cache.first + Int32(day - 1))
            }
            guard let result = parse(bytes) else { return nil }
            let c = result.components
            cache.key = key
            cache.first = result.number - Int32(c.day - 1)
            cache.length = Day.daysInMonth(year: c.year, month: c.month)
            return result
        }
        return parse(bytes)
    }
}
