import Testing

@testable import InspectionReport

/// Figures worked out by hand from the fixtures (see the comments for the arithmetic).
@Suite("Metrics")
struct MetricsTests {
    let alpha = Area.force(0), beta = Area.force(1), gamma = Area.force(2)

    @Test func baseFixtureByHand() throws {
        let t = MetricsTable(dataset: try Fixture.read(Fixture.dataset()), parallelism: .serial)
        let n = Area.national
        #expect(t.areas == [.national, .region("North"), .region("South"), .force(0), .force(1), .force(2)])
        // Volumes: A1 nca, A2 public, B1 partner, G1 nca; three in 2024-Q1, one (30 June) in Q2.
        #expect(t.text(n, "referrals") == "4")
        #expect(["nca", "public", "partner", "other_force", "other"].map { t.text(n, "referrals", "source=\($0)") } == ["2", "1", "1", "0", "0"])
        #expect(t.text(n, "referrals", "quarter=2024-Q1") == "3")
        #expect(t.text(n, "referrals", "quarter=2024-Q2") == "1")
        // Rates per 10,000 children: North = 3 * 10000 / 30000; gamma has no population, so South and the nation have none.
        #expect(t.text(.region("North"), "referrals_per_10k_children") == "1.000000")
        #expect(t.text(alpha, "referrals_per_10k_children") == "1.000000")
        #expect(t.text(.region("South"), "referrals_per_10k_children") == nil)
        #expect(t.text(n, "referrals_per_10k_children") == nil)
        // Assessment: days 1, 0, 1 -> sorted 0, 1, 1: median rank 2 = 1, p90 rank 3 = 1.
        #expect(t.text(n, "assessed") == "3")
        #expect(RiskGrade.descending.map { t.text(n, "assessed", "grade=\($0.csvName)") } == ["1", "1", "0", "1"])
        #expect(t.text(n, "unassessed") == "1")
        #expect(t.text(n, "days_to_assessment_median") == "1")
        #expect(t.text(n, "days_to_assessment_p90") == "1")
        // Grading: A1 high/high, B1 very_high/very_high agree; A2 low under medium.
        #expect(t.text(n, "reviewed") == "3")
        #expect(t.text(n, "grading_agreed") == "2")
        #expect(t.text(n, "grading_under") == "1")
        #expect(t.text(n, "grading_over") == "0")
        #expect(t.text(n, "grading_accuracy") == "0.666667")
        #expect(t.text(n, "grading_matrix", "assigned=low;review=medium") == "1")
        #expect(t.text(n, "grading_matrix", "assigned=medium;review=low") == "0")
        // Kappa: A = 3 + 3 + 2 = 8, B = 16, N = 3: (24 - 16) / (27 - 16) = 8/11.
        #expect(t.text(n, "grading_kappa") == "0.727273")
        #expect(t.text(n, "low_grade_child_in_household") == "1")
        // Timeliness: A1 high in 5 days (met), B1 very high in 1 day (met, exactly the limit),
        // A2 low with no action and 181 days to as_of (breached, overdue).
        #expect(t.text(n, "action_due") == "3")
        #expect(t.text(n, "action_met") == "2")
        #expect(t.text(n, "action_breached", "grade=low") == "1")
        #expect(t.text(n, "action_overdue_open") == "1")
        #expect(t.text(n, "action_pending") == "0")
        #expect(t.text(n, "action_compliance") == "0.666667")
        #expect(t.text(n, "action_compliance", "grade=very_high") == "1.000000")
        #expect(t.text(n, "action_compliance", "grade=low") == "0.000000")
        #expect(t.text(n, "action_compliance", "grade=medium") == nil)
        #expect(t.text(n, "days_to_action_median") == "1")
        #expect(t.text(n, "days_to_action_p90") == "5")
        #expect(t.text(n, "days_to_action_median", "grade=high") == "5")
        // Arrest: A1 10 January to 10 February = 31 days.
        #expect(t.text(n, "arrests") == "1")
        #expect(t.text(n, "days_to_arrest_max") == "31")
        // Safeguarding: two children in household, one shared (A1, 2 days).
        #expect(t.text(n, "child_in_household") == "2")
        #expect(t.text(n, "partner_referred") == "1")
        #expect(t.text(n, "partner_referral_rate") == "0.500000")
        #expect(t.text(n, "days_to_partner_referral_median") == "2")
        #expect(["yes", "no", "unknown"].map { t.text(n, "pnd_checked", "value=\($0)") } == ["1", "1", "2"])
        #expect(t.text(n, "pnd_checked_rate") == "0.500000")
        #expect(["specialist", "non_specialist", "unknown"].map { t.text(n, "allocation", "value=\($0)") } == ["2", "1", "1"])
        #expect(t.text(n, "specialist_rate") == "0.666667")
        #expect(t.text(n, "specialist_rate", "source=nca") == "1.000000")
        #expect(t.text(n, "specialist_rate", "source=public") == "0.000000")
        #expect(t.text(n, "specialist_rate", "source=other") == nil)
        // Recommendations: alpha completed 1 (rows 1 Feb and 1 May); beta's 15 August row is after
        // as_of, so beta has not started 1; beta awaits review on 2. Six pairs, one complete; rec 1
        // (deadline 31 March) is overdue for beta and gamma.
        #expect(t.text(alpha, "recommendation_status", "id=1") == "complete")
        #expect(t.text(alpha, "recommendation_status", "id=2") == "not_started")
        #expect(t.text(beta, "recommendation_status", "id=1") == "not_started")
        #expect(t.text(beta, "recommendation_status", "id=2") == "awaiting_review")
        #expect(t.text(n, "recommendation_status", "id=1") == nil)
        #expect(t.text(n, "recommendation_status", "id=3") == nil)
        #expect(
            ["not_started", "being_progressed", "awaiting_review", "complete"].map { t.text(n, "recommendations", "status=\($0)") } == [
                "4", "0", "1", "1",
            ])
        #expect(t.text(n, "recommendations_complete_rate") == "0.166667")
        #expect(t.text(n, "recommendations_overdue") == "2")
        #expect(t.text(.region("North"), "recommendations_overdue") == "1")
    }

    static let settings = "title: T\nperiod:\n  start: 2024-01-01\n  end: 2024-03-31\nas_of: 2024-04-10\n"

    @Test func boundaryDaysPendingAndOverdue() throws {
        // as_of = period end = 10 April. Limits: very high 1, high 7, medium 14, low 30.
        let t = MetricsTable(
            dataset: try Fixture.cases(
                [
                    "V1,alpha,nca,2024-03-01,,very_high,,,2024-03-02,,,,",  // 1 day: met (exactly the limit)
                    "V2,alpha,nca,2024-03-01,,very_high,,,2024-03-03,,,,",  // 2 days: breached
                    "H1,alpha,nca,2024-04-03,,high,,,,,,,",  // 7 days to as_of, no action: pending
                    "H2,alpha,nca,2024-03-31,,high,,,,,,,",  // 10 days: overdue open
                    "L1,alpha,nca,2024-03-11,,low,,,,,,,",  // 30 days: pending
                    "L2,alpha,nca,2024-03-10,,low,,,,,,,",  // 31 days: overdue open
                    "M1,alpha,nca,2024-03-20,,medium,,,2024-04-20,,,,",  // action after as_of: missing, 21 days: overdue
                    "U1,alpha,nca,2024-03-20,,,,,2024-03-21,,,,",  // ungraded: no timeliness class
                ], settings: "title: T\nperiod:\n  start: 2024-01-01\n  end: 2024-04-10\n"), parallelism: .serial)
        let n = Area.national
        #expect(t.text(n, "action_met", "grade=very_high") == "1")
        #expect(t.text(n, "action_breached", "grade=very_high") == "1")
        #expect(t.text(n, "action_pending", "grade=high") == "1")
        #expect(t.text(n, "action_overdue_open", "grade=high") == "1")
        #expect(t.text(n, "action_pending", "grade=low") == "1")
        #expect(t.text(n, "action_overdue_open", "grade=low") == "1")
        #expect(t.text(n, "action_overdue_open", "grade=medium") == "1")
        #expect(t.text(n, "action_due") == "5")  // 2 very high + H2 + L2 + M1; pending cases are not due
        #expect(t.text(n, "action_breached") == "4")
        #expect(t.text(n, "action_pending") == "2")
        #expect(t.text(n, "action_compliance") == "0.200000")
        #expect(t.text(n, "days_to_action_median", "grade=medium") == nil)
        #expect(t.text(n, "unassessed") == "1")
    }

    @Test func assessmentTimelinessAndQuarterBreakdowns() throws {
        // Period 1 January to 30 June 2024 (quarters 2024-Q1 and Q2), as_of 1 July; assessment
        // within 2 days. Timescales: very high 1, high 7, medium 14, low 30.
        let t = MetricsTable(
            dataset: try Fixture.cases(
                [
                    "A1,alpha,nca,2024-01-10,2024-01-12,high,high,,2024-01-15,,,,",  // assessed in 2: met; acted in 5: met; agreed
                    "A2,alpha,nca,2024-02-10,2024-02-13,low,medium,,,,,,",  // assessed in 3: breached; 142 days open: overdue; under
                    "A3,alpha,nca,2024-05-01,,medium,medium,,2024-05-10,,,,",  // graded, no date: undated; acted in 9: met; agreed
                    "A4,alpha,nca,2024-06-29,,,,,,,,,",  // ungraded, 2 days to as_of: pending
                    "A5,alpha,nca,2024-06-20,2024-07-05,high,high,,,,,,",  // assessed after as_of: unassessed, 11 days: overdue
                    "A6,alpha,nca,2024-04-02,2024-04-02,very_high,high,,2024-04-02,,,,",  // assessed in 0: met; acted in 0: met; over
                    "A7,alpha,nca,2024-06-28,2024-06-28,low,low,,,,,,",  // assessed in 0: met; 3 days open: pending; agreed
                ], settings: "title: T\nperiod:\n  start: 2024-01-01\n  end: 2024-06-30\nas_of: 2024-07-01\n"), parallelism: .serial)
        let n = Area.national
        // Assessment: met A1, A6, A7; breached A2 (late) and A5 (open); due 5; pending A4; undated A3.
        #expect(t.text(n, "assessment_met") == "3")
        #expect(t.text(n, "assessment_breached") == "2")
        #expect(t.text(n, "assessment_overdue_open") == "1")
        #expect(t.text(n, "assessment_due") == "5")
        #expect(t.text(n, "assessment_pending") == "1")
        #expect(t.text(n, "assessment_undated") == "1")
        #expect(t.text(n, "assessment_compliance") == "0.600000")
        // referrals 7 = due 5 + pending 1 + undated 1; unassessed 2 = overdue 1 + pending 1.
        #expect(t.text(n, "referrals") == "7")
        #expect(t.text(n, "unassessed") == "2")
        // Action by quarter. Q1: A1 met, A2 overdue. Q2: A3 and A6 met, A7 pending.
        #expect(t.text(n, "action_due", "quarter=2024-Q1") == "2")
        #expect(t.text(n, "action_met", "quarter=2024-Q1") == "1")
        #expect(t.text(n, "action_breached", "quarter=2024-Q1") == "1")
        #expect(t.text(n, "action_overdue_open", "quarter=2024-Q1") == "1")
        #expect(t.text(n, "action_pending", "quarter=2024-Q1") == "0")
        #expect(t.text(n, "action_compliance", "quarter=2024-Q1") == "0.500000")
        #expect(t.text(n, "action_due", "quarter=2024-Q2") == "2")
        #expect(t.text(n, "action_pending", "quarter=2024-Q2") == "1")
        #expect(t.text(n, "action_compliance", "quarter=2024-Q2") == "1.000000")
        #expect(t.text(n, "action_compliance") == "0.750000")
        // Grading by quarter. Q1: A1 agreed, A2 under. Q2: A3 and A7 agreed, A6 over; A5 is unassessed.
        #expect(t.text(n, "reviewed", "quarter=2024-Q1") == "2")
        #expect(t.text(n, "grading_agreed", "quarter=2024-Q1") == "1")
        #expect(t.text(n, "grading_accuracy", "quarter=2024-Q1") == "0.500000")
        #expect(t.text(n, "reviewed", "quarter=2024-Q2") == "3")
        #expect(t.text(n, "grading_agreed", "quarter=2024-Q2") == "2")
        #expect(t.text(n, "grading_accuracy", "quarter=2024-Q2") == "0.666667")
        #expect(t.text(n, "reviewed") == "5")
        // Breakdowns in the contract's order: all, grades from very high down, then quarters.
        let due = t.rows.filter { $0.area == n && $0.metric == .actionDue }.map(\.breakdown.csvText)
        #expect(due == ["all", "grade=very_high", "grade=high", "grade=medium", "grade=low", "quarter=2024-Q1", "quarter=2024-Q2"])
    }

    @Test func assessmentTimescaleIsASetting() throws {
        // With 3 days allowed, A2 (assessed in 3) is met.
        let t = MetricsTable(
            dataset: try Fixture.cases(
                [
                    "A2,alpha,nca,2024-02-10,2024-02-13,low,medium,,,,,,"
                ], settings: "title: T\nperiod:\n  start: 2024-01-01\n  end: 2024-06-30\ntimescales:\n  assessment: 3\n"), parallelism: .serial)
        #expect(t.text(.national, "assessment_met") == "1")
        #expect(t.text(.national, "assessment_compliance") == "1.000000")
    }

    @Test func censusRuleAndScope() throws {
        let t = MetricsTable(
            dataset: try Fixture.cases(
                [
                    // Assessed after as_of: unassessed, both grades ignored.
                    "C1,alpha,nca,2024-03-01,2024-04-11,low,high,yes,2024-03-02,2024-04-20,2024-04-30,yes,specialist",
                    // Out of scope (before and after the period): accepted, in no figure.
                    "C2,alpha,public,2023-12-31,2023-12-31,high,high,yes,2024-01-01,2024-01-02,2024-01-01,yes,specialist",
                    "C3,alpha,public,2024-04-01,2024-04-01,high,high,yes,2024-04-01,,,no,specialist",
                ], settings: Self.settings), parallelism: .serial)
        let n = Area.national
        #expect(t.text(n, "referrals") == "1")
        #expect(t.text(n, "assessed") == "0")
        #expect(t.text(n, "unassessed") == "1")
        #expect(t.text(n, "reviewed") == "0")
        #expect(t.text(n, "grading_kappa") == nil)
        #expect(t.text(n, "action_due") == "0")
        #expect(t.text(n, "arrests") == "0")  // arrested 20 April is after as_of
        #expect(t.text(n, "partner_referred") == "0")  // shared 30 April is after as_of
        #expect(t.text(n, "child_in_household") == "1")
        #expect(t.text(n, "days_to_partner_referral_median") == nil)
        #expect(t.text(n, "low_grade_child_in_household") == "0")
        let dataset = try Fixture.cases(
            ["C1,alpha,nca,2024-03-01,2024-04-11,low,high,yes,2024-03-02,2024-04-20,2024-04-30,yes,specialist"],
            settings: Self.settings)
        #expect(dataset.tally(.cases).datesAfterAsOf == 3)
    }

    @Test func gradingUnderOverAndKappaByHand() throws {
        // Assigned/review pairs: (low, high) under, (very_high, low) over, (medium, medium) agree,
        // (high, medium) over. N = 4.
        // A = 1*1 + 0*1 + 3*1 + 2*1 = 6.
        // R(low)=1, R(medium)=1, R(high)=1, R(vh)=1; C(medium)=2, C(high)=1, C(low)=1.
        // B = sum over i of sum over j (3-|i-j|) R(i) C(j):
        //   i=0: 3*1 + 2*2 + 1*1 + 0 = 8;  i=1: 2 + 3*2 + 2 = 10;  i=2: 1 + 2*2 + 3 = 8;  i=3: 0 + 1*2 + 2 = 4.  B = 30.
        // kappa = (6*4 - 30) / (3*16 - 30) = -6/18 = -0.333333.
        let t = MetricsTable(
            dataset: try Fixture.cases(
                [
                    "K1,alpha,nca,2024-01-02,,low,high,,,,,,",
                    "K2,alpha,nca,2024-01-02,,very_high,low,,,,,,",
                    "K3,alpha,nca,2024-01-02,,medium,medium,,,,,,",
                    "K4,alpha,nca,2024-01-02,,high,medium,,,,,,",
                ], settings: Self.settings), parallelism: .serial)
        #expect(t.text(.national, "grading_under") == "1")
        #expect(t.text(.national, "grading_over") == "2")
        #expect(t.text(.national, "grading_agreed") == "1")
        #expect(t.text(.national, "grading_accuracy") == "0.250000")
        #expect(t.text(.national, "grading_kappa") == "-0.333333")
    }

    @Test func kappaOmittedWhenExpectedAgreementIsOne() throws {
        // Every case graded and reviewed low: pe = 1.
        let t = MetricsTable(
            dataset: try Fixture.cases(
                ["E1,alpha,nca,2024-01-02,,low,low,,,,,,", "E2,alpha,nca,2024-01-02,,low,low,,,,,,"],
                settings: Self.settings), parallelism: .serial)
        #expect(t.text(.national, "grading_accuracy") == "1.000000")
        #expect(t.text(.national, "grading_kappa") == nil)
    }

    @Test func nearestRankPercentiles() throws {
        // Arrest days 0, 1, 2, ..., 9 (ten cases): median rank 5 = 4, p90 rank 9 = 8, max 9.
        let rows = (0..<10).map { "P\($0),alpha,nca,2024-02-01,,,,,,2024-02-\(String(format: "%02d", 1 + $0)),,," }
        let t = MetricsTable(dataset: try Fixture.cases(rows, settings: Self.settings), parallelism: .serial)
        #expect(t.text(.national, "days_to_arrest_median") == "4")
        #expect(t.text(.national, "days_to_arrest_p90") == "8")
        #expect(t.text(.national, "days_to_arrest_max") == "9")
    }

    @Test func forceWithNoCasesHasEveryCountRow() throws {
        let t = MetricsTable(dataset: try Fixture.cases(["N1,alpha,nca,2024-01-02,,,,,,,,,"], settings: Self.settings), parallelism: .serial)
        let rows = t.rows.filter { $0.area == gamma }
        #expect(t.text(gamma, "referrals") == "0")
        #expect(t.text(gamma, "grading_matrix", "assigned=very_high;review=very_high") == "0")
        #expect(t.text(gamma, "action_compliance") == nil)
        #expect(t.text(gamma, "referrals_per_10k_children") == nil)
        #expect(t.text(beta, "referrals_per_10k_children") == "0.000000")
        // 1 + 5 + 1 quarter referrals; 5 assessed; 1 unassessed; 6 assessment timeliness counts;
        // reviewed and agreed (all + 1 quarter each), under, over; 16 matrix; low child;
        // 5 action families x (all + 4 grades + 1 quarter); arrests; child; partner; 3 pnd;
        // 3 allocation; then 2 statuses + 4 + rate + overdue of recommendations.
        #expect(rows.count == 7 + 5 + 1 + 6 + (2 + 2 + 1 + 1) + 16 + 1 + 5 * 6 + 1 + 1 + 1 + 3 + 3 + 2 + 4 + 1 + 1)
    }

    @Test func recommendationHistoryTiesAndFutureRows() throws {
        let progress = """
            force_id,recommendation_id,status,updated,evidence
            alpha,1,complete,2024-05-01,
            alpha,01,being_progressed,2024-05-01,Same day; the later row wins.
            alpha,2,complete,2024-07-31,On the census date counts.
            alpha,2,not_started,2024-08-01,After as_of is ignored.
            """
        let dataset = try Fixture.read(Fixture.dataset(writing: ["progress.csv": progress]))
        let t = MetricsTable(dataset: dataset, parallelism: .serial)
        #expect(t.text(alpha, "recommendation_status", "id=1") == "being_progressed")
        #expect(t.text(alpha, "recommendation_status", "id=2") == "complete")
        #expect(t.text(alpha, "recommendations_overdue") == "1")
        #expect(t.progress.history[0][0].count == 2)
        #expect(dataset.tally(.progress).datesAfterAsOf == 1)
    }

    @Test func countsAreTheMetricsThatDisclosureAndTheAuditTreatAsCounts() throws {
        // One classification (Metric.isCaseCount) decides which rows are counts for the row
        // builder, disclosure control and the audit; every metric appears in the base fixture.
        let t = MetricsTable(dataset: try Fixture.read(Fixture.dataset()), parallelism: .serial)
        #expect(Set(t.rows.map(\.metric)) == Set(Metric.allCases))
        for row in t.rows {
            #expect(row.metric.isCaseCount == (row.control == .count), "\(row.metric.csvName)")
        }
        #expect(Metric.allCases.filter(\.isCaseCount).count == 25)
    }

    @Test func rowOrderFollowsTheContract() throws {
        let t = MetricsTable(dataset: try Fixture.read(Fixture.dataset()), parallelism: .serial)
        let national = t.rows.filter { $0.area == .national }
        var metrics: [String] = []
        for row in national where metrics.last != row.metric.csvName { metrics.append(row.metric.csvName) }
        #expect(
            metrics == [
                "referrals", "assessed", "unassessed", "days_to_assessment_median", "days_to_assessment_p90",
                "assessment_due", "assessment_met", "assessment_breached", "assessment_overdue_open", "assessment_pending",
                "assessment_undated", "assessment_compliance", "reviewed",
                "grading_agreed", "grading_under", "grading_over", "grading_accuracy", "grading_matrix", "grading_kappa",
                "low_grade_child_in_household", "action_due", "action_met", "action_breached", "action_overdue_open", "action_pending",
                "action_compliance", "days_to_action_median", "days_to_action_p90", "arrests", "days_to_arrest_median",
                "days_to_arrest_p90", "days_to_arrest_max", "child_in_household", "partner_referred", "partner_referral_rate",
                "days_to_partner_referral_median", "pnd_checked", "pnd_checked_rate", "allocation", "specialist_rate",
                "recommendations", "recommendations_complete_rate", "recommendations_overdue",
            ])
        let referralBreakdowns = national.filter { $0.metric == .referrals }.map(\.breakdown.csvText)
        #expect(
            referralBreakdowns == [
                "all", "source=nca", "source=public", "source=partner", "source=other_force", "source=other",
                "quarter=2024-Q1", "quarter=2024-Q2",
            ])
        let matrix = national.filter { $0.metric == .gradingMatrix }.map(\.breakdown.csvText)
        #expect(
            matrix.prefix(5) == [
                "assigned=very_high;review=very_high", "assigned=very_high;review=high",
                "assigned=very_high;review=medium", "assigned=very_high;review=low", "assigned=high;review=very_high",
            ])
    }

    @Test func parallelCountingGivesTheSameRows() throws {
        let directory = Fixture.temporaryDirectory()
        try SampleGenerator(caseCount: 30_000, seed: 7).write(to: directory)
        let serial = try DatasetReader(directory: directory, parallelism: .serial).read()
        let parallel = try DatasetReader(directory: directory, parallelism: .alwaysSplit).read()
        #expect(serial.cases == parallel.cases)
        #expect(serial.rejections == parallel.rejections)
        #expect(serial.tallies == parallel.tallies)
        let a = DataFiles.metrics(MetricsTable(dataset: serial, parallelism: .serial))
        let b = DataFiles.metrics(MetricsTable(dataset: parallel, parallelism: .automatic))
        #expect(a == b)
        // Every part cut in two and counted on two threads, however few the cases.
        #expect(DataFiles.metrics(MetricsTable(dataset: serial, parallelism: .alwaysSplit)) == a)
    }
}
