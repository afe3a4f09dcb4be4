/// The columns of `cases.csv`, in the order `docs/data-contract.md` lists them ("The columns").
enum CaseColumn: Int, CaseIterable {
    case caseID = 0, forceID, source, received, riskAssessed, riskGrade, reviewGrade, childInHousehold,
        action, arrested, partnerReferral, pndChecked, allocation

    static let specs: [ColumnSpec] = [
        ColumnSpec("case_id", required: true), ColumnSpec("force_id", required: true),
        ColumnSpec("source", required: true), ColumnSpec("received", required: true),
        ColumnSpec("risk_assessed", required: false), ColumnSpec("risk_grade", required: false),
        ColumnSpec("review_grade", required: false), ColumnSpec("child_in_household", required: false),
        ColumnSpec("action", required: false), ColumnSpec("arrested", required: false),
        ColumnSpec("partner_referral", required: false), ColumnSpec("pnd_checked", required: false),
        ColumnSpec("allocation", required: false),
    ]

    var name: String { Self.specs[rawValue].name }

    /// The date columns other than `received`.
    var isLaterDate: Bool {
        switch self {
        case .riskAssessed, .action, .arrested, .partnerReferral: true
        default: false
        }
    }
}
