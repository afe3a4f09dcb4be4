/// The census date and the timeliness classes (`docs/data-contract.md`, "Scope and the census date"
/// and "The figures"): the one place that decides whether a case is in scope, which grade it has on
/// `as_of`, and whether it was acted on and assessed in time.
struct Timeliness: Sendable {
    /// A graded case's action timeliness. An open overdue case is also breached.
    enum Action: Int, CaseIterable, Sendable {
        /// Acted on within the limit.
        case met
        /// Acted on after the limit.
        case breached
        /// Not acted on by `as_of`, and the limit has run out (also breached).
        case overdueOpen
        /// Not acted on, and the limit has not run out.
        case pending

        /// The classes that make up `action_due`.
        static let due: [Action] = [.met, .breached, .overdueOpen]
        /// The classes that make up `action_breached`.
        static let breaches: [Action] = [.breached, .overdueOpen]
    }

    /// A case's assessment timeliness. An open overdue case is also breached.
    enum Assessment: Int, CaseIterable, Sendable {
        /// Assessed within the limit.
        case met
        /// Assessed after the limit.
        case breached
        /// Not assessed by `as_of`, and the limit has run out (also breached).
        case overdueOpen
        /// Not assessed, and the limit has not run out.
        case pending
        /// Graded without a `risk_assessed` date: it cannot be timed.
        case undated

        /// The classes that make up `assessment_due`.
        static let due: [Assessment] = [.met, .breached, .overdueOpen]
        /// The classes that make up `assessment_breached`.
        static let breaches: [Assessment] = [.breached, .overdueOpen]
    }

    let asOf: Int32
    let periodStart: Int32
    let periodEnd: Int32
    /// Days allowed from `received` to `action`, by ``RiskGrade`` raw value.
    let actionLimits: [Int]
    /// Days allowed from `received` to `risk_assessed`.
    let assessmentLimit: Int

    init(settings: ReportSettings) {
        asOf = settings.asOf.number
        periodStart = settings.periodStart.number
        periodEnd = settings.periodEnd.number
        actionLimits = settings.timescales
        assessmentLimit = settings.assessmentTimescale
    }

    /// Whether the case was received in the reporting period.
    @inline(__always)
    func isInScope(_ r: CaseRecord) -> Bool { r.received >= periodStart && r.received <= periodEnd }

    /// Whether a date had happened by `as_of` (a later date reads as missing).
    @inline(__always)
    func happened(_ date: Int32) -> Bool { date != CaseRecord.missing && date <= asOf }

    /// How many of the case's five dates are later than `as_of` (for `dates_after_as_of`).
    @inline(__always)
    func datesAfterAsOf(_ r: CaseRecord) -> Int {
        func late(_ date: Int32) -> Int { date != CaseRecord.missing && date > asOf ? 1 : 0 }
        return late(r.received) + late(r.riskAssessed) + late(r.action) + late(r.arrested) + late(r.partnerReferral)
    }

    /// The grade known on `as_of` (``CaseRecord/noGrade`` when the case counts as unassessed:
    /// no grade, or assessed after `as_of`).
    @inline(__always)
    func grade(_ r: CaseRecord) -> UInt8 {
        r.riskAssessed == CaseRecord.missing || r.riskAssessed <= asOf ? r.riskGrade : CaseRecord.noGrade
    }

    /// The review grade known on `as_of`, under the same rule as ``grade(_:)``.
    @inline(__always)
    func reviewGrade(_ r: CaseRecord) -> UInt8 {
        r.riskAssessed == CaseRecord.missing || r.riskAssessed <= asOf ? r.reviewGrade : CaseRecord.noGrade
    }

    /// The action timeliness of a case with grade `grade` (not ``CaseRecord/noGrade``).
    @inline(__always)
    func action(_ r: CaseRecord, grade: UInt8) -> Action {
        let limit = actionLimits[Int(grade)]
        if happened(r.action) { return Int(r.action - r.received) <= limit ? .met : .breached }
        return Int(asOf - r.received) > limit ? .overdueOpen : .pending
    }

    /// The assessment timeliness of a case whose grade on `as_of` is `grade`.
    @inline(__always)
    func assessment(_ r: CaseRecord, grade: UInt8) -> Assessment {
        if grade != CaseRecord.noGrade {
            guard r.riskAssessed != CaseRecord.missing else { return .undated }
            return Int(r.riskAssessed - r.received) <= assessmentLimit ? .met : .breached
        }
        return Int(asOf - r.received) > assessmentLimit ? .overdueOpen : .pending
    }

    /// Whether an in-scope graded case had no action by `as_of` and its timescale has run
    /// out (the `action_overdue_open` class).
    func isOpenOverdue(_ r: CaseRecord) -> Bool {
        guard isInScope(r) else { return false }
        let g = grade(r)
        return g != CaseRecord.noGrade && action(r, grade: g) == .overdueOpen
    }

    /// Whether an in-scope case had no grade on `as_of` and has waited longer than
    /// `timescales.assessment` since `received` (the `assessment_overdue_open` class).
    func isAssessmentOverdue(_ r: CaseRecord) -> Bool {
        guard isInScope(r) else { return false }
        let g = grade(r)
        return g == CaseRecord.noGrade && assessment(r, grade: g) == .overdueOpen
    }

    /// Whether a case belongs in the restricted annex: open past its action timescale, or
    /// awaiting a risk assessment past the assessment timescale.
    func isAnnexCase(_ r: CaseRecord) -> Bool { isOpenOverdue(r) || isAssessmentOverdue(r) }
}
