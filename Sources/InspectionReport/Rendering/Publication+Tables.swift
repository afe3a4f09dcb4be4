/// Tables shared by the national page and the scorecards.
extension Publication {
    static let gradeOrder = RiskGrade.descending

    func referralsByQuarter(_ area: Area, id: String) -> (Table, SVGChart) {
        let quarters = settings.quarters
        let values = quarters.map { value(area, .referrals, .quarter($0)) }
        let rows = zip(quarters, values).map { [Table.Cell(Self.quarterLabel($0.0)), Table.Cell(Figure.text($0.1))] }
        let table = Table(
            id: id + "-table", caption: "Referrals by quarter received, \(name(of: area))",
            columns: [.init("Quarter received", numeric: false), .init("Referrals")], rows: rows)
        let described = zip(quarters, values).map { "\(Self.quarterLabel($0.0)): \(Figure.text($0.1))" }.joined(separator: "; ")
        var title = "Referrals by quarter, \(name(of: area))"
        if let a = values.first.flatMap({ $0?.integer }), let b = values.last.flatMap({ $0?.integer }), quarters.count > 1 {
            let verb = b > a ? "rose" : b < a ? "fell" : "were the same"
            title =
                """
                Referrals \(verb) from \(Figure.integer(a)) in \(Self.quarterLabel(quarters[0])) to \(Figure.integer(b)) in \
                \(Self.quarterLabel(quarters[quarters.count - 1])), \(name(of: area))
                """
        }
        let chart = SVGChart.bars(
            id: id, title: title,
            description: "Bar chart of referrals received in each quarter. \(described).",
            labels: quarters.map { Self.quarterAxisLabel($0) }.map { "\($0.months)\n\($0.year)" }, values: values,
            xTitle: "Quarter received", yTitle: "Referrals")
        return (table, chart)
    }

    func complianceByGrade(_ area: Area, id: String) -> (Table, SVGChart) {
        var rows: [[Table.Cell]] = []
        var labels: [String] = []
        var values: [MetricValue?] = []
        for g in [nil] + Self.gradeOrder.map(Optional.some) {
            let b: Breakdown = g.map { .grade($0) } ?? .all
            let limit = g.map { settings.timescale(for: $0) }
            let label = g.map { $0.label } ?? "All grades"
            let compliance = value(area, .actionCompliance, b)
            rows.append([
                Table.Cell(label), Table.Cell(limit.map { $0 == 1 ? "1 day" : "\($0) days" } ?? "–"),
                Table.Cell(Figure.text(value(area, .actionDue, b))), Table.Cell(Figure.text(value(area, .actionMet, b))),
                Table.Cell(Figure.text(value(area, .actionBreached, b))), Table.Cell(Figure.text(value(area, .actionOverdueOpen, b))),
                Table.Cell(Figure.text(value(area, .actionPending, b))),
                Table.Cell(Figure.percent(compliance), status: RAGStatus.of(compliance, settings: settings)),
                Table.Cell(Figure.text(value(area, .daysToActionMedian, b))), Table.Cell(Figure.text(value(area, .daysToActionP90, b))),
            ])
            if let g, let limit {
                labels.append("\(g.label) (\(limit == 1 ? "1 day" : "\(limit) days"))")
                values.append(compliance)
            }
        }
        let table = Table(
            id: id + "-table", caption: "Timescale compliance by risk grade, \(name(of: area))",
            columns: [
                .init("Risk grade", numeric: false), .init("Limit", numeric: false), .init("Due"), .init("Met"),
                .init("Breached"), .init("Open and overdue"), .init("Pending"), .init("Compliance", numeric: false),
                .init("Median days to action"), .init("90th percentile days"),
            ],
            rows: rows)
        let described = zip(labels, values).map { "\($0.0): \(Figure.percent($0.1))" }.joined(separator: "; ")
        var title = "Share of cases acted on within the limit for their grade, \(name(of: area))"
        if let lowest = Self.leastOftenActedOn(values) {
            title = "\(lowest.grades) cases were the least often acted on within their limit (\(Figure.percent(lowest.rate))), \(name(of: area))"
        }
        let chart = SVGChart.rates(
            id: id, title: title,
            description: "Horizontal bar chart of timescale compliance by risk grade, with the green and amber thresholds marked. \(described).",
            labels: labels, values: values, green: settings.ragGreen.doubleValue, amber: settings.ragAmber.doubleValue,
            xTitle: "Cases acted on within the timescale, of cases due")
        return (table, chart)
    }

    /// The grades whose compliance is the lowest ("Medium-risk", "Very high- and medium-risk"
    /// when tied, compared exactly) and that rate, from the rates of `gradeOrder`; nil when a
    /// grade's rate is hidden (it may be the lowest, and naming another would tell something
    /// about it) or fewer than two grades have a rate.
    static func leastOftenActedOn(_ values: [MetricValue?]) -> (grades: String, rate: MetricValue)? {
        guard !values.contains(.suppressed) else { return nil }
        let rated = zip(gradeOrder, values).compactMap { g, v -> (grade: RiskGrade, value: MetricValue, n: Int128, d: Int128)? in
            guard case .ratio(let n, let d)? = v, d > 0 else { return nil }
            return (g, v!, n, d)
        }
        guard rated.count > 1, let lowest = rated.min(by: { $0.n * $1.d < $1.n * $0.d }) else { return nil }
        let tied = rated.filter { $0.n * lowest.d == lowest.n * $0.d }.map { $0.grade.label.lowercased() }
        let grades =
            tied.count == 1
            ? tied[0] + "-risk"
            : tied.dropLast().map { $0 + "-" }.joined(separator: ", ") + " and " + tied[tied.count - 1] + "-risk"
        return (grades.prefix(1).uppercased() + grades.dropFirst(), lowest.value)
    }

    /// The data of the funnel plot: each force's cases due, compliance and position; on a
    /// scorecard (`highlight`) only that force and the forces of its region, so that the site
    /// grows linearly with the number of forces (the national page has every force).
    func funnelTable(id: String, linkPrefix: String, highlight: Int? = nil) -> Table {
        let region = highlight.map { dataset.forces[$0].region }
        let listed = table.forceOrder.filter { region == nil || dataset.forces[$0].region == region }
        let rows = listed.map { f -> [Table.Cell] in
            let a = Area.force(f)
            let compliance = value(a, .actionCompliance)
            func position(_ limits: FunnelLimits) -> String {
                switch value(a, .actionCompliancePosition, .limits(limits)) {
                case .text(let word)?: Self.positionWords(word)
                case let other: Figure.text(other)
                }
            }
            let name = dataset.forces[f].name + (f == highlight ? " (this force)" : "")
            return [
                Table.Cell(name, link: linkPrefix + "forces/\(dataset.forces[f].id).html"),
                Table.Cell(Figure.text(value(a, .actionDue))), Table.Cell(Figure.percent(compliance)),
                Table.Cell(position(.p95)), Table.Cell(position(.p998)),
            ]
        }
        let caption = "The data of the funnel plot: cases due, timescale compliance and position against the national rate's 95% and 99.8% limits"
        return Table(
            id: id, caption: caption + (region.map { ", forces of the \($0) region" } ?? ""),
            columns: [
                .init("Force", numeric: false), .init("Cases due"), .init("Compliance", numeric: false),
                .init("Against the 95% limits", numeric: false), .init("Against the 99.8% limits", numeric: false),
            ], rows: rows)
    }

    /// A funnel position row (`above`, `within`, `below`) in words.
    static func positionWords(_ word: String) -> String {
        switch FunnelPositions.Position(rawValue: word) {
        case .above?: "Above the range expected"
        case .below?: "Below the range expected"
        case .within?: "Within the range expected"
        case nil: word
        }
    }

    func gradingMatrix(_ area: Area, id: String) -> Table {
        var rows: [[Table.Cell]] = []
        for g in Self.gradeOrder {
            var row = [Table.Cell("Graded \(g.label.lowercased())")]
            for h in Self.gradeOrder {
                row.append(Table.Cell(Figure.text(value(area, .gradingMatrix, .matrix(assigned: g, review: h)))))
            }
            rows.append(row)
        }
        return Table(
            id: id, caption: "Risk grade given by the force (rows) against the grade a reviewer judged right (columns), \(name(of: area))",
            columns: [.init("Force's grade", numeric: false)] + Self.gradeOrder.map { .init("Reviewed \($0.label.lowercased())") },
            rows: rows)
    }

    func safeguarding(_ area: Area, id: String) -> Table {
        func row(_ label: String, _ text: String, _ status: RAGStatus? = nil) -> [Table.Cell] {
            [Table.Cell(label), Table.Cell(text, status: status)]
        }
        let partnerRate = value(area, .partnerReferralRate)
        let pndRate = value(area, .pndCheckedRate)
        let specialist = value(area, .specialistRate)
        return Table(
            id: id, caption: "Safeguarding and practice, \(name(of: area))",
            columns: [.init("Measure", numeric: false), .init("Figure", numeric: false)],
            rows: [
                row("Suspects living with or with access to children", Figure.text(value(area, .childInHousehold))),
                row("… of whom shared with children's social care", Figure.text(value(area, .partnerReferred))),
                row("Partner referral rate", Figure.percent(partnerRate), RAGStatus.of(partnerRate, settings: settings)),
                row("Median days to share with social care", Figure.text(value(area, .daysToPartnerReferralMedian))),
                row("Graded low risk although living with children", Figure.text(value(area, .lowGradeChildInHousehold))),
                row("Police National Database checked", Figure.text(value(area, .pndChecked, .pnd(.yes)))),
                row("Police National Database not checked", Figure.text(value(area, .pndChecked, .pnd(.no)))),
                row("PND check not recorded", Figure.text(value(area, .pndChecked, .pnd(.unknown)))),
                row("PND check rate (where recorded)", Figure.percent(pndRate), RAGStatus.of(pndRate, settings: settings)),
                row("Cases with specialist investigators (where recorded)", Figure.percent(specialist), RAGStatus.of(specialist, settings: settings)),
            ])
    }

    func specialistBySource(_ area: Area, id: String) -> Table {
        let rows = ReferralSource.allCases.map { s -> [Table.Cell] in
            let rate = value(area, .specialistRate, .source(s))
            return [
                Table.Cell(s.label), Table.Cell(Figure.text(value(area, .referrals, .source(s)))),
                Table.Cell(Figure.percent(rate), status: RAGStatus.of(rate, settings: settings)),
            ]
        }
        return Table(
            id: id, caption: "Referrals and specialist allocation by source, \(name(of: area))",
            columns: [.init("Source", numeric: false), .init("Referrals"), .init("Specialist allocation", numeric: false)], rows: rows)
    }
}
