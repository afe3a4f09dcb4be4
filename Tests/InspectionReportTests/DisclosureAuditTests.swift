import Testing

@testable import InspectionReport

@Suite("Disclosure audit (linked tables, LP)")
struct DisclosureAuditTests {
    /// A table built cell by cell: each cell's true value, and whether it is published.
    struct Table {
        var cells: [(key: AuditKey, truth: Int, shown: Bool)] = []

        mutating func add(_ area: AuditArea, _ metric: Metric, _ breakdown: Breakdown, _ truth: Int, hidden: Bool = false) {
            cells.append((AuditKey(area, metric, breakdown), truth, !hidden))
        }

        mutating func add(_ area: AuditArea, _ metric: Metric, _ truth: Int, hidden: Bool = false) {
            add(area, metric, .all, truth, hidden: hidden)
        }

        var published: PublishedCounts {
            PublishedCounts(
                cells: cells.enumerated().map { .init(key: $0.element.key, line: $0.offset + 2, value: $0.element.shown ? $0.element.truth : nil) })
        }

        var restricted: PublishedCounts {
            PublishedCounts(cells: cells.enumerated().map { .init(key: $0.element.key, line: $0.offset + 2, value: $0.element.truth) })
        }

        func audit(regions: [String: String]?, withTruth: Bool = true, decompose: Bool = true) -> DisclosureAudit.Report {
            var audit = DisclosureAudit(published: published, restricted: withTruth ? restricted : nil, regionOfForce: regions, threshold: 5)
            audit.decompose = decompose
            return audit.run()
        }
    }

    func summary(_ report: DisclosureAudit.Report) -> [String] {
        report.exposures.map { $0.message(file: "metrics.csv") }
    }

    /// Region R = forces a + b; R (10) and a (7) are published, b (3) is not: b = 10 − 7.
    @Test func aForceHiddenBesideItsRegionIsExposedExactly() {
        var t = Table()
        t.add(.national, .referrals, 10)
        t.add(.region("R"), .referrals, 10)
        t.add(.force("a"), .referrals, 7)
        t.add(.force("b"), .referrals, 3, hidden: true)
        let report = t.audit(regions: ["a": "R", "b": "R"])
        #expect(summary(report) == ["metrics.csv:5: exposed: force b referrals all: reader public: between 3 and 3"])
        #expect(!report.passes)
        // Without the true figures the same count is possibly exposed.
        let blind = t.audit(regions: ["a": "R", "b": "R"], withTruth: false)
        #expect(summary(blind) == ["metrics.csv:5: exposed: force b referrals all: reader public: between 3 and 3"])
        // Without the regions, the nation is the sum of its forces: the same answer.
        #expect(summary(t.audit(regions: nil)) == summary(report))
    }

    /// 16 matrix cells of which one diagonal cell (2) is hidden alone: `grading_agreed` is the
    /// sum of the diagonal, so the cell is agreed − the other three diagonal cells.
    @Test func aMatrixCellHiddenAloneIsExposedThroughTheDiagonal() {
        var t = Table()
        var on = 0, below = 0, above = 0
        for assigned in RiskGrade.descending {
            for review in RiskGrade.descending {
                let n = assigned == .high && review == .high ? 2 : 6
                if assigned == review { on += n } else if assigned < review { below += n } else { above += n }
                t.add(.national, .gradingMatrix, .matrix(assigned: assigned, review: review), n, hidden: n == 2)
            }
        }
        t.add(.national, .gradingAgreed, on)
        t.add(.national, .gradingUnder, below)
        t.add(.national, .gradingOver, above)
        let report = t.audit(regions: nil)
        #expect(report.exposures.count == 1)
        #expect(report.exposures.first?.key.breakdown == .matrix(assigned: .high, review: .high))
        #expect(report.exposures.first?.lower == 2 && report.exposures.first?.upper == 2)
    }

    /// Forces a and b of region R, referrals from two sources: the four cells a/b × nca/public
    /// (2, 8 / 8, 2) are hidden, every total published. Each cell runs from 0 to 10.
    func twoByTwo(_ t: inout Table, region: String = "R", forces: (String, String) = ("a", "b")) {
        let (a, b) = forces
        let others: [ReferralSource] = [.partner, .otherForce, .other]
        t.add(.region(region), .referrals, 20 + 3 * 10)
        t.add(.region(region), .referrals, .source(.nca), 10)
        t.add(.region(region), .referrals, .source(.public), 10)
        for s in others { t.add(.region(region), .referrals, .source(s), 10) }
        for (force, nca) in [(a, 2), (b, 8)] {
            t.add(.force(force), .referrals, 10 + 3 * 5)
            t.add(.force(force), .referrals, .source(.nca), nca, hidden: true)
            t.add(.force(force), .referrals, .source(.public), 10 - nca, hidden: true)
            for s in others { t.add(.force(force), .referrals, .source(s), 5) }
        }
    }

    @Test func fourCellsOfATwoByTwoTableAreSafeFromThePublic() {
        var t = Table()
        twoByTwo(&t)
        let report = t.audit(regions: ["a": "R", "b": "R"])
        #expect(!report.exposures.contains { $0.reader == .public })
        #expect(report.components >= 1)
    }

    /// The same table read by force a, who knows its own 2 and 8: b's cells follow (8 and 2),
    /// and b's 2 is sensitive. Force b learns a's 2 the same way.
    @Test func aForceReaderRecoversItsNeighboursCells() {
        var t = Table()
        twoByTwo(&t)
        let report = t.audit(regions: ["a": "R", "b": "R"])
        #expect(
            summary(report) == [
                "metrics.csv:16: exposed: force b referrals source=public: reader force a: between 2 and 2",
                "metrics.csv:9: exposed: force a referrals source=nca: reader force b: between 2 and 2",
            ])
    }

    /// Two regions, each with its own pattern: one group per region, and solving everything
    /// as one program gives the same bounds.
    @Test func solvingGroupsApartGivesTheSameAnswers() {
        var t = Table()
        t.add(.national, .referrals, 59)
        for (s, n) in zip(ReferralSource.allCases, [14, 10, 15, 10, 10]) { t.add(.national, .referrals, .source(s), n) }
        twoByTwo(&t, region: "R", forces: ("a", "b"))
        // S = c + d; d (3) is hidden beside S (9) and c (6), and c's nca (1) beside c's other sources.
        t.add(.region("S"), .referrals, 9)
        for (s, n) in zip(ReferralSource.allCases, [4, 0, 5, 0, 0]) { t.add(.region("S"), .referrals, .source(s), n) }
        t.add(.force("c"), .referrals, 6)
        for (s, n) in zip(ReferralSource.allCases, [1, 0, 5, 0, 0]) { t.add(.force("c"), .referrals, .source(s), n, hidden: n == 1) }
        t.add(.force("d"), .referrals, 3, hidden: true)
        for (s, n) in zip(ReferralSource.allCases, [3, 0, 0, 0, 0]) { t.add(.force("d"), .referrals, .source(s), n, hidden: n == 3) }
        let regions = ["a": "R", "b": "R", "c": "S", "d": "S"]
        let apart = t.audit(regions: regions)
        let together = t.audit(regions: regions, decompose: false)
        #expect(summary(apart) == summary(together))
        let line = t.cells.firstIndex { $0.key == AuditKey(.force("c"), .referrals, .source(.nca)) }! + 2
        #expect(summary(apart).contains("metrics.csv:\(line): exposed: force c referrals source=nca: reader public: between 1 and 1"))
        #expect(apart.components >= 3)
    }

    @Test func aPublishedSensitiveCountIsExposed() {
        var t = Table()
        t.add(.national, .arrests, 3)
        #expect(summary(t.audit(regions: nil)) == ["metrics.csv:2: exposed: national all arrests all: reader public: between 3 and 3"])
    }

    @Test func parsingNamesTheFileAndLineOfAnUnknownMetric() throws {
        let text = "area_type,area,metric,breakdown,value\nnational,all,referrals,all,12\nnational,all,referals,all,3\n"
        #expect(throws: PublishedCounts.ParseError(file: "m.csv", line: 3, message: "unknown metric `referals`")) {
            try PublishedCounts.parse(text, file: "m.csv")
        }
        let good =
            "OFFICIAL-SENSITIVE\narea_type,area,metric,breakdown,value\nregion,\"A, "
            + "B\",grading_matrix,assigned=low;review=high,[c]\nforce,x,referrals,quarter=2024-Q3,4\n"
            + "force,x,referrals_per_10k_children,all,1.500000\n"
        let counts = try PublishedCounts.parse(good, file: "m.csv")
        #expect(
            counts.cells.map(\.key) == [
                AuditKey(.region("A, B"), .gradingMatrix, .matrix(assigned: .low, review: .high)),
                AuditKey(.force("x"), .referrals, .quarter(Quarter(year: 2024, number: 3))),
            ])
        #expect(counts.cells.map(\.value) == [nil, 4])
        #expect(counts.cells.map(\.line) == [3, 4])
    }
}
