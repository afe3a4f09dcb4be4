import Testing

@testable import InspectionReport

@Suite("Dates")
struct DayParserTests {
    @Test(arguments: [
        ("2024-02-29", "2024-02-29"),
        ("2023-06-01T10:15", "2023-06-01"),
        ("2023-06-01 10:15:30", "2023-06-01"),
        ("2023-06-01T10:15:30.123456Z", "2023-06-01"),
        ("2023-06-01T23:59:59+01:00", "2023-06-01"),
        ("2023-06-01T00:00-05:30", "2023-06-01"),
        ("1999-12-31", "1999-12-31"),
    ])
    func accepts(_ text: String, _ expected: String) {
        #expect(DayParser.parse(text)?.description == expected)
    }

    @Test(arguments: [
        "2023-02-29", "2023-02-30", "2024-13-01", "2024-00-10", "2024-04-31", "2023-6-1", "05/06/2023",
        "2023-06-01T25:00", "2023-06-01T10:60", "2023-06-01T10:15:61", "2023-06-01T", "2023-06-01X10:00",
        "2023-06-01T10:15Zjunk", "2023-06-01T10:15+0100", "20230601", "", "2023-06-01  10:00", "2023-06-01T10:15:30.",
    ])
    func rejects(_ text: String) {
        #expect(DayParser.parse(text) == nil)
    }

    @Test func dayNumbersCountCalendarDays() {
        let a = DayParser.parse("2024-02-01")!, b = DayParser.parse("2024-07-31")!
        #expect(b.days(since: a) == 181)
        #expect(DayParser.parse("1970-01-01")!.number == 0)
        #expect(DayParser.parse("2000-03-01")!.days(since: DayParser.parse("2000-02-28")!) == 2)
        #expect(Day(number: 19_783).description == "2024-03-01")
    }

    @Test func quartersOverlappingAPeriod() {
        let quarters = Quarter.covering(DayParser.parse("2023-11-15")!, DayParser.parse("2024-04-01")!)
        #expect(quarters.map(\.description) == ["2023-Q4", "2024-Q1", "2024-Q2"])
    }
}

@Suite("Exact decimals")
struct FixedDecimalTests {
    @Test(arguments: [
        (101, 128, "0.789063"), (2, 3, "0.666667"), (1, 3, "0.333333"), (0, 7, "0.000000"), (7, 7, "1.000000"),
        (-1, 3, "-0.333333"), (-1, 10_000_000, "0.000000"), (-1, 2_000_000, "-0.000001"), (1, 2_000_000, "0.000001"),
        (1, 8, "0.125000"), (30_000, 10_000, "3.000000"),
    ])
    func roundsHalfAwayFromZero(_ n: Int, _ d: Int, _ expected: String) {
        #expect(FixedDecimal.format(n, d) == expected)
    }
}
