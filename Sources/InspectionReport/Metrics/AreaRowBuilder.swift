/// Writes the rows of one area in the order of SPEC section 5.
struct AreaRowBuilder {
    typealias Slot = CaseTally.Slot
    typealias Histogram = CaseTally.Histogram

    let area: Area
    let name: String
    let figures: AreaFigures
    let settings: ReportSettings
    /// Index of this area's first row in the whole table.
    let base: Int
    var rows: [MetricRow] = []

    init(area: Area, name: String, figures: AreaFigures, settings: ReportSettings, base: Int) {
        self.area = area
        self.name = name
        self.figures = figures
        self.settings = settings
        self.base = base
    }

    /// Appends a row and returns its index in the whole table.
    @discardableResult
    mutating func add(_ metric: String, _ breakdown: String = "all", _ value: MetricValue, _ control: MetricRow.Control) -> Int {
        rows.append(MetricRow(area: area, areaName: name, metric: metric, breakdown: breakdown, value: value, control: control))
        return base + rows.count - 1
    }

    mutating func count(_ metric: String, _ breakdown: String = "all", _ n: Int, set: String? = nil) -> Int {
        add(metric, breakdown, .count(n), .count(set: set))
    }

    mutating func ratio(_ metric: String, _ breakdown: String = "all", _ numerator: Int, _ denominator: Int, numeratorRow: Int?) {
        guard denominator != 0 else { return }
        add(metric, breakdown, .ratio(Int128(numerator), Int128(denominator)), .ratio(denominator: denominator, numerator: numeratorRow))
    }

    mutating func percentile(_ metric: String, _ breakdown: String = "all", _ p: Int, _ kinds: [Histogram]) {
        guard let value = figures.percentile(p, of: kinds) else { return }
        add(metric, breakdown, .days(value), .ratio(denominator: figures.valueCount(kinds), numerator: nil))
    }

    static let grades = RiskGrade.descending

    mutating func addCaseMetrics(childPopulation: Int?) {
        let f = figures
        // Volumes
        let referrals = f.sum(Slot.source, 5)
        let referralsRow = count("referrals", "all", referrals)
        for s in ReferralSource.allCases {
            _ = count("referrals", "source=\(s.csvName)", f[Slot.source + s.rawValue], set: "referrals/source")
        }
        for (q, quarter) in settings.quarters.enumerated() {
            _ = count("referrals", "quarter=\(quarter)", f[Slot.quarter + q], set: "referrals/quarter")
        }
        if let childPopulation, childPopulation > 0 {
            add("referrals_per_10k_children", "all", .ratio(Int128(referrals) * 10_000, Int128(childPopulation)),
                .perPopulation(referrals: referralsRow))
        }
        // Assessment
        _ = count("assessed", "all", f.sum(Slot.assessed, 4))
        for g in Self.grades { _ = count("assessed", "grade=\(g.csvName)", f[Slot.assessed + g.rawValue], set: "assessed/grade") }
        _ = count("unassessed", "all", f[Slot.unassessed])
        percentile("days_to_assessment_median", "all", 50, [.assessment])
        percentile("days_to_assessment_p90", "all", 90, [.assessment])
        // Grading
        let reviewed = f[Slot.reviewed]
        _ = count("reviewed", "all", reviewed)
        let agreedRow = count("grading_agreed", "all", f[Slot.agreed])
        _ = count("grading_under", "all", f[Slot.under])
        _ = count("grading_over", "all", f[Slot.over])
        ratio("grading_accuracy", "all", f[Slot.agreed], reviewed, numeratorRow: agreedRow)
        for g in Self.grades {
            for h in Self.grades {
                _ = count("grading_matrix", "assigned=\(g.csvName);review=\(h.csvName)", f[Slot.matrix + g.rawValue * 4 + h.rawValue], set: "grading_matrix")
            }
        }
        addKappa(reviewed: reviewed)
        _ = count("low_grade_child_in_household", "all", f[Slot.lowGradeChild])
        addTimeliness()
        // Arrests
        let arrests = f[Slot.arrests]
        _ = count("arrests", "all", arrests)
        percentile("days_to_arrest_median", "all", 50, [.arrest])
        percentile("days_to_arrest_p90", "all", 90, [.arrest])
        if let maximum = f.maximum(of: [.arrest]) {
            add("days_to_arrest_max", "all", .days(maximum), .ratio(denominator: arrests, numerator: nil))
        }
        // Safeguarding
        let child = f[Slot.childInHousehold]
        _ = count("child_in_household", "all", child)
        let referredRow = count("partner_referred", "all", f[Slot.partnerReferred])
        ratio("partner_referral_rate", "all", f[Slot.partnerReferred], child, numeratorRow: referredRow)
        percentile("days_to_partner_referral_median", "all", 50, [.partnerReferral])
        var pndRows: [Int] = []
        for v in FlagValue.allCases {
            pndRows.append(count("pnd_checked", "value=\(v.csvName)", f[Slot.pnd + v.rawValue], set: "pnd_checked/value"))
        }
        let yes = f[Slot.pnd + FlagValue.yes.rawValue], no = f[Slot.pnd + FlagValue.no.rawValue]
        ratio("pnd_checked_rate", "all", yes, yes + no, numeratorRow: pndRows[0])
        var allocationRows: [Int] = []
        for a in Allocation.allCases {
            allocationRows.append(count("allocation", "value=\(a.csvName)", f[Slot.allocation + a.rawValue], set: "allocation/value"))
        }
        let specialist = f[Slot.allocation + Allocation.specialist.rawValue]
        let nonSpecialist = f[Slot.allocation + Allocation.nonSpecialist.rawValue]
        ratio("specialist_rate", "all", specialist, specialist + nonSpecialist, numeratorRow: allocationRows[0])
        for s in ReferralSource.allCases {
            let sp = f[Slot.specialistBySource + s.rawValue], non = f[Slot.nonSpecialistBySource + s.rawValue]
            ratio("specialist_rate", "source=\(s.csvName)", sp, sp + non, numeratorRow: nil)
        }
    }

    /// Linearly weighted Cohen's kappa in integers: `(A·N - B) / (3N² - B)`.
    mutating func addKappa(reviewed n: Int) {
        guard n > 0 else { return }
        var a: Int128 = 0, b: Int128 = 0
        var rowTotals = [Int128](repeating: 0, count: 4), columnTotals = [Int128](repeating: 0, count: 4)
        for i in 0..<4 {
            for j in 0..<4 {
                let cell = Int128(figures[Slot.matrix + i * 4 + j])
                rowTotals[i] += cell
                columnTotals[j] += cell
                a += Int128(3 - abs(i - j)) * cell
            }
        }
        for i in 0..<4 {
            for j in 0..<4 { b += Int128(3 - abs(i - j)) * rowTotals[i] * columnTotals[j] }
        }
        let bigN = Int128(n)
        let denominator = 3 * bigN * bigN - b
        guard denominator != 0 else { return }
        add("grading_kappa", "all", .ratio(a * bigN - b, denominator), .ratio(denominator: n, numerator: nil))
    }

    mutating func addTimeliness() {
        let f = figures
        func perGrade(_ slot: Int) -> [Int] { RiskGrade.allCases.map { f[slot + $0.rawValue] } }
        let met = perGrade(Slot.met), breached = perGrade(Slot.breached)
        let overdue = perGrade(Slot.overdueOpen), pending = perGrade(Slot.pending)
        let due = zip(met, breached).map { $0 + $1 }
        let families: [(String, [Int])] = [("action_due", due), ("action_met", met), ("action_breached", breached),
                                           ("action_overdue_open", overdue), ("action_pending", pending)]
        var metRows: [String: Int] = [:]
        for (metric, values) in families {
            let row = count(metric, "all", values.reduce(0, +))
            if metric == "action_met" { metRows["all"] = row }
            for g in Self.grades {
                let r = count(metric, "grade=\(g.csvName)", values[g.rawValue], set: "\(metric)/grade")
                if metric == "action_met" { metRows[g.csvName] = r }
            }
        }
        ratio("action_compliance", "all", met.reduce(0, +), due.reduce(0, +), numeratorRow: metRows["all"])
        for g in Self.grades {
            ratio("action_compliance", "grade=\(g.csvName)", met[g.rawValue], due[g.rawValue], numeratorRow: metRows[g.csvName])
        }
        let allAction: [Histogram] = [.actionVeryHigh, .actionHigh, .actionMedium, .actionLow]
        for (metric, p) in [("days_to_action_median", 50), ("days_to_action_p90", 90)] {
            percentile(metric, "all", p, allAction)
            for g in Self.grades { percentile(metric, "grade=\(g.csvName)", p, [Histogram(rawValue: Histogram.actionLow.rawValue + g.rawValue)!]) }
        }
    }

    mutating func addRecommendationMetrics(progress: RecommendationProgress, forces: [Int]) {
        if case .force(let f) = area {
            for (k, recommendation) in progress.actionable.enumerated() {
                add("recommendation_status", "id=\(recommendation.id)", .text(progress.status[f][k].csvName), .never)
            }
        }
        let counts = progress.statusCounts(of: forces)
        for s in RecommendationStatus.allCases {
            add("recommendations", "status=\(s.csvName)", .count(counts[s.rawValue]), .never)
        }
        let pairs = counts.reduce(0, +)
        if pairs > 0 {
            add("recommendations_complete_rate", "all", .ratio(Int128(counts[RecommendationStatus.complete.rawValue]), Int128(pairs)), .never)
        }
        add("recommendations_overdue", "all", .count(progress.overdueCount(of: forces)), .never)
    }
}
