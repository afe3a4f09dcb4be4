/// A calendar date as a count of days since 1970-01-01 (proleptic Gregorian).
///
/// Dates are parsed from bytes (never through Foundation's formatters) and compared
/// as integers, so `later - earlier` is the number of calendar days between them.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01.
    var number: Int32

    /// Creates a day from its day number.
    public init(number: Int32) { self.number = number }

    /// Creates a day from a year, month (1–12) and day of month, or nil when the date
    /// does not exist in the calendar.
    init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysInMonth(year: year, month: month) else {
            return nil
        }
        self.number = Int32(Day.daysFromCivil(year: year, month: month, day: day))
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.number < rhs.number }

    /// Whether `year` is a leap year in the Gregorian calendar.
    static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a month of a year.
    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Howard Hinnant's days-from-civil algorithm.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The year, month and day of month of this day.
    var components: (year: Int, month: Int, day: Int) {
        let z = Int(number) + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// The calendar quarter (1–4) this day falls in, with its year.
    var quarter: Quarter {
        let c = components
        return Quarter(year: c.year, number: (c.month - 1) / 3 + 1)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let c = components
        return Day.pad(c.year, 4) + "-" + Day.pad(c.month, 2) + "-" + Day.pad(c.day, 2)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// This day shifted by `days`.
    func adding(_ days: Int) -> Day { Day(number: number + Int32(days)) }

    /// Calendar days from `earlier` to this day.
    func days(since earlier: Day) -> Int { Int(number) - Int(earlier.number) }
}

/// A calendar quarter such as 2024-Q2.
struct Quarter: Hashable, Comparable, Sendable, CustomStringConvertible {
    var year: Int
    /// 1 to 4.
    var number: Int

    init(year: Int, number: Int) {
        self.year = year
        self.number = number
    }

    static func < (lhs: Quarter, rhs: Quarter) -> Bool {
        (lhs.year, lhs.number) < (rhs.year, rhs.number)
    }

    /// The quarter after this one.
    var next: Quarter {
        number == 4 ? Quarter(year: year + 1, number: 1) : Quarter(year: year, number: number + 1)
    }

    /// `YYYY-Qn`.
    var description: String { Day.pad(year, 4) + "-Q" + String(number) }

    /// Every quarter from the one holding `start` to the one holding `end`, in time order.
    static func covering(_ start: Day, _ end: Day) -> [Quarter] {
        var result: [Quarter] = []
        var q = start.quarter
        let last = end.quarter
        while q <= last {
            result.append(q)
            q = q.next
        }
        return result
    }
}
