/// The publication's settings from `report.yml` (`docs/data-contract.md`, "Settings"), with
/// defaults applied.
struct ReportSettings: Sendable, Hashable {
    var title: String
    var periodStart: Day
    var periodEnd: Day
    /// The census date: every figure is the state known on this day.
    var asOf: Day
    /// Days allowed from `received` to `action`, indexed by ``RiskGrade/rawValue``.
    var timescales: [Int]
    /// Days allowed from `received` to `risk_assessed`.
    var assessmentTimescale: Int
    /// The smallest count shown in public outputs.
    var disclosureThreshold: Int
    /// The largest share of rejected case rows that still publishes.
    var maxRejectedShare: DecimalFraction
    /// Compliance at or above which a rate is green.
    var ragGreen: DecimalFraction
    /// Compliance at or above which a rate is amber (else red).
    var ragAmber: DecimalFraction
    /// The `publication` settings (`docs/data-contract.md`, "Settings").
    var publication = PublicationMetadata()
    /// A progress update older than this many months before `as_of` is flagged as stale
    /// (`progress.stale_after_months`, a setting of this tool's own).
    var staleAfterMonths = ReportSettings.defaultStaleAfterMonths

    init(
        title: String, periodStart: Day, periodEnd: Day, asOf: Day? = nil,
        timescales: [Int] = ReportSettings.defaultTimescales,
        assessmentTimescale: Int = ReportSettings.defaultAssessmentTimescale,
        disclosureThreshold: Int = SensitivityRule.defaultThreshold,
        maxRejectedShare: DecimalFraction = DecimalFraction(numerator: 1, scale: 2),
        ragGreen: DecimalFraction = DecimalFraction(numerator: 90, scale: 2),
        ragAmber: DecimalFraction = DecimalFraction(numerator: 75, scale: 2)
    ) {
        self.title = title
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.asOf = asOf ?? periodEnd
        self.timescales = timescales
        self.assessmentTimescale = assessmentTimescale
        self.disclosureThreshold = disclosureThreshold
        self.maxRejectedShare = maxRejectedShare
        self.ragGreen = ragGreen
        self.ragAmber = ragAmber
    }

    /// 30, 14, 7, 1 days for low, medium, high and very high.
    static let defaultTimescales = [30, 14, 7, 1]

    /// 2 days from referral to risk assessment.
    static let defaultAssessmentTimescale = 2

    /// Six months.
    static let defaultStaleAfterMonths = 6

    /// The earliest `updated` date that is not stale: `as_of` less ``staleAfterMonths``
    /// calendar months (the day clamped to the end of a shorter month).
    var staleBefore: Day {
        let c = asOf.components
        let months = c.year * 12 + (c.month - 1) - staleAfterMonths
        let year = months / 12, month = months % 12 + 1
        var day = c.day
        while day > 28, Day(year: year, month: month, day: day) == nil { day -= 1 }
        return Day(year: year, month: month, day: day) ?? asOf
    }

    /// Whether a progress update dated `updated` is stale on `as_of`.
    func isStale(_ updated: Day) -> Bool { updated < staleBefore }

    /// The timescale for a grade.
    func timescale(for grade: RiskGrade) -> Int { timescales[grade.rawValue] }

    /// The calendar quarters that overlap the period, in time order.
    var quarters: [Quarter] { Quarter.covering(periodStart, periodEnd) }
}
