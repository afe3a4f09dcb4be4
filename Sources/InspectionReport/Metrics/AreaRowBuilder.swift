/// Computes the rows of one area in the order of `docs/data-contract.md`, "The output files":
/// every metric of ``Metric`` and each of its breakdowns, by the rules of "The figures".
struct AreaRowBuilder {
    typealias Histogram = CaseTally.Histogram

    let area: Area
    let name: String
    let figures: AreaFigures
    /// The quarters of the period, in time order.
    let quarters: [Quarter]
    /// The area's child population, when every force in it has one.
    let childPopulation: Int?
    /// The forces' funnel positions, when there is a national rate to compare with.
    let funnel: FunnelPositions?
    let progress: RecommendationProgress
    /// The national bodies' progress, for the national area's `recommendation_status` rows.
    let nationalProgress: NationalProgress
    /// The forces of the area.
    let forces: [Int]

    /// The rows of the area: every metric, each breakdown, omitted rows left out.
    func rows() -> [MetricRow] {
        let recommendationIDs = recommendationBreakdownIDs
        var rows: [MetricRow] = []
        for metric in Metric.allCases {
            for dimension in metric.dimensions {
                for breakdown in dimension.breakdowns(quarters: quarters, recommendations: recommendationIDs) {
                    guard let (value, control) = figure(metric, breakdown) else { continue }
                    rows.append(MetricRow(key: MetricKey(area, metric, breakdown), areaName: name, value: value, control: control))
                }
            }
        }
        return rows
    }

    /// The recommendations with a status row in this area (`docs/data-contract.md`, "The
    /// figures"): a force's own; for the nation the national bodies', when
    /// `national-progress.csv` is present; none for a region.
    var recommendationBreakdownIDs: [Int] {
        switch area {
        case .force: progress.actionable.map(\.id)
        case .national: nationalProgress.statusRowIDs
        case .region: []
        }
    }

    /// The value of a metric and breakdown, and how disclosure control treats it; nil when
    /// the row is omitted (a rate over nothing, a percentile over no values).
    func figure(_ metric: Metric, _ b: Breakdown) -> (MetricValue, MetricRow.Control)? {
        if metric.isCaseCount { return (.count(count(metric, b)), .count) }
        switch metric {
        case .referrals, .assessed, .unassessed, .assessmentDue, .assessmentMet, .assessmentBreached, .assessmentOverdueOpen,
            .assessmentPending, .assessmentUndated, .reviewed, .gradingAgreed, .gradingUnder, .gradingOver, .gradingMatrix,
            .lowGradeChildInHousehold, .actionDue, .actionMet, .actionBreached, .actionOverdueOpen, .actionPending, .arrests,
            .childInHousehold, .partnerReferred, .pndChecked, .allocation:
            preconditionFailure("\(metric.csvName) is a count: Metric.isCaseCount decides it above")
        case .referralsPer10kChildren:
            guard let childPopulation, childPopulation > 0 else { return nil }
            let referrals = count(.referrals, .all)
            return (
                .ratio(Int128(referrals) * 10_000, Int128(childPopulation)),
                .derived(cases: referrals, inputs: [key(.referrals)])
            )
        case .daysToAssessmentMedian: return percentile(50, [.assessment])
        case .daysToAssessmentP90: return percentile(90, [.assessment])
        case .assessmentCompliance: return rate(.assessmentMet, .assessmentDue, b)
        case .gradingAccuracy: return rate(.gradingAgreed, .reviewed, b)
        case .gradingKappa: return kappa()
        case .actionCompliance: return rate(.actionMet, .actionDue, b)
        case .actionCompliancePosition:
            guard case .force(let f) = area, case .limits(let limits) = b, let position = funnel?.positions[f]?[limits] else { return nil }
            return (.text(position.rawValue), .derived(cases: count(.actionDue, .all), inputs: [key(.actionMet), key(.actionDue)]))
        case .daysToActionMedian, .daysToActionP90:
            let p = metric == .daysToActionMedian ? 50 : 90
            if case .grade(let g) = b { return percentile(p, [Histogram.action(g)]) }
            return percentile(p, Histogram.allActions)
        case .daysToArrestMedian: return percentile(50, [.arrest])
        case .daysToArrestP90: return percentile(90, [.arrest])
        case .daysToArrestMax:
            guard let maximum = figures.maximum(of: [.arrest]) else { return nil }
            return (.days(maximum), .derived(cases: count(.arrests, .all), inputs: []))
        case .partnerReferralRate: return rate(.partnerReferred, .childInHousehold, .all)
        case .daysToPartnerReferralMedian: return percentile(50, [.partnerReferral])
        case .pndCheckedRate:
            let yes = count(.pndChecked, .pnd(.yes)), no = count(.pndChecked, .pnd(.no))
            return ratio(yes, yes + no, inputs: [key(.pndChecked, .pnd(.yes)), key(.pndChecked, .pnd(.no))])
        case .specialistRate:
            if case .source(let s) = b {
                let specialist = figures.count(.specialistBySource, s.rawValue)
                let other = figures.count(.nonSpecialistBySource, s.rawValue)
                // Hidden with either allocation count, and also with the source's referrals
                // (docs/methodology.md, "Figures": disclosure control).
                return ratio(
                    specialist, specialist + other,
                    inputs: [
                        key(.allocation, .allocation(.specialist)),
                        key(.allocation, .allocation(.nonSpecialist)), key(.referrals, b),
                    ])
            }
            let specialist = count(.allocation, .allocation(.specialist)), other = count(.allocation, .allocation(.nonSpecialist))
            return ratio(
                specialist, specialist + other,
                inputs: [key(.allocation, .allocation(.specialist)), key(.allocation, .allocation(.nonSpecialist))])
        case .recommendationStatus:
            guard case .recommendation(let id) = b else { return nil }
            switch area {
            case .force(let f):
                guard let k = progress.actionable.firstIndex(where: { $0.id == id }) else { return nil }
                return (.text(progress.status[f][k].csvName), .never)
            case .national:
                guard let status = nationalProgress.progress(of: id)?.status else { return nil }
                return (.text(status.csvName), .never)
            case .region:
                return nil
            }
        case .recommendations:
            guard case .status(let s) = b else { return nil }
            return (.count(progress.statusCounts(of: forces)[s.rawValue]), .never)
        case .recommendationsCompleteRate:
            let counts = progress.statusCounts(of: forces)
            let pairs = counts.reduce(0, +)
            guard pairs > 0 else { return nil }
            return (.ratio(Int128(counts[RecommendationStatus.complete.rawValue]), Int128(pairs)), .never)
        case .recommendationsOverdue:
            return (.count(progress.overdueCount(of: forces)), .never)
        }
    }

    /// A count of cases (`docs/data-contract.md`, "The figures", over the tallied classes).
    func count(_ metric: Metric, _ b: Breakdown) -> Int {
        let f = figures
        let quarter: Int? = if case .quarter(let q) = b { quarters.firstIndex(of: q) } else { nil }
        let grade: RiskGrade? = if case .grade(let g) = b { g } else { nil }
        func action(_ kinds: [Timeliness.Action]) -> Int { f.action(kinds, grade: grade, quarter: quarter) }
        func byQuarter(_ counter: Counter) -> Int { quarter.map { f.count(counter, $0) } ?? f.total(counter) }
        switch metric {
        case .referrals:
            if case .source(let s) = b { return f.count(.referralsBySource, s.rawValue) }
            return quarter.map { f.count(.referralsByQuarter, $0) } ?? f.total(.referralsBySource)
        case .assessed: return grade.map { f.count(.assessedByGrade, $0.rawValue) } ?? f.total(.assessedByGrade)
        case .unassessed: return f.count(.unassessed)
        case .assessmentDue: return f.assessment(Timeliness.Assessment.due)
        case .assessmentMet: return f.assessment([.met])
        case .assessmentBreached: return f.assessment(Timeliness.Assessment.breaches)
        case .assessmentOverdueOpen: return f.assessment([.overdueOpen])
        case .assessmentPending: return f.assessment([.pending])
        case .assessmentUndated: return f.assessment([.undated])
        case .reviewed: return byQuarter(.reviewedByQuarter)
        case .gradingAgreed: return byQuarter(.agreedByQuarter)
        case .gradingUnder: return f.count(.gradedUnder)
        case .gradingOver: return f.count(.gradedOver)
        case .gradingMatrix:
            guard case .matrix(let g, let h) = b else { return 0 }
            return f.count(.matrix, Counter.matrixIndex(assigned: g.rawValue, review: h.rawValue))
        case .lowGradeChildInHousehold: return f.count(.lowGradeChildInHousehold)
        case .actionDue: return action(Timeliness.Action.due)
        case .actionMet: return action([.met])
        case .actionBreached: return action(Timeliness.Action.breaches)
        case .actionOverdueOpen: return action([.overdueOpen])
        case .actionPending: return action([.pending])
        case .arrests: return f.count(.arrests)
        case .childInHousehold: return f.count(.childInHousehold)
        case .partnerReferred: return f.count(.partnerReferred)
        case .pndChecked:
            guard case .pnd(let v) = b else { return 0 }
            return f.count(.pndChecked, v.rawValue)
        case .allocation:
            guard case .allocation(let a) = b else { return 0 }
            return f.count(.allocation, a.rawValue)
        case .referralsPer10kChildren, .daysToAssessmentMedian, .daysToAssessmentP90, .assessmentCompliance, .gradingAccuracy,
            .gradingKappa, .actionCompliance, .actionCompliancePosition, .daysToActionMedian, .daysToActionP90, .daysToArrestMedian,
            .daysToArrestP90, .daysToArrestMax, .partnerReferralRate, .daysToPartnerReferralMedian, .pndCheckedRate, .specialistRate,
            .recommendationStatus, .recommendations, .recommendationsCompleteRate, .recommendationsOverdue:
            preconditionFailure("\(metric.csvName) is not a count of cases")
        }
    }

    func key(_ metric: Metric, _ breakdown: Breakdown = .all) -> MetricKey { MetricKey(area, metric, breakdown) }

    /// `numerator / denominator` of the same breakdown, hidden with either count.
    func rate(_ numerator: Metric, _ denominator: Metric, _ b: Breakdown) -> (MetricValue, MetricRow.Control)? {
        ratio(count(numerator, b), count(denominator, b), inputs: [key(numerator, b), key(denominator, b)])
    }

    func ratio(_ numerator: Int, _ denominator: Int, inputs: [MetricKey]) -> (MetricValue, MetricRow.Control)? {
        guard denominator != 0 else { return nil }
        return (.ratio(Int128(numerator), Int128(denominator)), .derived(cases: denominator, inputs: inputs))
    }

    func percentile(_ p: Int, _ kinds: [Histogram]) -> (MetricValue, MetricRow.Control)? {
        guard let value = figures.percentile(p, of: kinds) else { return nil }
        return (.days(value), .derived(cases: figures.valueCount(kinds), inputs: []))
    }

    /// Linearly weighted Cohen's kappa in integers: `(A·N - B) / (3N² - B)`; hidden when any
    /// matrix cell is.
    func kappa() -> (MetricValue, MetricRow.Control)? {
        let n = count(.reviewed, .all)
        guard n > 0 else { return nil }
        var a: Int128 = 0, b: Int128 = 0
        var rowTotals = [Int128](repeating: 0, count: 4), columnTotals = [Int128](repeating: 0, count: 4)
        for i in 0..<4 {
            for j in 0..<4 {
                let cell = Int128(figures.count(.matrix, Counter.matrixIndex(assigned: i, review: j)))
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
        guard denominator != 0 else { return nil }
        let cells = Breakdown.Dimension.matrix.breakdowns(quarters: [], recommendations: []).map { key(.gradingMatrix, $0) }
        return (.ratio(a * bigN - b, denominator), .derived(cases: n, inputs: cells))
    }
}
