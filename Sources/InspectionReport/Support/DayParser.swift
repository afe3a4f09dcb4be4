/// Parses the date forms of the data contract from UTF-8 bytes.
///
/// Accepted: `YYYY-MM-DD`, or a date-time `YYYY-MM-DDTHH:MM[:SS[.f…]]` with `T` or one
/// space between, optionally ending in `Z` or `±HH:MM`; the date part is used as written.
/// A calendar-invalid date or time, or any other form, gives nil.
public enum DayParser {
    /// Parses a date from trimmed bytes.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Day? {
        let n = bytes.count
        guard n >= 10 else { return nil }
        @inline(__always) func digit(_ i: Int) -> Int? {
            let d = Int(bytes[i]) &- 48
            return d >= 0 && d <= 9 ? d : nil
        }
        guard let y0 = digit(0), let y1 = digit(1), let y2 = digit(2), let y3 = digit(3),
            bytes[4] == 0x2D, let m0 = digit(5), let m1 = digit(6),
            bytes[7] == 0x2D, let d0 = digit(8), let d1 = digit(9)
        else { return nil }
        let year = y0 * 1000 + y1 * 100 + y2 * 10 + y3
        let month = m0 * 10 + m1
        let day = d0 * 10 + d1
        let result: Day
        let slot = (year - MonthTable.firstYear) * 12 + month - 1
        if month >= 1, month <= 12, slot >= 0, slot < MonthTable.count {
            guard day >= 1, day <= Int(MonthTable.lengths[slot]) else { return nil }
            result = Day(number: MonthTable.starts[slot] + Int32(day - 1))
        } else {
            guard let computed = Day(year: year, month: month, day: day) else { return nil }
            result = computed
        }
        if n == 10 { return result }
        return validTimePart(bytes, from: 10) ? result : nil
    }

    /// Parses a date from a Swift string (used for settings, not for bulk data).
    public static func parse(_ text: String) -> Day? {
        var copy = text
        return copy.withUTF8 { parse($0) }
    }

    static func validTimePart(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var i = start
        let n = b.count
        guard b[i] == UInt8(ascii: "T") || b[i] == UInt8(ascii: " ") else { return false }
        i += 1
        func twoDigits(_ at: Int, max: Int) -> Bool {
            guard at + 1 < n else { return false }
            let a = Int(b[at]) - 48, c = Int(b[at + 1]) - 48
            guard (0...9).contains(a), (0...9).contains(c) else { return false }
            return a * 10 + c <= max
        }
        guard twoDigits(i, max: 23), i + 2 < n, b[i + 2] == UInt8(ascii: ":"), twoDigits(i + 3, max: 59) else {
            return false
        }
        i += 5
        if i < n, b[i] == UInt8(ascii: ":") {
            guard twoDigits(i + 1, max: 59) else { return false }
            i += 3
            if i < n, b[i] == UInt8(ascii: ".") {
                i += 1
                let fractionStart = i
                while i < n, b[i] >= 48, b[i] <= 57 { i += 1 }
                guard i > fractionStart else { return false }
            }
        }
        if i == n { return true }
        if b[i] == UInt8(ascii: "Z") { return i + 1 == n }
        if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
            return i + 6 == n && twoDigits(i + 1, max: 23) && b[i + 3] == UInt8(ascii: ":") && twoDigits(i + 4, max: 59)
        }
        return false
    }
}

/// The first day and length of every month from 1900 to 2199, so that dates in that range are
/// read without division.
enum MonthTable {
    static let firstYear = 1900
    static let count = 300 * 12
    static let starts: [Int32] = (0..<count).map { Int32(Day.daysFromCivil(year: firstYear + $0 / 12, month: $0 % 12 + 1, day: 1)) }
    static let lengths: [UInt8] = (0..<count).map { UInt8(Day.daysInMonth(year: firstYear + $0 / 12, month: $0 % 12 + 1)) }
}
