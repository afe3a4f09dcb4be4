/// The breakdown of a metric row: `all`, or one value of one dimension (`docs/data-contract.md`,
/// "The figures").
enum Breakdown: Hashable, Sendable {
    case all
    case source(ReferralSource)
    case quarter(Quarter)
    case grade(RiskGrade)
    /// A pair of funnel limits.
    case limits(FunnelLimits)
    /// A cell of the grading matrix: the grade the force gave and the grade a reviewer judged right.
    case matrix(assigned: RiskGrade, review: RiskGrade)
    /// A value of the `pnd_checked` flag.
    case pnd(FlagValue)
    case allocation(Allocation)
    case status(RecommendationStatus)
    /// A recommendation, by its catalogue id.
    case recommendation(Int)

    /// The breakdown as `metrics.csv` writes it.
    var csvText: String {
        switch self {
        case .all: "all"
        case .source(let s): "source=\(s.csvName)"
        case .quarter(let q): "quarter=\(q)"
        case .grade(let g): "grade=\(g.csvName)"
        case .limits(let l): "limits=\(l.rawValue)"
        case .matrix(let g, let h): "assigned=\(g.csvName);review=\(h.csvName)"
        case .pnd(let v): "value=\(v.csvName)"
        case .allocation(let a): "value=\(a.csvName)"
        case .status(let s): "status=\(s.csvName)"
        case .recommendation(let id): "id=\(id)"
        }
    }

    /// The dimension the breakdown belongs to.
    var dimension: Dimension {
        switch self {
        case .all: .all
        case .source: .source
        case .quarter: .quarter
        case .grade: .grade
        case .limits: .limits
        case .matrix: .matrix
        case .pnd: .pnd
        case .allocation: .allocation
        case .status: .status
        case .recommendation: .recommendation
        }
    }

    /// A dimension a metric is broken down by. A count's breakdowns along one dimension other
    /// than `all` sum to its `all` row.
    enum Dimension: Sendable, Hashable, CaseIterable {
        case all, source, quarter, grade, limits, matrix, pnd, allocation, status, recommendation

        /// The breakdowns of the dimension in `metrics.csv` order.
        func breakdowns(quarters: [Quarter], recommendations: [Int]) -> [Breakdown] {
            switch self {
            case .all: [.all]
            case .source: ReferralSource.allCases.map { .source($0) }
            case .quarter: quarters.map { .quarter($0) }
            case .grade: RiskGrade.descending.map { .grade($0) }
            case .limits: FunnelLimits.allCases.map { .limits($0) }
            case .matrix: RiskGrade.descending.flatMap { g in RiskGrade.descending.map { h in .matrix(assigned: g, review: h) } }
            case .pnd: FlagValue.allCases.map { .pnd($0) }
            case .allocation: Allocation.allCases.map { .allocation($0) }
            case .status: RecommendationStatus.allCases.map { .status($0) }
            case .recommendation: recommendations.map { .recommendation($0) }
            }
        }
    }
}
