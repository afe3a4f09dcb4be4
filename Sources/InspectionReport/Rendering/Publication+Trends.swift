/// The quarterly trends of timeliness and grading, and risk assessment, shared by the
/// national page and the scorecards. Every figure is a published row.
extension Publication {
    /// Timescale compliance and grading accuracy by quarter received: a table and a line chart.
    func trends(_ area: Area, id: String) -> (Table, SVGChart) {
        let quarters = settings.quarters
        let compliance = quarters.map { value(area, .actionCompliance, .quarter($0)) }
        let accuracy = quarters.map { value(area, .gradingAccuracy, .quarter($0)) }
        let rows = quarters.indices.map { i -> [Table.Cell] in
            let q = quarters[i]
            return [
                Table.Cell(Self.quarterLabel(q)),
                Table.Cell(Figure.text(value(area, .actionDue, .quarter(q)))),
                Table.Cell(Figure.percent(compliance[i]), status: RAGStatus.of(compliance[i], settings: settings)),
                Table.Cell(Figure.text(value(area, .reviewed, .quarter(q)))),
                Table.Cell(Figure.percent(accuracy[i]), status: RAGStatus.of(accuracy[i], settings: settings)),
            ]
        }
        let table = Table(
            id: id + "-table", caption: "Acting within the timescale and grading agreed with a reviewer, by quarter received, \(name(of: area))",
            columns: [
                .init("Quarter received", numeric: false), .init("Cases due"), .init("Acted on within the timescale", numeric: false),
                .init("Cases reviewed"), .init("Grades a reviewer agreed with", numeric: false),
            ],
            rows: rows)
        let described = quarters.indices.map {
            "\(Self.quarterLabel(quarters[$0])): acted on in time \(Figure.percent(compliance[$0])), grades agreed \(Figure.percent(accuracy[$0]))"
        }.joined(separator: "; ")
        var title = "Acting in time and grading agreed, by quarter received, \(name(of: area))"
        if let c = quarterComparison(area, .actionCompliance) {
            let first = "\(Figure.percent(c.earlier)) in \(Self.quarterLabel(c.earlierQuarter))"
            let last = "\(Figure.percent(c.later)) in \(Self.quarterLabel(c.laterQuarter))"
            // A change of less than one percentage point is not called a rise or a fall.
            switch c.change.isSmall ? .same : c.change.direction {
            case .up: title = "Acting in time rose from \(first) to \(last), \(name(of: area))"
            case .down: title = "Acting in time fell from \(first) to \(last), \(name(of: area))"
            case .same: title = "Acting in time was about the same: \(first), \(last), \(name(of: area))"
            }
        }
        let chart = SVGChart.lines(
            id: id, title: title,
            description: "Line chart of two rates for each quarter in which cases were received. \(described).",
            labels: quarters.map { Self.quarterAxisLabel($0) }.map { "\($0.months)\n\($0.year)" },
            series: [
                .init(name: "Acted on in time", values: compliance, colour: "#1d70b8", marker: .circle, dash: nil),
                .init(name: "Grades agreed", values: accuracy, colour: "#4c2c92", marker: .square, dash: "7 4"),
            ],
            xTitle: "Quarter received", yTitle: "Share of cases")
        return (table, chart)
    }

    /// Risk assessment within `timescales.assessment`: every class of `docs/data-contract.md`, "The
    /// figures".
    func assessment(_ area: Area, id: String) -> Table {
        let days = Self.days(settings.assessmentTimescale)
        let compliance = value(area, .assessmentCompliance)
        func row(_ label: String, _ metric: Metric) -> [Table.Cell] { [Table.Cell(label), Table.Cell(Figure.text(value(area, metric)))] }
        return Table(
            id: id, caption: "Risk assessment within \(days) of receiving the referral, \(name(of: area))",
            columns: [.init("Measure", numeric: false), .init("Figure", numeric: false)],
            rows: [
                row("Referrals received", .referrals),
                row("Due an assessment by \(Self.longDate(settings.asOf)) (assessed, or waiting longer than \(days))", .assessmentDue),
                row("Assessed within \(days)", .assessmentMet),
                row("Not assessed within \(days)", .assessmentBreached),
                row("… of which still waiting for an assessment", .assessmentOverdueOpen),
                row("Waiting for an assessment, still within \(days)", .assessmentPending),
                row("Graded with no assessment date (cannot be timed)", .assessmentUndated),
                [
                    Table.Cell("Assessed within \(days), of those due"),
                    Table.Cell(Figure.percent(compliance), status: RAGStatus.of(compliance, settings: settings)),
                ],
                row("Median days to risk assessment", .daysToAssessmentMedian),
                row("90th percentile days to risk assessment", .daysToAssessmentP90),
            ])
    }

    /// The unassessed backlog in words: how many referrals have no risk grade, and how many of
    /// them have waited longer than the assessment timescale.
    func backlogSentence(_ area: Area) -> String {
        let days = Self.days(settings.assessmentTimescale)
        let unassessed = value(area, .unassessed)
        let on = Self.longDate(settings.asOf)
        let overdue = value(area, .assessmentOverdueOpen), pending = value(area, .assessmentPending)
        // A hidden figure is never described: the sentence says what is not published instead.
        switch unassessed {
        case .count(0)?: return "On \(on) every referral had a risk assessment."
        case .suppressed?: return "How many referrals had no risk assessment on \(on) is not published, to protect confidentiality."
        default: break
        }
        guard overdue != .suppressed, pending != .suppressed else {
            return "On \(on), \(Figure.text(unassessed)) referrals had no risk assessment; how many of them had waited longer than \(days) "
                + "is not published, to protect confidentiality."
        }
        return "On \(on), \(Figure.text(unassessed)) referrals had no risk assessment: "
            + "\(Figure.text(overdue)) of them had waited longer than \(days), "
            + "and \(Figure.text(pending)) were still within it."
    }
}
