import Testing

@testable import InspectionReport

@Suite("Disclosure control")
struct DisclosureTests {
    func count(_ metric: Metric, _ breakdown: Breakdown, _ n: Int) -> MetricRow {
        MetricRow(key: MetricKey(.national, metric, breakdown), areaName: "all", value: .count(n), control: .count)
    }

    func derived(_ metric: Metric, _ breakdown: Breakdown, _ value: MetricValue, cases: Int?, inputs: [MetricKey]) -> MetricRow {
        MetricRow(key: MetricKey(.national, metric, breakdown), areaName: "all", value: value, control: .derived(cases: cases, inputs: inputs))
    }

    func shown(_ rows: [MetricRow]) -> [String] {
        DisclosureControl(threshold: 5).apply(to: rows).map(\.value.csvText)
    }

    @Test func primaryCountsAndZeros() {
        let rows = [count(.referrals, .all, 4), count(.arrests, .all, 0), count(.reviewed, .all, 5)]
        #expect(shown(rows) == ["[c]", "0", "5"])
    }

    /// Secondary suppression is worked out on linked tables in `LinkedSuppressionTests`; here
    /// only its start: a count tied to nothing published needs no complement.
    @Test func aSensitiveCountTiedToNothingPublishedNeedsNoComplement() {
        // Sources without their total: no identity holds every one of them.
        let rows = zip(ReferralSource.allCases, [12, 3, 0, 7, 20]).map { count(.referrals, .source($0.0), $0.1) }
        #expect(shown(rows) == ["12", "[c]", "0", "7", "20"])
    }

    /// With the total published, the sources are tied to it: the cheapest complement is the
    /// smallest count that can move by the whole distance both ways (7, not 0 or 12).
    @Test func aSensitiveSourceHidesTheSmallestSourceThatCanBalanceIt() {
        let rows =
            [count(.referrals, .all, 42)]
            + zip(ReferralSource.allCases, [12, 3, 0, 7, 20]).map {
                count(.referrals, .source($0.0), $0.1)
            }
        #expect(shown(rows) == ["42", "12", "[c]", "0", "[c]", "20"])
        #expect(DisclosureControl(threshold: 5).disclose(rows).summary.sensitive == 1)
        #expect(DisclosureControl(threshold: 5).disclose(rows).summary.protective == 1)
    }

    @Test func derivedFiguresHiddenByTheirCasesOrAnyInputCount() {
        let metHigh = MetricKey(.national, .actionMet, .grade(.high)), metLow = MetricKey(.national, .actionMet, .grade(.low))
        let rows = [
            count(.actionMet, .grade(.high), 12), count(.actionMet, .grade(.low), 3),
            derived(.actionCompliance, .grade(.high), .ratio(12, 20), cases: 20, inputs: [metHigh]),
            derived(.actionCompliance, .grade(.low), .ratio(3, 40), cases: 40, inputs: [metLow]),
            derived(.daysToArrestMax, .all, .days(400), cases: 4, inputs: []),
            derived(.referralsPer10kChildren, .all, .ratio(30_000, 7), cases: nil, inputs: []),
            MetricRow(key: MetricKey(.national, .recommendations, .status(.complete)), areaName: "all", value: .count(1), control: .never),
        ]
        // 3 is hidden; no identity ties it to 12 here (their total is not in the table), so 12
        // stays and so does its rate; the low-grade rate goes with its input; the maximum
        // over 4 arrests goes; a rate per population with nothing hidden stays; a
        // recommendation count of 1 stays.
        #expect(shown(rows) == ["12", "[c]", "0.600000", "[c]", "[c]", "4285.714286", "1"])
    }

    @Test func ratePerPopulationOverNoReferralsIsHidden() throws {
        // Beta has a child population of 10,000 and no case: 0 referrals is shown, but the rate
        // per 10,000 children is computed over 0 cases, below the threshold (`docs/methodology.md`, "Disclosure control").
        let dataset = try Fixture.cases(["N1,alpha,nca,2024-01-02,,,,,,,,,"])
        let table = MetricsTable(dataset: dataset, parallelism: .serial).disclosed(threshold: 5)
        #expect(table.text(.force(1), "referrals") == "0")
        #expect(table.text(.force(1), "referrals_per_10k_children") == "[c]")
    }

    @Test func specialistRateBySourceFollowsTheAllocationCountsAndItsReferrals() {
        // 7 nca referrals, 6 of them specialist and 1 non-specialist: the allocation counts 1 and 2
        // are hidden, so the nca rate goes too, though its own referrals (7) and cases (7) are shown.
        let allocation = [
            count(.allocation, .allocation(.specialist), 6), count(.allocation, .allocation(.nonSpecialist), 1),
            count(.allocation, .allocation(.unknown), 2),
        ]
        let inputs = [
            MetricKey(.national, .allocation, .allocation(.specialist)), MetricKey(.national, .allocation, .allocation(.nonSpecialist)),
            MetricKey(.national, .referrals, .source(.nca)),
        ]
        let rows =
            [count(.referrals, .source(.nca), 7)] + allocation
            + [derived(.specialistRate, .source(.nca), .ratio(6, 7), cases: 7, inputs: inputs)]
        #expect(shown(rows) == ["7", "6", "[c]", "[c]", "[c]"])
    }

    @Test func publicMetricsFileMatchesTheRules() throws {
        let dataset = try Fixture.read(Fixture.dataset())
        let table = MetricsTable(dataset: dataset, parallelism: .serial).disclosed(threshold: 5)
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
        let computed = MetricsTable(dataset: dataset, parallelism: .serial)
        #expect(computed.disclosed(threshold: 1).rows == computed.rows)
    }
}
