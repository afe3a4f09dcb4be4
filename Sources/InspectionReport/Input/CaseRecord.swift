/// One accepted row of `cases.csv`, packed: dates as written (the census rule is applied
/// when figures are computed), enums as small integers.
struct CaseRecord: Sendable, Hashable {
    /// Marks a missing date.
    static let missing: Int32 = .min
    /// Marks a missing grade.
    static let noGrade: UInt8 = 0xFF

    var received: Int32
    var riskAssessed: Int32 = CaseRecord.missing
    var action: Int32 = CaseRecord.missing
    var arrested: Int32 = CaseRecord.missing
    var partnerReferral: Int32 = CaseRecord.missing
    /// Index into the dataset's forces.
    var force: UInt16
    /// ``ReferralSource`` raw value.
    var source: UInt8
    /// ``RiskGrade`` raw value or ``noGrade``.
    var riskGrade: UInt8 = CaseRecord.noGrade
    var reviewGrade: UInt8 = CaseRecord.noGrade
    /// ``FlagValue`` raw values.
    var childInHousehold: UInt8 = UInt8(FlagValue.unknown.rawValue)
    var pndChecked: UInt8 = UInt8(FlagValue.unknown.rawValue)
    /// ``Allocation`` raw value.
    var allocation: UInt8 = UInt8(Allocation.unknown.rawValue)

    init(received: Int32, force: UInt16, source: UInt8) {
        self.received = received
        self.force = force
        self.source = source
    }
}

extension CaseRecord {
    /// The date of a date column (``CaseColumn`` raw value) as written.
    @inline(__always)
    subscript(date column: Int) -> Int32 {
        get {
            switch column {
            case CaseColumn.received.rawValue: received
            case CaseColumn.riskAssessed.rawValue: riskAssessed
            case CaseColumn.action.rawValue: action
            case CaseColumn.arrested.rawValue: arrested
            default: partnerReferral
            }
        }
        set {
            switch column {
            case CaseColumn.received.rawValue: received = newValue
            case CaseColumn.riskAssessed.rawValue: riskAssessed = newValue
            case CaseColumn.action.rawValue: action = newValue
            case CaseColumn.arrested.rawValue: arrested = newValue
            default: partnerReferral = newValue
            }
        }
    }
}
