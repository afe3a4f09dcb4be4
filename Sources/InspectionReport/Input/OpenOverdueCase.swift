/// A case with no enforcement action whose timescale ran out before `as_of`.
///
/// It carries the pseudonymous `case_id` and appears only in restricted outputs.
public struct OpenOverdueCase: Sendable, Hashable {
    public var caseID: String
    /// Index into the dataset's forces.
    public var force: Int
    public var grade: RiskGrade
    public var received: Day
    /// Calendar days from `received` to `as_of`.
    public var daysWaiting: Int

    public init(caseID: String, force: Int, grade: RiskGrade, received: Day, daysWaiting: Int) {
        self.caseID = caseID
        self.force = force
        self.grade = grade
        self.received = received
        self.daysWaiting = daysWaiting
    }
}
