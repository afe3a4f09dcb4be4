import Foundation
import Testing

@testable import InspectionReport

/// `docs/data-contract.md`, "Audiences": the restricted annex lists cases past their action
/// timescale and cases awaiting a risk assessment past `timescales.assessment`.
@Suite("Restricted annex")
struct RestrictedAnnexTests {
    /// `as_of` is one day after the period, so that cases can still be within the 2-day
    /// assessment timescale.
    static let settings = """
        title: Annex fixture
        period:
          start: 2024-01-01
          end: 2024-06-30
        as_of: 2024-07-01
        """

    /// Days to 2024-07-01, worked by hand: H1 from 1 June 30, L1 from 1 May 61 (30 in May, 30
    /// in June, 1); N5 from 5 June 26, N1 from 10 June 21, N2 from 20 June 11, N3 from 29 June
    /// 2 and N4 from 30 June 1 (both within the 2 days).
    static let rows = [
        "N2,alpha,nca,2024-06-20,,,,,,,,,",
        "L1,alpha,nca,2024-05-01,2024-05-01,low,,,,,,,",
        "N3,alpha,nca,2024-06-29,,,,,,,,,",
        "N1,alpha,nca,2024-06-10,,,,,,,,,",
        "H1,alpha,nca,2024-06-01,2024-06-01,high,,,,,,,",
        "N4,alpha,nca,2024-06-30,,,,,,,,,",
        // Graded after as_of: not assessed on as_of.
        "N5,alpha,nca,2024-06-05,2024-07-05,very_high,,,,,,,",
        "B1,beta,nca,2024-06-01,2024-06-01,high,,,2024-06-02,,,,",
    ]

    static let header =
        """
        case_id,force_id,source,received,risk_assessed,risk_grade,review_grade,child_in_household,action,arrested,partner_referral,pnd_checked,a\
        llocation
        """

    static func data() -> String {
        Fixture.dataset(writing: ["cases.csv": ([header] + rows).joined(separator: "\n") + "\n", "report.yml": settings])
    }

    @Test func unassessedCasesPastTheAssessmentTimescaleFollowTheGradedOnesLongestWaitingFirst() throws {
        let dataset = try Fixture.cases(Self.rows, settings: Self.settings)
        let alpha = OpenOverdueList.byForce(dataset)[0]
        #expect(alpha.map(\.caseID) == ["H1", "L1", "N5", "N1", "N2"])
        #expect(alpha.map(\.daysWaiting) == [30, 61, 26, 21, 11])
        #expect(alpha.map(\.grade) == [.high, .low, nil, nil, nil])
        #expect(OpenOverdueList.byForce(dataset)[1].isEmpty)
    }

    @Test func theScorecardAnnexAndTheCSVShowNotAssessed() throws {
        let site = try RenderingTests.build(Self.data(), audience: .restricted)
        let markdown = RenderingTests.read(site + "/forces/alpha.md")
        let annex = try #require(markdown.range(of: "## Annex").map { String(markdown[$0.lowerBound...]) })
        let rows = annex.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Case ") && !$0.hasPrefix("| ---") }
        #expect(
            rows == [
                "| H1 | High | 2024-06-01 | 30 |",
                "| L1 | Low | 2024-05-01 | 61 |",
                "| N5 | Not assessed | 2024-06-05 | 26 |",
                "| N1 | Not assessed | 2024-06-10 | 21 |",
                "| N2 | Not assessed | 2024-06-20 | 11 |",
            ])
        #expect(!annex.contains("N3") && !annex.contains("N4"))
        let csv = RenderingTests.read(site + "/data/open-overdue-cases.csv")
        #expect(
            csv == """
                force_id,case_id,risk_grade,received,days_since_received
                alpha,H1,high,2024-06-01,30
                alpha,L1,low,2024-05-01,61
                alpha,N5,not_assessed,2024-06-05,26
                alpha,N1,not_assessed,2024-06-10,21
                alpha,N2,not_assessed,2024-06-20,11

                """)
    }

    @Test func theAnnexCountsAreTheForcesMetricsRows() throws {
        let site = try RenderingTests.build(Self.data(), audience: .restricted)
        let metrics = RenderingTests.read(site + "/data/metrics.csv")
        #expect(metrics.contains("force,alpha,action_overdue_open,all,2\n"))
        #expect(metrics.contains("force,alpha,assessment_overdue_open,all,3\n"))
        let markdown = RenderingTests.read(site + "/forces/alpha.md")
        #expect(
            markdown.contains(
                """
                2 graded cases had no enforcement action on 1 July 2024 although their timescale had run out, and 3 cases had waited more than \
                2 days without a risk assessment.
                """
            ))
    }
}
