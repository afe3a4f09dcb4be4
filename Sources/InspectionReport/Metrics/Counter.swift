/// The counts kept for each force while cases are tallied: a closed list, each with its
/// width. Their offsets in a force's block of counts are computed from the widths by
/// ``CounterLayout``, never written by hand.
enum Counter: Int, CaseIterable, Sendable {
    /// By ``ReferralSource``.
    case referralsBySource
    /// By quarter of the period.
    case referralsByQuarter
    /// By ``RiskGrade``.
    case assessedByGrade
    case unassessed
    /// By ``Timeliness/Assessment`` class.
    case assessmentByClass
    /// By quarter.
    case reviewedByQuarter
    /// By quarter.
    case agreedByQuarter
    case gradedUnder
    case gradedOver
    /// By assigned grade, then review grade (see ``matrixIndex(assigned:review:)``).
    case matrix
    case lowGradeChildInHousehold
    /// By ``Timeliness/Action`` class, then grade, then quarter.
    case actionByClassGradeQuarter
    case arrests
    case childInHousehold
    case partnerReferred
    /// By ``FlagValue``.
    case pndChecked
    /// By ``Allocation``.
    case allocation
    /// By ``ReferralSource``.
    case specialistBySource
    /// By ``ReferralSource``.
    case nonSpecialistBySource

    /// The index of a grading-matrix cell within ``matrix``, from ``RiskGrade`` raw values.
    @inline(__always)
    static func matrixIndex(assigned: Int, review: Int) -> Int { assigned * RiskGrade.allCases.count + review }

    /// How many counts the counter keeps when the period has `quarters` quarters.
    func width(quarters: Int) -> Int {
        switch self {
        case .referralsBySource, .specialistBySource, .nonSpecialistBySource: ReferralSource.allCases.count
        case .referralsByQuarter, .reviewedByQuarter, .agreedByQuarter: quarters
        case .assessedByGrade: RiskGrade.allCases.count
        case .assessmentByClass: Timeliness.Assessment.allCases.count
        case .matrix: RiskGrade.allCases.count * RiskGrade.allCases.count
        case .actionByClassGradeQuarter: Timeliness.Action.allCases.count * RiskGrade.allCases.count * quarters
        case .pndChecked: FlagValue.allCases.count
        case .allocation: Allocation.allCases.count
        case .unassessed, .gradedUnder, .gradedOver, .lowGradeChildInHousehold, .arrests, .childInHousehold, .partnerReferred: 1
        }
    }
}

/// Where each ``Counter`` starts in a force's block of counts.
struct CounterLayout: Sendable {
    let quarterCount: Int
    private let offsets: [Int]
    /// The number of counts per force.
    let width: Int

    init(quarters: Int) {
        quarterCount = quarters
        var offsets: [Int] = []
        var next = 0
        for counter in Counter.allCases {
            offsets.append(next)
            next += counter.width(quarters: quarters)
        }
        self.offsets = offsets
        width = next
    }

    /// The offset of a counter's first count.
    @inline(__always)
    func offset(_ counter: Counter) -> Int { offsets[counter.rawValue] }

    /// The offset of the action timeliness count for a class, grade and quarter.
    @inline(__always)
    func action(_ kind: Timeliness.Action, grade: Int, quarter: Int) -> Int {
        offset(.actionByClassGradeQuarter) + (kind.rawValue * RiskGrade.allCases.count + grade) * quarterCount + quarter
    }
}
