/// Every metric (`docs/data-contract.md`, "The figures"), in the order `metrics.csv` lists them.
///
/// The order of the cases is the order of the rows within an area, and ``dimensions`` is the
/// order of a metric's breakdowns, so the layout of `metrics.csv` falls out of this type.
enum Metric: String, CaseIterable, Sendable {
    case referrals
    case referralsPer10kChildren = "referrals_per_10k_children"
    case assessed
    case unassessed
    case daysToAssessmentMedian = "days_to_assessment_median"
    case daysToAssessmentP90 = "days_to_assessment_p90"
    case assessmentDue = "assessment_due"
    case assessmentMet = "assessment_met"
    case assessmentBreached = "assessment_breached"
    case assessmentOverdueOpen = "assessment_overdue_open"
    case assessmentPending = "assessment_pending"
    case assessmentUndated = "assessment_undated"
    case assessmentCompliance = "assessment_compliance"
    case reviewed
    case gradingAgreed = "grading_agreed"
    case gradingUnder = "grading_under"
    case gradingOver = "grading_over"
    case gradingAccuracy = "grading_accuracy"
    case gradingMatrix = "grading_matrix"
    case gradingKappa = "grading_kappa"
    case lowGradeChildInHousehold = "low_grade_child_in_household"
    case actionDue = "action_due"
    case actionMet = "action_met"
    case actionBreached = "action_breached"
    case actionOverdueOpen = "action_overdue_open"
    case actionPending = "action_pending"
    case actionCompliance = "action_compliance"
    case actionCompliancePosition = "action_compliance_position"
    case daysToActionMedian = "days_to_action_median"
    case daysToActionP90 = "days_to_action_p90"
    case arrests
    case daysToArrestMedian = "days_to_arrest_median"
    case daysToArrestP90 = "days_to_arrest_p90"
    case daysToArrestMax = "days_to_arrest_max"
    case childInHousehold = "child_in_household"
    case partnerReferred = "partner_referred"
    case partnerReferralRate = "partner_referral_rate"
    case daysToPartnerReferralMedian = "days_to_partner_referral_median"
    case pndChecked = "pnd_checked"
    case pndCheckedRate = "pnd_checked_rate"
    case allocation
    case specialistRate = "specialist_rate"
    case recommendationStatus = "recommendation_status"
    case recommendations
    case recommendationsCompleteRate = "recommendations_complete_rate"
    case recommendationsOverdue = "recommendations_overdue"

    /// The name `metrics.csv` writes.
    var csvName: String { rawValue }

    /// The dimensions of its breakdowns, in `metrics.csv` order.
    var dimensions: [Breakdown.Dimension] {
        switch self {
        case .referrals: [.all, .source, .quarter]
        case .assessed: [.all, .grade]
        case .reviewed, .gradingAgreed, .gradingAccuracy: [.all, .quarter]
        case .gradingMatrix: [.matrix]
        case .actionDue, .actionMet, .actionBreached, .actionOverdueOpen, .actionPending, .actionCompliance: [.all, .grade, .quarter]
        case .daysToActionMedian, .daysToActionP90: [.all, .grade]
        case .actionCompliancePosition: [.limits]
        case .pndChecked: [.pnd]
        case .allocation: [.allocation]
        case .specialistRate: [.all, .source]
        case .recommendationStatus: [.recommendation]
        case .recommendations: [.status]
        case .referralsPer10kChildren, .unassessed, .daysToAssessmentMedian, .daysToAssessmentP90, .assessmentDue, .assessmentMet,
            .assessmentBreached, .assessmentOverdueOpen, .assessmentPending, .assessmentUndated, .assessmentCompliance, .gradingUnder,
            .gradingOver, .gradingKappa, .lowGradeChildInHousehold, .arrests, .daysToArrestMedian, .daysToArrestP90, .daysToArrestMax,
            .childInHousehold, .partnerReferred, .partnerReferralRate, .daysToPartnerReferralMedian, .pndCheckedRate,
            .recommendationsCompleteRate, .recommendationsOverdue:
            [.all]
        }
    }
}

extension Metric {
    /// Whether the metric is a count of cases (or of graded pairs), the figures the linked
    /// tables tie together (`docs/methodology.md`, "Disclosure audit (linked tables)").
    var isCaseCount: Bool {
        switch self {
        case .referrals, .assessed, .unassessed, .assessmentDue, .assessmentMet, .assessmentBreached, .assessmentOverdueOpen,
            .assessmentPending, .assessmentUndated, .reviewed, .gradingAgreed, .gradingUnder, .gradingOver, .gradingMatrix,
            .lowGradeChildInHousehold, .actionDue, .actionMet, .actionBreached, .actionOverdueOpen, .actionPending, .arrests,
            .childInHousehold, .partnerReferred, .pndChecked, .allocation:
            true
        case .referralsPer10kChildren, .daysToAssessmentMedian, .daysToAssessmentP90, .assessmentCompliance, .gradingAccuracy,
            .gradingKappa, .actionCompliance, .actionCompliancePosition, .daysToActionMedian, .daysToActionP90,
            .daysToArrestMedian, .daysToArrestP90, .daysToArrestMax, .partnerReferralRate, .daysToPartnerReferralMedian,
            .pndCheckedRate, .specialistRate, .recommendationStatus, .recommendations, .recommendationsCompleteRate,
            .recommendationsOverdue:
            false
        }
    }
}
