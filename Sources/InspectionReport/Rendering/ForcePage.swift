/// The context of a force scorecard's template.
struct ForcePage {
    let publication: Publication
    let force: Int
    var charts: [(path: String, chart: SVGChart)] = []

    init(publication: Publication, force: Int) {
        self.publication = publication
        self.force = force
    }

    mutating func context() -> [String: Any] {
        let p = publication
        let f = Area.force(force)
        let info = p.dataset.forces[force]
        var context = p.commonContext(depth: 1)
        context["force_name"] = Escaping.markdown(info.name)
        context["force_id"] = Escaping.markdown(info.id)
        context["region"] = Escaping.markdown(info.region)
        context["compliance"] = Figure.percent(p.value(f, .actionCompliance))
        context["compliance_status"] = RAGStatus.of(p.value(f, .actionCompliance), settings: p.settings)?.word ?? "not rated"
        context["national_compliance"] = Figure.percent(p.value(.national, .actionCompliance))
        context["significance"] = p.significanceText(force: force)
        context.merge(p.mainPoints(f)) { a, _ in a }
        context["compliance_published"] = p.value(f, .actionCompliance) != .suppressed
        context["assessment_compliance"] = Figure.percent(p.value(f, .assessmentCompliance))
        context["assessment_published"] = p.value(f, .assessmentCompliance) != .suppressed
        context["assessment_status"] = RAGStatus.of(p.value(f, .assessmentCompliance), settings: p.settings)?.word ?? "not rated"
        context["national_assessment_compliance"] = Figure.percent(p.value(.national, .assessmentCompliance))
        context["backlog"] = p.backlogSentence(f)
        context["assessment_table"] = Block(p.assessment(f, id: "force-assessment"))
        let (trendTable, trendChart) = p.trends(f, id: "force-trends")
        context["trends_chart"] = chartBlock(trendChart, file: "charts/\(info.id)-trends.svg")
        context["trends_table"] = Block(trendTable)
        context["actions"] = actionsNow().map { ["item": $0] }
        context["shortfalls"] = shortfalls().map { ["item": $0] }
        context["has_shortfalls"] = !shortfalls().isEmpty
        context["in_region"] = placesInRegion().map { ["item": $0] }
        context["has_in_region"] = !placesInRegion().isEmpty
        context["comparison_table"] = Block(comparison())
        let (quarterTable, quarterChart) = p.referralsByQuarter(f, id: "force-quarters")
        context["referrals_by_quarter_chart"] = chartBlock(quarterChart, file: "charts/\(info.id)-referrals-by-quarter.svg")
        context["referrals_by_quarter_table"] = Block(quarterTable)
        let (gradeTable, gradeChart) = p.complianceByGrade(f, id: "force-compliance")
        context["compliance_by_grade_chart"] = chartBlock(gradeChart, file: "charts/\(info.id)-compliance-by-grade.svg")
        context["compliance_by_grade_table"] = Block(gradeTable)
        if let funnel = p.funnel(highlight: force) {
            let others = funnel.points.count > 1 ? "other dots are the other forces" : "the national page's plot shows every force"
            var title = "\(info.name) against every force: timescale compliance and cases due"
            if case .text(let word)? = p.value(f, .actionCompliancePosition, .limits(.p95)) {
                title = "\(info.name) is \(Publication.positionWords(word).lowercased()) around the national rate of acting in time (95% limits)"
            }
            let chart = funnel.chart(
                id: "force-funnel", title: title,
                description:
                    """
                    Funnel plot: the large black diamond is \(info.name); \(others). Compliance \(context["compliance"]!), \
                    \(p.significanceText(force: force)).
                    """
            )
            context["funnel_chart"] = chartBlock(chart, file: "charts/\(info.id)-funnel.svg")
            let table = p.funnelTable(id: "force-funnel-table", linkPrefix: "../", highlight: force)
            let every = "../index.html#national-funnel-table"
            context["funnel_table"] = Block(
                markdown: table.markdown() + "\n[Every force's figures are in the national publication](../national.md).\n",
                html: table.html() + "<p><a href=\"\(every)\">Every force's figures are in the national publication</a>.</p>\n")
        } else {
            context["funnel_table"] = ""
            context["funnel_chart"] = "The funnel plot is not drawn: there is no national compliance rate to compare with."
        }
        context["grading_matrix_table"] = Block(p.gradingMatrix(f, id: "force-matrix"))
        context["safeguarding_table"] = Block(p.safeguarding(f, id: "force-safeguarding"))
        context["specialist_table"] = Block(p.specialistBySource(f, id: "force-sources"))
        context["recommendations_table"] = Block(recommendationsTable())
        context["recommendations"] = recommendationHistories()
        context["annex"] = p.audience.showsAnnex(forForce: p.dataset.forces[force].id)
        if p.audience.showsAnnex(forForce: p.dataset.forces[force].id) {
            context["overdue_cases_table"] = Block(overdueCases())
            context["overdue_cases_count"] = Figure.text(p.value(f, .actionOverdueOpen))
            context["awaiting_assessment_count"] = Figure.text(p.value(f, .assessmentOverdueOpen))
        } else {
            context["overdue_cases_table"] = ""
            context["overdue_cases_count"] = ""
            context["awaiting_assessment_count"] = ""
        }
        return context
    }

    mutating func chartBlock(_ chart: SVGChart, file: String) -> Block {
        charts.append((file, chart))
        return chart.block(file: file, depth: 1)
    }

    /// What to act on now, most urgent first: open very high-risk cases past their timescale,
    /// then referrals waiting for a risk assessment past its timescale, then open cases of the
    /// other grades, low grades given to suspects living with children, overdue recommendations.
    func actionsNow() -> [String] {
        let p = publication
        let f = Area.force(force)
        var items: [String] = []
        func overdueCases(_ g: RiskGrade) {
            let limit = Publication.days(p.settings.timescale(for: g))
            switch p.value(f, .actionOverdueOpen, .grade(g)) {
            case .suppressed?:
                items.append(
                    """
                    Act on any open \(g.label.lowercased())-risk cases past their timescale of \(limit) (the number, which may be 0, is \
                    suppressed to protect confidentiality).
                    """
                )
            case let v? where v != .count(0):
                items.append("Act on the **\(Figure.text(v))** open \(g.label.lowercased())-risk cases that are past their timescale of \(limit).")
            default: break
            }
        }
        overdueCases(.veryHigh)
        let days = Publication.days(p.settings.assessmentTimescale)
        switch p.value(f, .assessmentOverdueOpen) {
        case .suppressed?:
            items.append(
                """
                Risk-assess any referrals that have waited longer than \(days) for an assessment (the number, which may be 0, is suppressed to \
                protect confidentiality).
                """
            )
        case let v? where v != .count(0):
            items.append("Risk-assess the **\(Figure.text(v))** referrals that have waited longer than \(days) for an assessment.")
        default: break
        }
        for g in Publication.gradeOrder.dropFirst() { overdueCases(g) }
        switch p.value(f, .lowGradeChildInHousehold) {
        case .suppressed?:
            items.append(
                """
                Review the grade of any suspects graded low although they live with or have access to children (the number, which may be 0, is \
                suppressed to protect confidentiality).
                """
            )
        case let v? where v != .count(0):
            items.append("Review the grade of the **\(Figure.text(v))** suspects graded low although they live with or have access to children.")
        default: break
        }
        let progress = p.table.progress
        let overdue = progress.actionable.indices.filter { progress.isOverdue(force: force, $0) }.map { "No. \(progress.actionable[$0].id)" }
        if !overdue.isEmpty {
            items.append("Complete the overdue recommendations: \(overdue.joined(separator: ", ")).")
        }
        if items.isEmpty { items.append("No case is waiting past its timescale and no recommendation is overdue.") }
        return items
    }

    /// The rates that are red, in the order of the comparison table: where the force falls short.
    func shortfalls() -> [String] {
        let p = publication
        let f = Area.force(force)
        var items: [String] = []
        func check(_ name: String, _ metric: Metric, _ breakdown: Breakdown = .all) {
            let v = p.value(f, metric, breakdown)
            if RAGStatus.of(v, settings: p.settings) == .red {
                items.append("\(name): **\(Figure.percent(v))** (red; England and Wales \(Figure.percent(p.value(.national, metric, breakdown)))).")
            }
        }
        for g in Publication.gradeOrder {
            check("Acted on within the timescale, \(g.label.lowercased())-risk cases", .actionCompliance, .grade(g))
        }
        check("Risk-assessed within \(Publication.days(p.settings.assessmentTimescale))", .assessmentCompliance)
        check("Grades a reviewer agreed with", .gradingAccuracy)
        check("Information shared with children's social care", .partnerReferralRate)
        check("Police National Database checks", .pndCheckedRate)
        check("Allocation to specialist investigators", .specialistRate)
        return items
    }

    /// Where the force sits among the forces of its region on each key rate, from the
    /// published rates only (a hidden rate is neither ranked nor counted).
    func placesInRegion() -> [String] {
        let p = publication
        let region = p.dataset.forces[force].region
        let members = p.table.forceOrder.filter { p.dataset.forces[$0].region == region }
        guard members.count > 1 else { return [] }
        let rates: [(String, Metric)] = [
            ("Acting within the timescale", .actionCompliance),
            ("Risk assessment within \(Publication.days(p.settings.assessmentTimescale))", .assessmentCompliance),
            ("Grades a reviewer agreed with", .gradingAccuracy),
            ("Information shared with children's social care", .partnerReferralRate),
        ]
        var lines: [String] = []
        for (name, metric) in rates {
            guard case .ratio(let n, let d)? = p.value(.force(force), metric) else { continue }
            var published = 0, higher = 0, equal = 0
            for other in members {
                guard case .ratio(let on, let od)? = p.value(.force(other), metric) else { continue }
                published += 1
                let (left, right) = (on * d, n * od)
                if left > right { higher += 1 } else if left == right, other != force { equal += 1 }
            }
            guard published > 1 else { continue }
            let of =
                published == members.count
                ? "of the \(published) forces in the \(region) region"
                : "of the \(published) forces in the \(region) region with a published rate"
            let place: String
            if higher == 0 && equal == 0 {
                place = "the highest \(of)"
            } else if higher + equal + 1 == published && equal == 0 {
                place = "the lowest \(of)"
            } else {
                place = "\(equal > 0 ? "joint " : "")\(Self.ordinal(higher + 1)) highest \(of)"
            }
            lines.append("\(name): \(place).")
        }
        return lines
    }

    /// 1st, 2nd, 3rd, 4th, 11th, 21st…
    static func ordinal(_ k: Int) -> String {
        let suffix = (11...13).contains(k % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][k % 10] ?? "th"
        return "\(k)\(suffix)"
    }

    func comparison() -> Table {
        let p = publication
        let f = Area.force(force), r = p.region(of: force), n = Area.national
        func row(_ label: String, _ metric: Metric, _ breakdown: Breakdown = .all, rate: Bool = false, rated: Bool = false) -> [Table.Cell] {
            let format: (MetricValue?) -> String = rate ? { Figure.percent($0) } : { Figure.text($0) }
            let own = p.value(f, metric, breakdown)
            let region = p.value(r, metric, breakdown), nation = p.value(n, metric, breakdown)
            return [
                Table.Cell(label), Table.Cell(format(own), status: rated ? RAGStatus.of(own, settings: p.settings) : nil),
                Table.Cell(format(region), status: rated ? RAGStatus.of(region, settings: p.settings) : nil),
                Table.Cell(format(nation), status: rated ? RAGStatus.of(nation, settings: p.settings) : nil),
            ]
        }
        var rows = [
            row("Referrals received", .referrals), row("Referrals per 10,000 children", .referralsPer10kChildren),
            row("Timescale compliance, all grades", .actionCompliance, rate: true, rated: true),
        ]
        for g in Publication.gradeOrder {
            rows.append(
                row(
                    "Compliance, \(g.label.lowercased()) risk (\(Publication.days(p.settings.timescale(for: g))))", .actionCompliance, .grade(g),
                    rate: true, rated: true))
        }
        rows += [
            row("Open cases past their timescale", .actionOverdueOpen),
            row("Median days to enforcement action", .daysToActionMedian),
            row("Risk-assessed within \(Publication.days(p.settings.assessmentTimescale))", .assessmentCompliance, rate: true, rated: true),
            row("Waiting for a risk assessment longer than \(Publication.days(p.settings.assessmentTimescale))", .assessmentOverdueOpen),
            row("Median days to risk assessment", .daysToAssessmentMedian),
            row("Grades a reviewer agreed with", .gradingAccuracy, rate: true, rated: true),
            row("Graded too low (under-graded)", .gradingUnder),
            row("Graded low although living with children", .lowGradeChildInHousehold),
            row("Shared with children's social care", .partnerReferralRate, rate: true, rated: true),
            row("Median days to share with social care", .daysToPartnerReferralMedian),
            row("Police National Database checked", .pndCheckedRate, rate: true, rated: true),
            row("Specialist investigators, all referrals", .specialistRate, rate: true, rated: true),
            row("Specialist investigators, public reports", .specialistRate, .source(.public), rate: true, rated: true),
            row("Arrests", .arrests),
            row("Median days to arrest", .daysToArrestMedian),
            row("Longest days to arrest", .daysToArrestMax),
            row("Recommendations complete", .recommendationsCompleteRate, rate: true),
        ]
        return Table(
            id: "comparison", caption: "\(p.dataset.forces[force].name) beside its region and England and Wales",
            columns: [
                .init("Measure", numeric: false), .init(p.dataset.forces[force].name, numeric: false),
                .init("Region: \(p.dataset.forces[force].region)", numeric: false), .init("England and Wales", numeric: false),
            ],
            rows: rows)
    }

    /// The force's recommendations: status (coloured in HTML, always in words), deadline,
    /// overdue, and the date of the last update, flagged when it is stale.
    func recommendationsTable() -> Table {
        let p = publication
        let progress = p.table.progress
        let rows = progress.actionable.indices.map { k -> [Table.Cell] in
            let r = progress.actionable[k]
            let status = progress.status[force][k]
            let last = progress.history[force][k].last?.updated
            let updated = last.map { Publication.longDate($0) + (p.settings.isStale($0) && status != .complete ? " (stale)" : "") } ?? "never"
            return [
                Table.Cell("No. \(r.id)"), Table.Cell(r.title), Table.Cell(status.label, style: status.style),
                Table.Cell(r.deadline.map { Publication.longDate($0) } ?? "none set"),
                Table.Cell(progress.isOverdue(force: force, k) ? "Overdue" : "No"), Table.Cell(updated),
            ]
        }
        return Table(
            id: "force-recommendations",
            caption:
                """
                Recommendations that need action by \(p.dataset.forces[force].name), on \(Publication.longDate(p.settings.asOf)); an update is \
                stale when it is more than \(p.settings.staleAfterMonths) months old and the recommendation is not complete
                """,
            columns: [
                .init("No.", numeric: false), .init("Recommendation", numeric: false), .init("Status", numeric: false),
                .init("Deadline", numeric: false), .init("Overdue", numeric: false), .init("Last update", numeric: false),
            ], rows: rows)
    }

    func recommendationHistories() -> [[String: Any]] {
        let p = publication
        let progress = p.table.progress
        return progress.actionable.indices.map { k -> [String: Any] in
            let r = progress.actionable[k]
            let history = progress.history[force][k].map { u -> [String: Any] in
                [
                    "date": Publication.longDate(u.updated), "status": u.status.label, "evidence": Escaping.prose(u.evidence),
                    "has_evidence": !u.evidence.isEmpty,
                ]
            }
            return [
                "id": String(r.id), "title": Escaping.markdown(r.title), "status": progress.status[force][k].label,
                "overdue": progress.isOverdue(force: force, k), "history": history, "has_history": !history.isEmpty,
            ]
        }
    }

    func overdueCases() -> Table {
        let p = publication
        let rows = p.openOverdue[force].map {
            [Table.Cell($0.caseID), Table.Cell($0.gradeLabel), Table.Cell($0.received.description), Table.Cell(Figure.integer($0.daysWaiting))]
        }
        return Table(
            id: "overdue-cases",
            caption:
                """
                Open cases past their timescale, and cases awaiting a risk assessment for more than \
                \(Publication.days(p.settings.assessmentTimescale)), on \(Publication.longDate(p.settings.asOf)): most severe grade first, then \
                not assessed, each longest waiting first
                """,
            columns: [
                .init("Case", numeric: false), .init("Risk grade", numeric: false), .init("Received", numeric: false), .init("Days since received"),
            ],
            rows: rows)
    }
}
