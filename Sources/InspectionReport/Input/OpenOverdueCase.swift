/// A case for the restricted annex: graded, with no enforcement action, and its action
/// timescale ran out before `as_of`; or not assessed on `as_of`, and the assessment
/// timescale ran out.
///
/// It carries the pseudonymous `case_id` and appears only in restricted outputs.
struct OpenOverdueCase: Sendable, Hashable {
    var caseID: String
    /// Index into the dataset's forces.
    var force: Int
    /// The grade known on `as_of`; nil when the case is not assessed.
    var grade: RiskGrade?
    var received: Day
    /// Calendar days from `received` to `as_of`.
    var daysWaiting: Int

    init(caseID: String, force: Int, grade: RiskGrade?, received: Day, daysWaiting: Int) {
        self.caseID = caseID
        self.force = force
        self.grade = grade
        self.received = received
        self.daysWaiting = daysWaiting
    }

    /// The `risk_grade` of `data/open-overdue-cases.csv`: the grade's name, or `not_assessed`.
    var gradeCSVName: String { grade?.csvName ?? "not_assessed" }

    /// The grade for people: its label, or "Not assessed".
    var gradeLabel: String { grade?.label ?? "Not assessed" }
}
