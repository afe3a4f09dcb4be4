import Foundation
import Testing

@testable import InspectionReport

/// The pieces of the pages added for trends, risk assessment and direction: exact output
/// worked out by hand.
@Suite("Page sections")
struct PageSectionTests {
    @Test(arguments: [(1, "January to March 2025"), (2, "April to June 2025"), (3, "July to September 2025"), (4, "October to December 2025")])
    func quartersInWords(_ number: Int, _ words: String) {
        #expect(Publication.quarterLabel(Quarter(year: 2025, number: number)) == words)
    }

    @Test func quarterAxisLabelsAreShortAndTwoLines() {
        let label = Publication.quarterAxisLabel(Quarter(year: 2024, number: 3))
        #expect(label.months == "Jul to Sep" && label.year == "2024")
    }

    @Test(arguments: [
        (1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"), (13, "13th"), (21, "21st"), (22, "22nd"), (112, "112th"),
    ])
    func ordinals(_ k: Int, _ text: String) {
        #expect(ForcePage.ordinal(k) == text)
    }

    /// Two series ending on the same rate get labels 16 px apart; a hidden quarter breaks the
    /// line (a second `M`) and shows the symbol.
    @Test func lineChartLabelsNeverOverlapAndHiddenValuesLeaveAGap() {
        let chart = SVGChart.lines(
            id: "t", title: "T", description: "D", labels: ["a", "b", "c"],
            series: [
                .init(name: "One", values: [.ratio(1, 2), .suppressed, .ratio(3, 4)], colour: "#1d70b8", marker: .circle, dash: nil),
                .init(name: "Two", values: [.ratio(1, 4), .ratio(1, 2), .ratio(3, 4)], colour: "#4c2c92", marker: .square, dash: "7 4"),
            ],
            xTitle: "X", yTitle: "Y")
        // Plot height 330 - 16 - 76 = 238, so 75% sits at 16 + 238 * 0.25 = 75.5; labels at +4.
        #expect(
            chart.body.contains("y=\"79.5\" text-anchor=\"start\" font-size=\"12\" font-weight=\"bold\" fill=\"#1d70b8\">One 75.0%</text>")
                || chart.body.contains("y=\"79.5\" text-anchor=\"start\" font-size=\"12\" font-weight=\"bold\" fill=\"#4c2c92\">Two 75.0%</text>"))
        #expect(chart.body.contains("y=\"95.5\""))
        let one = chart.body.components(separatedBy: "\n").first { $0.hasPrefix("<path") && $0.contains("#1d70b8") } ?? ""
        #expect(one.components(separatedBy: "M").count - 1 == 2)
        #expect(chart.body.contains(">[c]</text>"))
    }

    /// A series whose last published value is not in the last quarter says which quarter its
    /// label belongs to, on a second line; the next label goes below both lines.
    @Test func aLabelBeforeTheLastQuarterNamesItsQuarter() {
        let chart = SVGChart.lines(
            id: "t", title: "T", description: "D", labels: ["Jan to Mar\n2025", "Apr to Jun\n2025", "Jul to Sep\n2025"],
            series: [
                .init(name: "One", values: [.ratio(3, 4), .ratio(3, 4), .suppressed], colour: "#1d70b8", marker: .circle, dash: nil),
                .init(name: "Two", values: [.ratio(1, 2), .ratio(1, 2), .ratio(3, 4)], colour: "#4c2c92", marker: .square, dash: "7 4"),
            ],
            xTitle: "X", yTitle: "Y")
        // Both at 75%: y 75.5 + 4 = 79.5. One sorts first (stable), its two lines at 79.5 and 95.5; Two below them at 111.5.
        #expect(chart.body.contains("y=\"79.5\" text-anchor=\"start\" font-size=\"12\" font-weight=\"bold\" fill=\"#1d70b8\">One 75.0%</text>"))
        #expect(
            chart.body.contains("y=\"95.5\" text-anchor=\"start\" font-size=\"12\" font-weight=\"bold\" fill=\"#1d70b8\">in Apr to Jun 2025</text>"))
        #expect(chart.body.contains("y=\"111.5\" text-anchor=\"start\" font-size=\"12\" font-weight=\"bold\" fill=\"#4c2c92\">Two 75.0%</text>"))
        #expect(!chart.body.contains("in Jul to Sep"))
    }

    /// Rates compared exactly: 69.3% to 69.0% is down but small (under one percentage point),
    /// 70% to 71% is a whole point (not small), 54.8% to 52.2% is down, 1/3 to 1/3 the same.
    @Test(arguments: [
        (693, 1000, 690, 1000, RateChange.Direction.down, true), (70, 100, 71, 100, .up, false),
        (548, 1000, 522, 1000, .down, false), (1, 3, 2, 6, .same, true), (99, 1000, 1, 100, .down, false),
    ])
    func rateChanges(_ a: Int, _ b: Int, _ c: Int, _ d: Int, _ direction: RateChange.Direction, _ small: Bool) throws {
        let change = try #require(RateChange(from: .ratio(Int128(a), Int128(b)), to: .ratio(Int128(c), Int128(d))))
        #expect(change.direction == direction)
        #expect(change.isSmall == small)
    }

    /// A main point says what the chart's title says: 69.3% to 69.0% is "about the same as".
    @Test(arguments: [
        (693, 1000, 690, 1000, "about the same as"), (548, 1000, 522, 1000, "down from"), (1, 2, 2, 3, "up from"), (1, 2, 2, 4, "the same as"),
    ])
    func clauses(_ a: Int, _ b: Int, _ c: Int, _ d: Int, _ clause: String) throws {
        #expect(try #require(RateChange(from: .ratio(Int128(a), Int128(b)), to: .ratio(Int128(c), Int128(d)))).clause == clause)
    }

    /// Cumbria in the sample: 7 of 15 in its first quarter. A change is described only between
    /// rates that are both over at least 30 cases.
    @Test(arguments: [(7, 15, 40, 60, true), (20, 29, 40, 60, true), (20, 30, 40, 60, false), (20, 60, 10, 29, true), (20, 30, 10, 30, false)])
    func changesOverFewCasesAreNotDescribed(_ a: Int, _ b: Int, _ c: Int, _ d: Int, _ few: Bool) throws {
        let bothOverEnough = RateChange.isOverEnoughCases(.ratio(Int128(a), Int128(b))) && RateChange.isOverEnoughCases(.ratio(Int128(c), Int128(d)))
        #expect(bothOverEnough == !few)
    }

    /// Force X's scorecard (restricted, nothing hidden) over January to September 2024 with, in
    /// each quarter, `due` low-risk cases received on the 10th of its first month, `met` of them
    /// acted on the next day and the rest after 40 days.
    static func scorecard(quarters: [(month: String, due: Int, met: Int)]) throws -> String {
        var rows = [
            """
            case_id,force_id,source,received,risk_assessed,risk_grade,review_grade,child_in_household,action,arrested,partner_referral,pnd_check\
            ed,allocation
            """
        ]
        for (q, quarter) in quarters.enumerated() {
            let received = "2024-\(quarter.month)-10"
            let late = DayParser.parse(received)!.adding(40)
            for i in 0..<quarter.due {
                let action = i < quarter.met ? DayParser.parse(received)!.adding(1).description : late.description
                rows.append("Q\(q)C\(i),x,nca,\(received),\(received),low,,,\(action),,,,")
            }
        }
        let settings = "title: T\nperiod:\n  start: 2024-01-01\n  end: 2024-09-30\n"
        let data = Fixture.dataset(writing: [
            "report.yml": settings, "forces.csv": "force_id,name,region,child_population\nx,X Police,North,1000\n",
            "cases.csv": rows.joined(separator: "\n") + "\n",
            "progress.csv": "force_id,recommendation_id,status,updated,evidence\n",
        ])
        return RenderingTests.read(try RenderingTests.build(data, audience: .restricted) + "/forces/x.md")
    }

    /// The first quarter holds 10 cases due (all met), the second 30 (15 met) and the third 30
    /// (all met): the main point and the chart's title compare the second and third quarters,
    /// 50.0% and 100.0%, not 100.0% over 10 cases.
    @Test func theComparisonLeavesOutAQuarterOfFewCases() throws {
        let page = try Self.scorecard(quarters: [("01", 10, 10), ("04", 30, 15), ("07", 30, 30)])
        #expect(page.contains("**100.0%** of those received in July to September 2024, up from **50.0%** in April to June 2024."))
        #expect(page.contains("Acting in time rose from 50.0% in April to June 2024 to 100.0% in July to September 2024, X Police"))
    }

    /// 30 of 60 (50.0%) and then 101 of 200 (50.5%): half a point apart, "about the same" in the
    /// title and in the main point.
    @Test func halfAPointIsAboutTheSame() throws {
        let page = try Self.scorecard(quarters: [("01", 60, 30), ("04", 0, 0), ("07", 200, 101)])
        #expect(page.contains("**50.5%** of those received in July to September 2024, about the same as **50.0%** in January to March 2024."))
        #expect(page.contains("Acting in time was about the same: 50.0% in January to March 2024, 50.5% in July to September 2024, X Police"))
    }

    @Test func aHiddenRateHasNoChange() {
        #expect(RateChange(from: .suppressed, to: .ratio(1, 2)) == nil)
        #expect(RateChange(from: .ratio(1, 2), to: nil) == nil)
        #expect(RateChange(from: .ratio(1, 0), to: .ratio(1, 2)) == nil)
    }

    /// The compliance chart's title names the lowest grade only when every grade's rate is
    /// published: Dyfed-Powys in the sample had very high hidden (8 of 18, lower than medium's
    /// 64.1%) and was titled "Medium-risk cases were the least often acted on".
    @Test func theLowestGradeIsNamedOnlyWhenNoGradeIsHidden() throws {
        #expect(Publication.leastOftenActedOn([.suppressed, .ratio(9, 10), .ratio(641, 1000), .ratio(8, 10)]) == nil)
        let named = try #require(Publication.leastOftenActedOn([.ratio(4, 9), .ratio(9, 10), .ratio(641, 1000), .ratio(8, 10)]))
        #expect(named.grades == "Very high-risk" && named.rate == .ratio(4, 9))
        // No case due in a grade (no rate) leaves the others to compare.
        let absent = try #require(Publication.leastOftenActedOn([nil, .ratio(9, 10), .ratio(1, 2), .ratio(8, 10)]))
        #expect(absent.grades == "Medium-risk")
        #expect(Publication.leastOftenActedOn([nil, nil, .ratio(1, 2), nil]) == nil)
    }

    /// Lincolnshire in the sample: very high 20/27 and medium 180/243 are the same rate.
    @Test func gradesTiedAtTheLowestRateAreNamedTogether() throws {
        let tied = try #require(Publication.leastOftenActedOn([.ratio(20, 27), .ratio(9, 10), .ratio(180, 243), .ratio(8, 10)]))
        #expect(tied.grades == "Very high- and medium-risk")
        let three = try #require(Publication.leastOftenActedOn([.ratio(1, 2), .ratio(2, 4), .ratio(3, 6), .ratio(8, 10)]))
        #expect(three.grades == "Very high-, high- and medium-risk")
    }

    /// Both series hidden in a quarter: one black symbol there, not two in colour on top of each other.
    @Test func aQuarterHiddenInEverySeriesHasOneSymbol() {
        let chart = SVGChart.lines(
            id: "t", title: "T", description: "D", labels: ["a", "b"],
            series: [
                .init(name: "One", values: [.suppressed, .ratio(1, 2)], colour: "#1d70b8", marker: .circle, dash: nil),
                .init(name: "Two", values: [.suppressed, .suppressed], colour: "#4c2c92", marker: .square, dash: "7 4"),
            ],
            xTitle: "X", yTitle: "Y")
        let symbols = chart.body.components(separatedBy: "\n").filter { $0.hasSuffix(">[c]</text>") }
        #expect(symbols.count == 2)
        #expect(symbols.filter { $0.contains("fill=\"#0b0c0c\"") }.count == 1)
        #expect(symbols.filter { $0.contains("fill=\"#4c2c92\"") }.count == 1)
    }

    /// The compliance chart draws its threshold lines before the figures, whose white outline
    /// then keeps a line from striking a figure through.
    @Test func thresholdLinesAreDrawnUnderTheFigures() {
        let chart = SVGChart.rates(
            id: "t", title: "T", description: "D", labels: ["A"], values: [.ratio(693, 1000)], green: 0.9, amber: 0.75, xTitle: "X")
        let line = try! #require(chart.body.range(of: "stroke-dasharray=\"6 3\""))
        let figure = try! #require(chart.body.range(of: ">69.3%</text>"))
        #expect(line.lowerBound < figure.lowerBound)
    }

    @Test(arguments: [
        ("forces/kent.html", "../national.md", "../index.html"),
        ("forces/kent.html", "../national.md#methodology", "../index.html#methodology"),
        ("forces/kent.html", "surrey.md", "surrey.html"),
        ("forces/kent.html", "../data-dictionary.md", "../data-dictionary.html"),
        ("index.html", "forces/kent.md", "forces/kent.html"),
        ("index.html", "data-dictionary.md", "data-dictionary.html"),
    ])
    func linksToAPagesMarkdownPointAtItsHTML(_ page: String, _ target: String, _ expected: String) {
        let links = PageLinks(forceIDs: ["kent", "surrey"])
        #expect(links.htmlEdition("<p><a href=\"\(target)\">x</a></p>", pagePath: page) == "<p><a href=\"\(expected)\">x</a></p>")
    }

    @Test(arguments: ["../data/metrics.csv", "https://example.org/national.md", "../../national.md", "unknown.md", "/national.md", "#national.md"])
    func otherLinksAreLeftAlone(_ target: String) {
        let links = PageLinks(forceIDs: ["kent"])
        let html = "<a href=\"\(target)\">x</a> and href=\"ok\""
        #expect(links.htmlEdition(html, pagePath: "forces/kent.html") == html)
    }

    /// A force with an open very high-risk case past its day, a referral never assessed and an
    /// open medium-risk case past its 14 days: the very high case comes first, then the
    /// assessment, then the medium case.
    @Test func actionsAreRankedByRisk() throws {
        let forces = "force_id,name,region,child_population\nx,X Police,North,1000\ny,Y Police,North,1000\n"
        let cases = """
            case_id,force_id,source,received,risk_assessed,risk_grade,review_grade,child_in_household,\
            action,arrested,partner_referral,pnd_checked,allocation
            M1,x,nca,2024-05-01,2024-05-01,medium,,,,,,,
            U1,x,nca,2024-05-01,,,,,,,,,
            V1,x,nca,2024-05-01,2024-05-01,very_high,,,,,,,
            Y1,y,nca,2024-05-01,2024-05-01,low,,,2024-05-02,,,,

            """
        let data = Fixture.dataset(writing: [
            "forces.csv": forces, "cases.csv": cases, "progress.csv": "force_id,recommendation_id,status,updated,evidence\n",
        ])
        let site = try RenderingTests.build(data, audience: .restricted)
        let page = RenderingTests.read(site + "/forces/x.md")
        let list = page.components(separatedBy: "### What to act on now")[1].components(separatedBy: "\n").filter { $0.hasPrefix("1. ") }
        #expect(
            Array(list.prefix(3)) == [
                "1. Act on the **1** open very high-risk cases that are past their timescale of 1 day.",
                "1. Risk-assess the **1** referrals that have waited longer than 2 days for an assessment.",
                "1. Act on the **1** open medium-risk cases that are past their timescale of 14 days.",
            ])
        // Y acted on its one case within the timescale: no case is waiting (only its overdue
        // recommendations are left to act on).
        let y = RenderingTests.read(site + "/forces/y.md")
        #expect(!y.contains("1. Act on") && !y.contains("1. Risk-assess") && y.contains("1. Complete the overdue recommendations: No. 1"))
        // X and Y are the North's two forces: X's compliance (0 of 2) is the lower.
        #expect(page.contains("- Acting within the timescale: the lowest of the 2 forces in the North region."))
    }
}
