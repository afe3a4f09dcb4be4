/// The words for every breakdown dimension, beside ``Metric/label`` and ``Metric/definition``:
/// how `metrics.csv` writes its breakdowns, which values they take and what they mean.
extension Breakdown.Dimension {
    /// The breakdown as `metrics.csv` writes it, with a capital letter for the value.
    var pattern: String {
        switch self {
        case .all: "all"
        case .source: "source=S"
        case .quarter: "quarter=YYYY-Qn"
        case .grade: "grade=G"
        case .limits: "limits=L"
        case .matrix: "assigned=G;review=H"
        case .pnd: "value=V"
        case .allocation: "value=V"
        case .status: "status=S"
        case .recommendation: "id=N"
        }
    }

    /// The values the capital letters stand for, in `metrics.csv` order.
    var values: String {
        switch self {
        case .all: "all"
        case .source: ReferralSource.allCases.map(\.csvName).joined(separator: ", ")
        case .quarter: "every calendar quarter that overlaps the period, in time order"
        case .grade: RiskGrade.descending.map(\.csvName).joined(separator: ", ")
        case .limits: FunnelLimits.allCases.map(\.rawValue).joined(separator: ", ")
        case .matrix: "G and H each " + RiskGrade.descending.map(\.csvName).joined(separator: ", ")
        case .pnd: FlagValue.allCases.map(\.csvName).joined(separator: ", ")
        case .allocation: Allocation.allCases.map(\.csvName).joined(separator: ", ")
        case .status: RecommendationStatus.allCases.map(\.csvName).joined(separator: ", ")
        case .recommendation: "a recommendation's id in recommendations.csv, ascending"
        }
    }

    /// What the breakdown means.
    var meaning: String {
        switch self {
        case .all: "Every case the metric covers: the total of each of its other breakdowns."
        case .source: "Who referred the case to the force."
        case .quarter: "The calendar quarter in which the force received the case."
        case .grade: "The force's risk grade of the case."
        case .limits: "The funnel limits a position is judged against: the 95% or the 99.8% limits."
        case .matrix: "The grade the force gave (assigned) and the grade a reviewer judged right (review)."
        case .pnd: "Whether the Police National Database was checked (pnd_checked)."
        case .allocation: "Who investigated the case (allocation)."
        case .status: "A recommendation's status."
        case .recommendation: "One recommendation."
        }
    }
}
