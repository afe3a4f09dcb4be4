/// The context of the national publication's template.
struct NationalPage {
    let publication: Publication

    /// Chart files for the Markdown output (path relative to the output root, SVG).
    var charts: [(path: String, chart: SVGChart)] = []

    init(publication: Publication) { self.publication = publication }

    mutating func context() -> [String: Any] {
        let p = publication
        let n = Area.national
        var context = p.commonContext(depth: 0)
        context["headlines"] = Block(headlines())
        context.merge(p.nationalMainPoints()) { a, _ in a }
        let (quarterTable, quarterChart) = p.referralsByQuarter(n, id: "national-quarters")
        context["referrals_by_quarter_chart"] = chartBlock(quarterChart, file: "charts/national-referrals-by-quarter.svg", depth: 0)
        context["referrals_by_quarter_table"] = Block(quarterTable)
        context["referrals_by_source_table"] = Block(p.specialistBySource(n, id: "national-sources"))
        context["forces_table"] = Block(forcesTable())
        context["regions_table"] = Block(regionsTable())
        context["assessment_table"] = Block(p.assessment(n, id: "national-assessment"))
        context["backlog"] = p.backlogSentence(n)
        let (trendTable, trendChart) = p.trends(n, id: "national-trends")
        context["trends_chart"] = chartBlock(trendChart, file: "charts/national-trends.svg", depth: 0)
        context["trends_table"] = Block(trendTable)
        let (gradeTable, gradeChart) = p.complianceByGrade(n, id: "national-compliance")
        context["compliance_by_grade_chart"] = chartBlock(gradeChart, file: "charts/national-compliance-by-grade.svg", depth: 0)
        context["compliance_by_grade_table"] = Block(gradeTable)
        if let funnel = p.funnel(highlight: nil) {
            let chart = funnel.chart(
                id: "national-funnel", title: "Timescale compliance of each force against the number of cases due",
                description:
                    """
                    Funnel plot: each dot is a force; forces outside the dashed lines lie outside the range expected (95%) around the national \
                    rate, and outside the dotted lines outside the 99.8% range. The table after the plot gives each force's figures and position.
                    """
            )
            context["funnel_chart"] = chartBlock(chart, file: "charts/national-funnel.svg", depth: 0)
            context["funnel_table"] = Block(p.funnelTable(id: "national-funnel-table", linkPrefix: ""))
        } else {
            context["funnel_table"] = ""
            context["funnel_chart"] = "The funnel plot is not drawn: there is no national compliance rate to compare with."
        }
        context["grading_matrix_table"] = Block(p.gradingMatrix(n, id: "national-matrix"))
        context["grading_accuracy"] = Figure.percent(p.value(n, .gradingAccuracy))
        context["grading_kappa"] = Figure.decimal3(p.value(n, .gradingKappa))
        context["grading_reviewed"] = Figure.text(p.value(n, .reviewed))
        context["grading_under"] = Figure.text(p.value(n, .gradingUnder))
        context["grading_over"] = Figure.text(p.value(n, .gradingOver))
        context["low_grade_child_in_household"] = Figure.text(p.value(n, .lowGradeChildInHousehold))
        context["safeguarding_table"] = Block(p.safeguarding(n, id: "national-safeguarding"))
        let national = p.table.nationalProgress
        context["recommendations"] = p.dataset.recommendations.sorted { $0.id < $1.id }.map { r -> [String: Any] in
            let progress = national.progress(of: r.id)
            let history = (progress?.history ?? []).map { u -> [String: Any] in
                [
                    "date": Publication.longDate(u.updated), "status": u.status.label, "evidence": Escaping.prose(u.evidence),
                    "has_evidence": !u.evidence.isEmpty,
                ]
            }
            return [
                "id": String(r.id),
                "title": Escaping.markdown(r.title),
                "owner": Escaping.markdown(r.owner),
                "deadline": r.deadline.map { Publication.longDate($0) } ?? "none set",
                "force_action": r.forceAction,
                "national_status": progress?.status != nil,
                "status": progress?.status?.label ?? "",
                "overdue": progress?.isOverdue ?? false,
                "history": history,
                "has_history": !history.isEmpty,
                "text": Escaping.prose(r.text),
            ]
        }
        context["national_reported"] = national.isReported
        context["national_recommendations_table"] = Block(nationalRecommendations())
        context["status_matrix_table"] = Block(statusMatrix())
        context["recommendation_key_table"] = Block(recommendationKey())
        context.merge(p.methodologyContext()) { a, _ in a }
        return context
    }

    mutating func chartBlock(_ chart: SVGChart, file: String, depth: Int) -> Block {
        charts.append((file, chart))
        return chart.block(file: file, depth: depth)
    }

    func headlines() -> Table {
        let p = publication
        let n = Area.national
        let quarters = p.settings.quarters
        let first = 0, last = quarters.count - 1
        let firstLabel = Publication.quarterLabel(quarters[first]), lastLabel = Publication.quarterLabel(quarters[last])
        func change(_ a: MetricValue?, _ b: MetricValue?, percent: Bool) -> String {
            let describe: (MetricValue?) -> String = percent ? { Figure.percent($0) } : { Figure.text($0) }
            return "\(describe(a)) in \(firstLabel), \(describe(b)) in \(lastLabel)"
        }
        let q1 = p.value(n, .referrals, .quarter(quarters[first])), qn = p.value(n, .referrals, .quarter(quarters[last]))
        let compliance = p.value(n, .actionCompliance)
        let assessed = p.value(n, .assessmentCompliance)
        let accuracy = p.value(n, .gradingAccuracy)
        let days = Publication.days(p.settings.assessmentTimescale)
        let complete = p.value(n, .recommendationsCompleteRate)
        let pairs = p.value(n, .recommendations, .status(.complete))
        let total = RecommendationStatus.allCases.reduce(0) { $0 + (p.value(n, .recommendations, .status($1))?.integer ?? 0) }
        let startComplete = p.table.progress.completeCount(on: p.settings.periodStart)
        return Table(
            id: "headlines", caption: "Headline figures, \(p.periodText)",
            columns: [.init("Measure", numeric: false), .init("Figure", numeric: false), .init("Change over the period", numeric: false)],
            rows: [
                [Table.Cell("Referrals received"), Table.Cell(Figure.text(p.value(n, .referrals))), Table.Cell(change(q1, qn, percent: false))],
                [
                    Table.Cell("Cases acted on within the timescale for their grade"),
                    Table.Cell(Figure.percent(compliance), status: RAGStatus.of(compliance, settings: p.settings)),
                    Table.Cell(
                        change(
                            p.value(n, .actionCompliance, .quarter(quarters[first])),
                            p.value(n, .actionCompliance, .quarter(quarters[last])), percent: true)),
                ],
                [
                    Table.Cell("Referrals risk-assessed within \(days)"),
                    Table.Cell(Figure.percent(assessed), status: RAGStatus.of(assessed, settings: p.settings)),
                    Table.Cell(
                        """
                        \(Figure.text(p.value(n, .assessmentOverdueOpen))) referrals waiting longer than \(days) on \
                        \(Publication.longDate(p.settings.asOf))
                        """
                    ),
                ],
                [
                    Table.Cell("Risk grades a reviewer agreed with"),
                    Table.Cell(Figure.percent(accuracy), status: RAGStatus.of(accuracy, settings: p.settings)),
                    Table.Cell(
                        change(
                            p.value(n, .gradingAccuracy, .quarter(quarters[first])),
                            p.value(n, .gradingAccuracy, .quarter(quarters[last])), percent: true)),
                ],
                [
                    Table.Cell("Force recommendations complete"),
                    Table.Cell("\(Figure.percent(complete)) (\(Figure.text(pairs)) of \(Figure.integer(total)))"),
                    Table.Cell(
                        """
                        \(Figure.integer(startComplete)) complete on \(Publication.longDate(p.settings.periodStart)), \(Figure.text(pairs)) on \
                        \(Publication.longDate(p.settings.asOf))
                        """
                    ),
                ],
            ])
    }

    func forcesTable() -> Table {
        let p = publication
        var rows: [[Table.Cell]] = []
        for f in p.table.forceOrder {
            let a = Area.force(f)
            let force = p.dataset.forces[f]
            var row = [
                Table.Cell(force.name, link: "forces/\(force.id).html"), Table.Cell(force.region),
                Table.Cell(Figure.text(p.value(a, .referrals))), Table.Cell(Figure.text(p.value(a, .referralsPer10kChildren))),
            ]
            for g in Publication.gradeOrder {
                let v = p.value(a, .actionCompliance, .grade(g))
                row.append(Table.Cell(Figure.percent(v), status: RAGStatus.of(v, settings: p.settings)))
            }
            let assessed = p.value(a, .assessmentCompliance)
            row.append(Table.Cell(Figure.percent(assessed), status: RAGStatus.of(assessed, settings: p.settings)))
            row.append(Table.Cell(Figure.text(p.value(a, .assessmentOverdueOpen))))
            let accuracy = p.value(a, .gradingAccuracy), partner = p.value(a, .partnerReferralRate)
            row.append(Table.Cell(Figure.percent(accuracy), status: RAGStatus.of(accuracy, settings: p.settings)))
            row.append(Table.Cell(Figure.percent(partner), status: RAGStatus.of(partner, settings: p.settings)))
            rows.append(row)
        }
        let days = Publication.days(p.settings.assessmentTimescale)
        return Table(
            id: "forces",
            caption:
                """
                Every force: referrals, rate per 10,000 children, timescale compliance by grade, risk assessment within \(days), grading \
                accuracy and partner referral rate
                """,
            columns: [.init("Force", numeric: false), .init("Region", numeric: false), .init("Referrals"), .init("Per 10,000 children")]
                + Publication.gradeOrder.map { .init("Compliance: \($0.label.lowercased())", numeric: false) }
                + [
                    .init("Assessed within \(days)", numeric: false), .init("Waiting for assessment longer than \(days)"),
                    .init("Grading accuracy", numeric: false), .init("Partner referral rate", numeric: false),
                ],
            rows: rows)
    }

    /// Each force's status on each recommendation: the status in words, coloured in HTML; a
    /// column says whether its deadline has passed, and the last column counts the force's
    /// overdue recommendations (its `recommendations_overdue` row).
    func statusMatrix() -> Table {
        let p = publication
        let progress = p.table.progress
        var rows: [[Table.Cell]] = []
        for f in p.table.forceOrder {
            var row = [Table.Cell(p.dataset.forces[f].name, link: "forces/\(p.dataset.forces[f].id).html")]
            for k in progress.actionable.indices {
                let status = progress.status[f][k]
                row.append(Table.Cell(status.label, style: status.style))
            }
            row.append(Table.Cell(Figure.text(p.value(.force(f), .recommendationsOverdue))))
            rows.append(row)
        }
        let columns = progress.actionable.map { r -> Table.Column in
            let deadline: String =
                switch r.deadline {
                case nil: "no deadline"
                case let d? where d < p.settings.asOf: "deadline passed"
                case let d?: "due \(Publication.longDate(d))"
                }
            return .init("No. \(r.id) (\(deadline))", numeric: false)
        }
        return Table(
            id: "status-matrix",
            caption:
                """
                Each force's status on each recommendation that needs force action, on \(Publication.longDate(p.settings.asOf)); a \
                recommendation whose deadline has passed is overdue unless complete
                """,
            columns: [.init("Force", numeric: false)] + columns + [.init("Overdue")], rows: rows)
    }

    /// The recommendations addressed to national bodies: status (coloured in HTML, always in
    /// words), deadline, overdue, and the last update, flagged when it is stale.
    func nationalRecommendations() -> Table {
        let p = publication
        let national = p.table.nationalProgress
        let rows = national.recommendations.map { n -> [Table.Cell] in
            let status = n.status
            let updated: String =
                switch n.lastUpdated {
                case let day?: Publication.longDate(day) + (p.settings.isStale(day) && status != .complete ? " (stale)" : "")
                case nil: national.isReported ? "never" : "not reported"
                }
            let overdue: String =
                switch n.isOverdue {
                case true?: "Overdue"
                case false?: "No"
                case nil: n.isPastDeadline ? "Deadline passed; no progress reported" : "No"
                }
            return [
                Table.Cell("No. \(n.id)"), Table.Cell(n.recommendation.title), Table.Cell(n.recommendation.owner),
                Table.Cell(status?.label ?? "Not reported", style: status?.style),
                Table.Cell(n.deadline.map { Publication.longDate($0) } ?? "none set"), Table.Cell(overdue), Table.Cell(updated),
            ]
        }
        return Table(
            id: "national-recommendations",
            caption:
                """
                Recommendations to national bodies: status on \(Publication.longDate(p.settings.asOf)); an update is stale when it is more than \
                \(p.settings.staleAfterMonths) months old and the recommendation is not complete
                """,
            columns: [
                .init("No.", numeric: false), .init("Recommendation", numeric: false), .init("Addressed to", numeric: false),
                .init("Status", numeric: false), .init("Deadline", numeric: false), .init("Overdue", numeric: false),
                .init("Last update", numeric: false),
            ], rows: rows)
    }

    /// Each region beside the nation on the key rates and the assessment backlog.
    func regionsTable() -> Table {
        let p = publication
        let days = Publication.days(p.settings.assessmentTimescale)
        let areas = p.table.regions.map { Area.region($0) } + [Area.national]
        let rows = areas.map { a -> [Table.Cell] in
            func rated(_ metric: Metric) -> Table.Cell {
                let v = p.value(a, metric)
                return Table.Cell(Figure.percent(v), status: RAGStatus.of(v, settings: p.settings))
            }
            let forces =
                switch a {
                case .region(let r): p.dataset.forces.filter { $0.region == r }.count
                default: p.dataset.forces.count
                }
            return [
                Table.Cell(p.name(of: a)), Table.Cell(String(forces)), Table.Cell(Figure.text(p.value(a, .referrals))),
                Table.Cell(Figure.text(p.value(a, .referralsPer10kChildren))), rated(.actionCompliance), rated(.assessmentCompliance),
                Table.Cell(Figure.text(p.value(a, .assessmentOverdueOpen))), rated(.gradingAccuracy), rated(.partnerReferralRate),
            ]
        }
        return Table(
            id: "regions",
            caption:
                "Each region and England and Wales: referrals, timescale compliance, risk assessment, grading accuracy and partner referral rate",
            columns: [
                .init("Region", numeric: false), .init("Forces"), .init("Referrals"), .init("Per 10,000 children"),
                .init("Acted on within the timescale", numeric: false), .init("Assessed within \(days)", numeric: false),
                .init("Waiting for assessment longer than \(days)"), .init("Grading accuracy", numeric: false),
                .init("Partner referral rate", numeric: false),
            ],
            rows: rows)
    }

    func recommendationKey() -> Table {
        let p = publication
        let n = Area.national
        let rows =
            RecommendationStatus.allCases.map { s in
                [Table.Cell(s.label), Table.Cell(Figure.text(p.value(n, .recommendations, .status(s))))]
            } + [[Table.Cell("Overdue (past the deadline and not complete)"), Table.Cell(Figure.text(p.value(n, .recommendationsOverdue)))]]
        return Table(
            id: "recommendation-totals", caption: "Force and recommendation pairs by status, all forces",
            columns: [.init("Status", numeric: false), .init("Pairs")], rows: rows)
    }
}
