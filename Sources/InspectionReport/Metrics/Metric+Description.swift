/// The words for every metric: the one place that says what each is, for the data dictionary page,
/// the workbook's definitions and the CSV on the Web metadata. The rules every metric follows are
/// `docs/data-contract.md`'s, "Scope and the census date" and "The figures"; these words never hold
/// a figure about cases.
extension Metric {
    /// A short name for people: a column heading.
    var label: String {
        switch self {
        case .referrals: "Referrals"
        case .referralsPer10kChildren: "Referrals per 10,000 children"
        case .assessed: "Referrals with a risk grade"
        case .unassessed: "Referrals without a risk grade"
        case .daysToAssessmentMedian: "Days to risk assessment, median"
        case .daysToAssessmentP90: "Days to risk assessment, 90th percentile"
        case .assessmentDue: "Referrals due a risk assessment"
        case .assessmentMet: "Risk-assessed within the timescale"
        case .assessmentBreached: "Risk assessment later than the timescale"
        case .assessmentOverdueOpen: "Waiting for a risk assessment past the timescale"
        case .assessmentPending: "Waiting for a risk assessment within the timescale"
        case .assessmentUndated: "Graded without an assessment date"
        case .assessmentCompliance: "Risk-assessed within the timescale (share)"
        case .reviewed: "Grades reviewed"
        case .gradingAgreed: "Grades the reviewer agreed with"
        case .gradingUnder: "Graded too low"
        case .gradingOver: "Graded too high"
        case .gradingAccuracy: "Grading accuracy"
        case .gradingMatrix: "Grades given against grades reviewed"
        case .gradingKappa: "Weighted kappa of grading"
        case .lowGradeChildInHousehold: "Graded low risk, living with children"
        case .actionDue: "Cases due an action"
        case .actionMet: "Acted on within the timescale"
        case .actionBreached: "Acted on late, or open past the timescale"
        case .actionOverdueOpen: "Open past the timescale"
        case .actionPending: "Open within the timescale"
        case .actionCompliance: "Acted on within the timescale (share)"
        case .actionCompliancePosition: "Position against the funnel limits"
        case .daysToActionMedian: "Days to action, median"
        case .daysToActionP90: "Days to action, 90th percentile"
        case .arrests: "Arrests"
        case .daysToArrestMedian: "Days to arrest, median"
        case .daysToArrestP90: "Days to arrest, 90th percentile"
        case .daysToArrestMax: "Days to arrest, longest"
        case .childInHousehold: "Suspects living with children"
        case .partnerReferred: "Shared with children's social care"
        case .partnerReferralRate: "Shared with children's social care (share)"
        case .daysToPartnerReferralMedian: "Days to sharing with children's social care, median"
        case .pndChecked: "Police National Database checks"
        case .pndCheckedRate: "Police National Database checked (share)"
        case .allocation: "Investigated by"
        case .specialistRate: "Investigated by specialists (share)"
        case .recommendationStatus: "Status of a recommendation"
        case .recommendations: "Recommendations by status"
        case .recommendationsCompleteRate: "Recommendations complete (share)"
        case .recommendationsOverdue: "Recommendations overdue"
        }
    }

    /// What `value` measures.
    var unit: MetricUnit {
        switch self {
        case .referralsPer10kChildren: .perTenThousandChildren
        case .daysToAssessmentMedian, .daysToAssessmentP90, .daysToActionMedian, .daysToActionP90, .daysToArrestMedian,
            .daysToArrestP90, .daysToArrestMax, .daysToPartnerReferralMedian:
            .days
        case .assessmentCompliance, .gradingAccuracy, .actionCompliance, .partnerReferralRate, .pndCheckedRate, .specialistRate,
            .recommendationsCompleteRate:
            .proportion
        case .gradingKappa: .kappa
        case .actionCompliancePosition: .position
        case .recommendationStatus: .status
        case .recommendations, .recommendationsOverdue: .pairs
        case .referrals, .assessed, .unassessed, .assessmentDue, .assessmentMet, .assessmentBreached, .assessmentOverdueOpen,
            .assessmentPending, .assessmentUndated, .reviewed, .gradingAgreed, .gradingUnder, .gradingOver, .gradingMatrix,
            .lowGradeChildInHousehold, .actionDue, .actionMet, .actionBreached, .actionOverdueOpen, .actionPending, .arrests,
            .childInHousehold, .partnerReferred, .pndChecked, .allocation:
            .cases
        }
    }

    /// The definition in words (over the cases in scope: received in the period, as known on
    /// the census date).
    var definition: String {
        switch self {
        case .referrals:
            "Cases received in the period. Every breakdown is written, zeros included."
        case .referralsPer10kChildren:
            """
            Referrals × 10,000 ÷ the children living in the area (child_population in forces.csv: residents under 18). For a region or the \
            nation only when every force in it has a population.
            """
        case .assessed:
            "Referrals with a risk grade on the census date."
        case .unassessed:
            "Referrals without a risk grade on the census date, however long they have waited."
        case .daysToAssessmentMedian:
            """
            Median of the days from receipt to risk assessment (risk_assessed − received), over graded referrals with an assessment date; \
            nearest rank.
            """
        case .daysToAssessmentP90:
            "90th percentile of the days from receipt to risk assessment, over graded referrals with an assessment date; nearest rank."
        case .assessmentDue:
            "Referrals whose risk assessment can be timed and is due: assessment_met + assessment_breached."
        case .assessmentMet:
            "Graded referrals risk-assessed within the assessment timescale (timescales.assessment) of their receipt."
        case .assessmentBreached:
            """
            Graded referrals assessed later than the assessment timescale, and referrals without a grade that have waited longer than it \
            (assessment_overdue_open).
            """
        case .assessmentOverdueOpen:
            """
            Referrals without a grade on the census date that have waited longer than the assessment timescale: still waiting, and part of \
            assessment_breached.
            """
        case .assessmentPending:
            "Referrals without a grade on the census date still within the assessment timescale."
        case .assessmentUndated:
            "Graded referrals without an assessment date: they cannot be timed and are in no other assessment class."
        case .assessmentCompliance:
            "assessment_met ÷ assessment_due: the share of referrals risk-assessed within the assessment timescale."
        case .reviewed:
            "Referrals with both the force's risk grade and a reviewer's grade (review_grade)."
        case .gradingAgreed:
            "Reviewed referrals whose risk grade equals the reviewer's grade."
        case .gradingUnder:
            "Reviewed referrals graded lower than the reviewer's grade (low, medium, high, very high in that order)."
        case .gradingOver:
            "Reviewed referrals graded higher than the reviewer's grade."
        case .gradingAccuracy:
            "grading_agreed ÷ reviewed: the share of grades a reviewer agreed with."
        case .gradingMatrix:
            "Reviewed referrals by the grade the force gave (assigned) and the grade the reviewer gave (review), for every pair of grades."
        case .gradingKappa:
            """
            Cohen's kappa with linear weights of the force's grades against the reviewer's, over the reviewed referrals: 1 is perfect \
            agreement, 0 no better than chance.
            """
        case .lowGradeChildInHousehold:
            "Referrals graded low risk whose suspect lives with, or has regular access to, children (child_in_household yes)."
        case .actionDue:
            "Graded cases acted on, or whose timescale has run out: action_met + action_breached."
        case .actionMet:
            """
            Graded cases whose first enforcement action (a warrant, a visit or an arrest) came within the timescale for their grade (timescales \
            in report.yml).
            """
        case .actionBreached:
            "Graded cases acted on later than the timescale for their grade, and open cases past it (action_overdue_open)."
        case .actionOverdueOpen:
            "Graded cases with no action on the census date whose timescale has run out: still open, and part of action_breached."
        case .actionPending:
            "Graded cases with no action on the census date still within their timescale; not yet due."
        case .actionCompliance:
            "action_met ÷ action_due: the share of cases acted on within the timescale for their grade."
        case .actionCompliancePosition:
            """
            Whether a force's action_compliance is above, within or below the funnel limits around the national rate, widened for the \
            over-dispersion between forces (additive random effects, Spiegelhalter 2005). Forces only.
            """
        case .daysToActionMedian:
            "Median of the days from receipt to the first action, over graded cases with an action; nearest rank."
        case .daysToActionP90:
            "90th percentile of the days from receipt to the first action, over graded cases with an action; nearest rank."
        case .arrests:
            "Referrals with an arrest date."
        case .daysToArrestMedian:
            "Median of the days from receipt to arrest, over referrals with an arrest; nearest rank."
        case .daysToArrestP90:
            "90th percentile of the days from receipt to arrest, over referrals with an arrest; nearest rank."
        case .daysToArrestMax:
            "The longest time in days from receipt to arrest, over referrals with an arrest."
        case .childInHousehold:
            "Referrals whose suspect lives with, or has regular access to, children (child_in_household yes)."
        case .partnerReferred:
            "Of those, referrals shared with children's social care (with a partner_referral date)."
        case .partnerReferralRate:
            "partner_referred ÷ child_in_household: the share of suspects living with children whose case was shared with children's social care."
        case .daysToPartnerReferralMedian:
            "Median of the days from receipt to sharing with children's social care, over all referrals shared; nearest rank."
        case .pndChecked:
            "Referrals by whether the Police National Database was checked for linked investigations."
        case .pndCheckedRate:
            "pnd_checked yes ÷ (yes + no): the share checked, of the referrals where it is known."
        case .allocation:
            "Referrals by who investigated them: a specialist team or not."
        case .specialistRate:
            "allocation specialist ÷ (specialist + non_specialist): the share investigated by specialists, of the referrals where it is known."
        case .recommendationStatus:
            """
            The current status of a recommendation on the census date: for a force, of each recommendation that every force acts on; for the \
            nation, of each recommendation to the national bodies (only when national-progress.csv is given).
            """
        case .recommendations:
            """
            Force and recommendation pairs by their status, over the recommendations that every force acts on; a region or the nation sums its \
            forces.
            """
        case .recommendationsCompleteRate:
            "Pairs complete ÷ all pairs (for a region or the nation, a ratio of the sums over its forces)."
        case .recommendationsOverdue:
            "Pairs whose deadline is before the census date and whose status is not complete (a recommendation without a deadline is never overdue)."
        }
    }

    /// The breakdowns as `metrics.csv` writes them, in its order: `all; grade=G; quarter=YYYY-Qn`.
    var breakdownPatterns: String {
        dimensions.map(\.pattern).joined(separator: "; ")
    }
}
