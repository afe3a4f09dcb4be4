/// A case with no enforcement action whose timescale ran out before `as_of`.
///
/// It carries the pseudonymous `case_id` and appears only in restricted outputs.
struct OpenOverdueCase: Sendable, Hashable {
    var caseID: String
    /// Index into the dataset's forces.
    var force: Int
    var grade: RiskGrade
    var received: Day
    /// Calendar days from `received` to `as_of`.
    var daysWaiting: Int

    init(caseID: String, force: Int, grade: RiskGrade, received: Day, daysWaiting: Int) {
        self.caseID = caseID
        self.force = force
        self.grade = grade
        self.received = received
        self.daysWaiting = daysWaiting
    }
}
