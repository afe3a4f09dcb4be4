import Testing
@testable import InspectionReport

@Suite("Disclosure control")
struct DisclosureTests {
    func count(_ metric: String, _ breakdown: String, _ n: Int, set: String?) -> MetricRow {
        MetricRow(area: .national, areaName: "all", metric: metric, breakdown: breakdown, value: .count(n), control: .count(set: set))
    }

    func shown(_ rows: [MetricRow]) -> [String] {
        DisclosureControl(threshold: 5).apply(to: rows).map(\.value.csvText)
    }

    @Test func primaryCountsAndZeros() {
        let rows = [count("referrals", "all", 4, set: nil), count("arrests", "all", 0, set: nil), count("reviewed", "all", 5, set: nil)]
        #expect(shown(rows) == ["[c]", "0", "5"])
    }

    @Test func secondaryPicksTheSmallestOtherNonZeroCount() {
        // Sources 12, 3, 0, 7, 20: 3 is hidden; the smallest other non-zero is 7.
        let rows = [count("referrals", "all", 42, set: nil)] + zip(["nca", "public", "partner", "other_force", "other"], [12, 3, 0, 7, 20]).map {
            count("referrals", "source=\($0.0)", $0.1, set: "referrals/source")
        }
        #expect(shown(rows) == ["42", "12", "[c]", "0", "[c]", "20"])
    }

    @Test func secondaryTieTakesTheFirstInOrder() {
        let rows = [10, 2, 10, 10].enumerated().map { count("assessed", "grade=\($0.offset)", $0.element, set: "assessed/grade") }
        #expect(shown(rows) == ["[c]", "[c]", "10", "10"])
    }

    @Test func twoHiddenNeedNoSecondaryAndSetsAreSeparate() {
        let rows = [count("pnd_checked", "value=yes", 3, set: "pnd"), count("pnd_checked", "value=no", 2, set: "pnd"),
                    count("pnd_checked", "value=unknown", 9, set: "pnd"),
                    count("allocation", "value=specialist", 1, set: "alloc"), count("allocation", "value=non_specialist", 0, set: "alloc"),
                    count("allocation", "value=unknown", 0, set: "alloc")]
        // The allocation set has one hidden count and no other non-zero count to hide.
        #expect(shown(rows) == ["[c]", "[c]", "9", "[c]", "0", "0"])
    }

    @Test func ratesHiddenByDenominatorOrNumerator() {
        var rows = [count("action_met", "grade=high", 12, set: "met"), count("action_met", "grade=low", 3, set: "met")]
        rows.append(MetricRow(area: .national, areaName: "all", metric: "action_compliance", breakdown: "grade=high",
                              value: .ratio(12, 20), control: .ratio(denominator: 20, numerator: 0)))
        rows.append(MetricRow(area: .national, areaName: "all", metric: "action_compliance", breakdown: "grade=low",
                              value: .ratio(3, 4), control: .ratio(denominator: 4, numerator: 1)))
        rows.append(MetricRow(area: .national, areaName: "all", metric: "days_to_arrest_max", breakdown: "all",
                              value: .days(400), control: .ratio(denominator: 4, numerator: nil)))
        rows.append(MetricRow(area: .national, areaName: "all", metric: "recommendations", breakdown: "status=complete",
                              value: .count(1), control: .never))
        // 3 is hidden; 12 is hidden as its secondary; so both compliance rates go (one by its
        // numerator, one by its denominator of 4); the maximum over 4 arrests goes; a
        // recommendation count of 1 stays.
        #expect(shown(rows) == ["[c]", "[c]", "[c]", "[c]", "[c]", "1"])
    }

    @Test func publicMetricsFileMatchesTheRules() throws {
        let dataset = try Fixture.read(Fixture.dataset())
        let table = MetricsTable(dataset: dataset, parallel: false).disclosed(threshold: 5)
        let n = Area.national
        #expect(table.text(n, "referrals") == "[c]")
        #expect(table.text(.region("North"), "referrals_per_10k_children") == "[c]")
        #expect(table.text(n, "referrals", "source=other") == "0")
        #expect(table.text(n, "grading_accuracy") == "[c]")
        #expect(table.text(n, "recommendations", "status=complete") == "1")
        #expect(table.text(.force(0), "recommendation_status", "id=1") == "complete")
        let csv = String(decoding: DataFiles.metrics(table), as: UTF8.self)
        #expect(!csv.contains("A1") && !csv.contains("G1"))
    }

    @Test func thresholdZeroOrOneHidesNothing() throws {
        let dataset = try Fixture.read(Fixture.dataset())
        let computed = MetricsTable(dataset: dataset, parallel: false)
        #expect(computed.disclosed(threshold: 1).rows == computed.rows)
    }
}
