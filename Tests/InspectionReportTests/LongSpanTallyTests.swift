import Testing

@testable import InspectionReport

/// Day histograms whose span (from `period.start` to `as_of`) is far beyond their dense part:
/// memory stays bounded and percentiles stay exact.
@Suite("Long spans")
struct LongSpanTallyTests {
    /// A 16-year period (5,874 days to `as_of`, beyond the 4,096 dense days) with waits of years.
    static let settings = """
        title: Long span
        period:
          start: 2000-01-01
          end: 2015-12-31
        as_of: 2016-01-31
        """

    @Test func valuesBeyondTheDenseDaysKeepExactPercentiles() throws {
        // Arrests after 10, 5, 4749, 5114 and 5479 days: 2000 to 2013, 2014 and 2015 are 13, 14
        // and 15 years with the leap days of 2000, 2004, 2008 and 2012.
        // Actions: A1 low after 2 days (met), A2 high after 4383 days (12 years, 3 leap days; breached).
        let dataset = try Fixture.cases(
            [
                "A1,alpha,nca,2000-01-01,2000-01-01,low,,no,2000-01-03,2000-01-11,,yes,specialist",
                "A2,alpha,nca,2000-01-01,2000-01-01,high,,no,2012-01-01,2014-01-01,,yes,specialist",
                "A3,alpha,nca,2000-01-01,,,,no,,2013-01-01,,yes,specialist",
                "A4,alpha,nca,2001-01-01,,,,no,,2001-01-06,,yes,specialist",
                "A5,beta,nca,2000-01-01,,,,no,,2015-01-01,,yes,specialist",
            ], settings: Self.settings)
        let tally = MetricsTable.tally(dataset, parallelism: .serial)
        #expect(tally.denseDays == CaseTally.denseDayLimit)
        #expect(tally.histograms.count == 3 * CaseTally.Histogram.allCases.count * CaseTally.denseDayLimit)
        // The four values beyond the dense days are kept aside, each in its force's list.
        #expect(tally.longWaits.map(\.count).reduce(0, +) == 4)

        for parallelism in [Parallelism.serial, .alwaysSplit] {
            let t = MetricsTable(dataset: dataset, parallelism: parallelism)
            let n = Area.national
            // Sorted 5, 10, 4749, 5114, 5479: median rank ceil(2.5) = 3, p90 rank ceil(4.5) = 5.
            #expect(t.text(n, "arrests") == "5")
            #expect(t.text(n, "days_to_arrest_median") == "4749")
            #expect(t.text(n, "days_to_arrest_p90") == "5479")
            #expect(t.text(n, "days_to_arrest_max") == "5479")
            // Alpha alone: 5, 10, 4749, 5114: median rank 2 = 10 (dense), p90 rank ceil(3.6) = 4.
            #expect(t.text(.force(0), "days_to_arrest_median") == "10")
            #expect(t.text(.force(0), "days_to_arrest_p90") == "5114")
            #expect(t.text(.force(0), "days_to_arrest_max") == "5114")
            // Beta's only arrest is a long wait.
            #expect(t.text(.force(1), "days_to_arrest_median") == "5479")
            // Days to action 2 and 4383: median rank 1 = 2, p90 rank ceil(1.8) = 2 = 4383.
            #expect(t.text(n, "days_to_action_median") == "2")
            #expect(t.text(n, "days_to_action_p90") == "4383")
            #expect(t.text(n, "days_to_action_median", "grade=high") == "4383")
            #expect(t.text(n, "action_breached", "grade=high") == "1")
            #expect(t.text(n, "action_met", "grade=low") == "1")
            // Quarters over 16 years: the first and the last.
            #expect(t.text(n, "referrals", "quarter=2000-Q1") == "4")
            #expect(t.text(n, "referrals", "quarter=2001-Q1") == "1")
            #expect(t.text(n, "referrals", "quarter=2015-Q4") == "0")
        }
    }

    @Test func aCensusDateNinetyYearsOnKeepsTheTallySmall() throws {
        let settings = """
            title: Far census
            period:
              start: 2024-01-01
              end: 2024-06-30
            as_of: 2114-06-30
            """
        let dataset = try Fixture.read(Fixture.dataset(writing: ["report.yml": settings]))
        let tally = MetricsTable.tally(dataset, parallelism: .serial)
        // About 32,900 days to as_of, but each histogram is dense over 4,096 days at most.
        #expect(tally.denseDays == CaseTally.denseDayLimit)
        #expect(tally.histograms.count <= dataset.forces.count * CaseTally.Histogram.allCases.count * CaseTally.denseDayLimit)
        let t = MetricsTable(dataset: dataset, parallelism: .serial)
        #expect(t.text(.national, "referrals") == "4")
        // A2 (low, 2024-02-01) is still without action: overdue.
        #expect(t.text(.national, "action_overdue_open") == "1")
    }

    @Test func manyForcesShortenTheDenseDays() {
        let settings = ReportSettings(
            title: "Many", periodStart: Day(year: 2000, month: 1, day: 1)!,
            periodEnd: Day(year: 2015, month: 12, day: 31)!)
        let tally = CaseTally(settings: settings, forceCount: 1_000)
        #expect(tally.denseDays < CaseTally.denseDayLimit)
        #expect(tally.histograms.count <= max(CaseTally.denseSlotBudget, 1_000 * 7 * CaseTally.denseDayFloor))
    }

    @Test func quarterIndexMatchesTheCalendarOverACentury() {
        for start in [Day(year: 2000, month: 2, day: 29)!, Day(year: 2023, month: 12, day: 31)!, Day(year: 2024, month: 1, day: 1)!] {
            let end = start.adding(36_600)
            let quarters = Quarter.covering(start, end)
            let index = QuarterIndex(periodStart: start, quarters: quarters)
            let wrong = (0...end.days(since: start)).filter { quarters[index.quarter(ofOffset: $0)] != start.adding($0).quarter }
            #expect(wrong.isEmpty)
        }
    }
}
