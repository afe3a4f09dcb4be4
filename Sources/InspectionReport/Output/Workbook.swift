/// `data/inspection-report.ods`: the publication's figures as an accessible spreadsheet, laid
/// out as the UK Analysis Function's "Releasing statistics in spreadsheets" asks: a cover, a
/// contents sheet, notes, then one table per sheet with its title in A1, one header row marked
/// as such, no merged cells, no blank rows or cells inside a table, numbers stored as numbers.
///
/// Every case figure is a row of the same build's `metrics.csv` (the disclosed table), shown as
/// the row shows it: a count or days as a whole number, a rate as its six-place decimal, `[c]`
/// and words as text (`docs/data-contract.md`, "The output files": one source for every
/// figure). The workbook computes none. Its size depends on the number of areas, never on the
/// number of cases: the restricted annex of open cases is not in it.
struct Workbook {
    /// The path in the output.
    static let path = "data/inspection-report.ods"

    let publication: Publication

    /// The metrics of the Forces and Regions tables, each the `all` row.
    static let keyMetrics: [Metric] = [
        .referrals, .actionCompliance, .assessmentCompliance, .gradingAccuracy, .partnerReferralRate,
        .recommendationsCompleteRate,
    ]

    /// The sheets and what each holds, in the workbook's order: for the data dictionary page,
    /// and the names the sheets are given.
    static let guide: [(name: String, holds: String)] = [
        ("Cover", "the title, the period, the census and publication dates, the status of the statistics, who publishes them and the symbols."),
        ("Contents", "every sheet, linked, with its title."),
        ("Notes", "the definitions behind the figures (timeliness, risk assessment, grading, funnel positions, recommendations) and the symbols."),
        ("Definitions", "every metric with its name in metrics.csv, unit, breakdowns and definition."),
        ("Breakdowns", "every breakdown, its values and meaning."),
        (
            "Forces",
            """
            one row per force: referrals and the key rates (timescale compliance, risk assessment, grading accuracy, partner referral, \
            recommendations complete), each the force's row of metrics.csv.
            """
        ),
        ("Regions", "the same for England and Wales and for each region."),
        ("Metrics", "every row of metrics.csv, with its columns."),
        ("Quality", "every row of quality.csv."),
    ]

    /// Shown where a rate has no row (nothing to compute), as on the pages.
    static let noFigure = Figure.noFigure

    /// The workbook's bytes.
    func bytes() throws(BuildError) -> [UInt8] {
        try OpenDocumentSpreadsheet.bytes(spreadsheet())
    }

    /// The workbook as data.
    func spreadsheet() -> Spreadsheet {
        let tables = [forces(), regions(), metrics(), quality()]
        let notes = [self.notes(), definitions(), breakdowns()]
        let sheets = [cover()] + [contents(notes + tables)] + notes + tables
        return Spreadsheet(
            title: publication.settings.title, date: publication.generatedOn,
            generator: "inspection-report/\(publication.provenance.toolVersion)",
            marking: publication.audience.isMarked ? publication.marking : nil, sheets: sheets)
    }

    // MARK: - Sheets that explain

    /// Title, period, dates, status, producer, contact, next release, revisions policy (as plain
    /// text), audience, symbols; the
    /// marking in A1 (and last) of a restricted output.
    func cover() -> Spreadsheet.Sheet {
        let p = publication
        let settings = p.settings, meta = settings.publication
        var rows: [[Spreadsheet.Cell]] = []
        if p.audience.isMarked { rows.append([.text(p.marking, .title)]) }
        rows.append([.text(settings.title, .title)])
        func item(_ heading: String, _ text: String) {
            rows.append([.text(heading, .heading)])
            rows.append([.text(text, .wrapped)])
        }
        item("Period covered", p.periodText)
        item(
            "Census date",
            "Every figure is the state known on \(Publication.longDate(settings.asOf)): an event dated later is treated as not having happened.")
        item("Published", Publication.longDate(p.generatedOn))
        item("Status of the statistics", meta.status)
        if let producer = meta.producer { item("Producer", producer) }
        if let contact = meta.contact { item("Contact", contact) }
        if let next = meta.nextRelease { item("Next release", Publication.longDate(next)) }
        if let revisions = meta.revisions { item("Revisions policy", SafeMarkdown.plainText(revisions)) }
        item("Audience", audienceText)
        rows.append([.text("Symbols", .heading)])
        rows.append([.text("\(MetricValue.suppressionSymbol): suppressed to protect confidentiality: \(suppressionRule)", .wrapped)])
        rows.append([
            .text(
                """
                \(Self.noFigure): there is nothing to compute (a rate over no cases, or a percentile over no values); data/metrics.csv has no \
                row for it.
                """,
                .wrapped)
        ])
        item(
            "About this workbook",
            """
            The Contents sheet lists every sheet. Each table is on a sheet of its own, with its title in cell A1. Every figure is a row of \
            data/metrics.csv of the same publication, shown as that file shows it: counts and days as whole numbers, proportions as decimals \
            from 0 to 1 with six decimal places. data/metrics.csv-metadata.json (CSV on the Web) and the data dictionary page \
            (data-dictionary.html) describe every column, metric and breakdown.
            """
        )
        if p.audience.isMarked { rows.append([.text(p.marking, .heading)]) }
        return Spreadsheet.Sheet(name: "Cover", rows: rows, headerRow: nil)
    }

    /// Who the workbook is for, in words.
    var audienceText: String {
        let p = publication
        switch p.audience {
        case .public:
            return "Public. Statistical disclosure control has been applied to every figure about cases."
        case .restricted:
            return "Restricted: not for publication. No figure is suppressed."
        case .forcePack:
            return
                """
                Force pack for \(p.packForceName ?? ""): not for publication. This force's own figures are not suppressed; every other figure \
                is as published.
                """
        }
    }

    /// Which figures `[c]` stands for.
    var suppressionRule: String {
        let threshold = publication.settings.disclosureThreshold
        return
            """
            a count from 1 to \(max(0, threshold - 1)) (below the disclosure threshold of \(threshold)), a figure computed from one or over \
            fewer than \(threshold) cases, or a count hidden so that a small one cannot be worked out from the others (secondary suppression).
            """
    }

    /// The sheets that follow it, each with its title, linked.
    func contents(_ sheets: [Spreadsheet.Sheet]) -> Spreadsheet.Sheet {
        let rows = sheets.map { sheet -> [Spreadsheet.Cell] in
            [.text(sheet.name, .wrapped, link: sheet.name), .text(sheet.title, .wrapped)]
        }
        return table(
            "Contents", title: "Contents",
            description: "This worksheet contains one table: every other sheet of the workbook, with its title. Select a sheet's name to go to it.",
            header: ["Sheet", "Title"], rows: rows)
    }

    /// The definitions behind the figures.
    func notes() -> Spreadsheet.Sheet {
        let p = publication
        let settings = p.settings
        let timescales = RiskGrade.descending.map { "\($0.label.lowercased()) \(Publication.days(settings.timescale(for: $0)))" }.joined(
            separator: ", ")
        let assessment = Publication.days(settings.assessmentTimescale)
        let limits = FunnelLimits.allCases.map { $0.rawValue + "%" }.joined(separator: " and ")
        let rows: [[String]] = [
            [
                MetricValue.suppressionSymbol,
                "Suppressed to protect confidentiality: " + suppressionRule
                    + (p.audience == .restricted ? " This edition is restricted and suppresses nothing." : ""),
            ],
            [
                Self.noFigure,
                "There is nothing to compute: a rate over no cases, or a percentile over no values. data/metrics.csv has no row for it.",
            ],
            ["Referral", "A case received by a force in the period (\(p.periodText)). Cases received outside it are accepted but counted nowhere."],
            [
                "Census date",
                """
                Every figure is what was known on \(Publication.longDate(settings.asOf)). An event dated later is treated as not having \
                happened, and a case assessed later counts as unassessed.
                """,
            ],
            [
                "Timescales",
                """
                Days allowed from receipt to the first enforcement action (a warrant, a visit or an arrest), by the force's risk grade: \
                \(timescales).
                """,
            ],
            [
                "Timeliness classes",
                """
                A graded case is met when its first action came within the timescale for its grade, and breached when it came later. A case \
                with no action on the census date is breached and overdue_open once its timescale has run out, and pending (not yet due) before \
                that. Due is met plus breached; compliance is met ÷ due. A case without a risk grade is in no timeliness class.
                """,
            ],
            [
                "Risk-assessment timeliness",
                """
                A referral should be risk-assessed within \(assessment) of its receipt. A graded referral with an assessment date is met within \
                that, else breached; a graded referral without one is undated and cannot be timed. A referral without a risk grade on the \
                census date is breached and overdue_open once it has waited longer than \(assessment), else pending. So every referral is \
                counted: referrals are assessment_due plus assessment_pending plus assessment_undated.
                """,
            ],
            [
                "Grading",
                """
                A reviewer's grade (review_grade) is compared with the force's risk grade: agreed, under (graded lower than the reviewer's \
                grade) or over (higher). Grading accuracy is agreed ÷ reviewed; kappa is Cohen's kappa with linear weights (1 is perfect \
                agreement, 0 no better than chance).
                """,
            ],
            [
                "Funnel position",
                """
                Each force's action_compliance against the national rate, with limits at \(limits) widened by the variance between forces \
                (additive random effects from the forces' winsorised z-scores, Spiegelhalter 2005): above, within or below. A force outside the \
                limits differs from the national rate by more than chance and the usual differences between forces would explain.
                """,
            ],
            ["Median and 90th percentile", "Nearest rank, over the cases that have both dates."],
            [
                "Recommendations",
                """
                Each force's status on the recommendations that every force acts on (not_started, being_progressed, awaiting_review, complete), \
                as known on the census date; a force and recommendation pair is overdue when its deadline is before the census date and it is \
                not complete. A region or the nation sums its forces. Recommendations describe forces, not people, and are never suppressed.
                """,
            ],
            [
                "Proportions",
                """
                Stored as decimals from 0 to 1, the exact ratio rounded half away from zero to six decimal places: multiply by 100 for a \
                percentage.
                """,
            ],
        ]
        return table(
            "Notes", title: "Notes: definitions and symbols",
            description:
                """
                This worksheet contains one table: the definitions behind the figures and the meaning of the symbols. The Definitions sheet \
                defines every metric.
                """,
            header: ["Term", "Definition"], rows: rows.map { [.text($0[0], .wrapped), .text($0[1], .wrapped)] })
    }

    /// Every metric of `metrics.csv`.
    func definitions() -> Spreadsheet.Sheet {
        let rows = Metric.allCases.map { metric -> [Spreadsheet.Cell] in
            [metric.label, metric.csvName, metric.unit.label, metric.breakdownPatterns, metric.definition].map { .text($0, .wrapped) }
        }
        return table(
            "Definitions", title: "Definitions of the metrics",
            description:
                """
                This worksheet contains one table: every metric of data/metrics.csv, in its order, with its unit, its breakdowns and its \
                definition. The Breakdowns sheet explains the breakdowns.
                """,
            header: ["Metric", "Name in metrics.csv", "Unit", "Breakdowns", "Definition"], rows: rows)
    }

    /// Every breakdown of `metrics.csv`.
    func breakdowns() -> Spreadsheet.Sheet {
        let rows = Breakdown.Dimension.allCases.map { d -> [Spreadsheet.Cell] in
            [d.pattern, d.values, d.meaning].map { .text($0, .wrapped) }
        }
        return table(
            "Breakdowns", title: "Breakdowns of the metrics",
            description:
                "This worksheet contains one table: how the breakdown column of data/metrics.csv is written, the values it takes and what they mean.",
            header: ["Breakdown", "Values", "Meaning"], rows: rows)
    }

    // MARK: - Tables of figures

    /// One row per force: its key figures.
    func forces() -> Spreadsheet.Sheet {
        let p = publication
        let rows = p.table.forceOrder.map { f -> [Spreadsheet.Cell] in
            let force = p.dataset.forces[f]
            return [.text(force.name), .text(force.id), .text(force.region)] + Self.keyMetrics.map { cell(p.value(.force(f), $0)) }
        }
        return table(
            "Forces", title: "Key figures for each force, \(p.periodText)",
            description:
                """
                This worksheet contains one table. Each figure is the force's row of data/metrics.csv with breakdown all (metrics \
                \(Self.keyMetricNames)), shown as that file shows it: proportions from 0 to 1, \(MetricValue.suppressionSymbol) for a \
                suppressed figure and \(Self.noFigure) where there is nothing to compute.
                """,
            header: ["Force", "Force ID", "Region"] + Self.keyMetrics.map(\.label), rows: rows)
    }

    /// The nation, then one row per region: their key figures.
    func regions() -> Spreadsheet.Sheet {
        let p = publication
        let areas: [Area] = [.national] + p.table.regions.map { .region($0) }
        let rows = areas.map { area -> [Spreadsheet.Cell] in
            [.text(p.name(of: area)), .text(area.typeName)] + Self.keyMetrics.map { cell(p.value(area, $0)) }
        }
        return table(
            "Regions", title: "Key figures for England and Wales and each region, \(p.periodText)",
            description:
                """
                This worksheet contains one table. Each figure is the area's row of data/metrics.csv with breakdown all (area all for England \
                and Wales, the region's name for a region; metrics \(Self.keyMetricNames)), shown as that file shows it: proportions from 0 to \
                1, \(MetricValue.suppressionSymbol) for a suppressed figure and \(Self.noFigure) where there is nothing to compute.
                """,
            header: ["Area", "Area type"] + Self.keyMetrics.map(\.label), rows: rows)
    }

    static var keyMetricNames: String { keyMetrics.map(\.csvName).joined(separator: ", ") }

    /// Every row of `metrics.csv`, with its columns.
    func metrics() -> Spreadsheet.Sheet {
        let rows = publication.table.rows.map { row -> [Spreadsheet.Cell] in
            [.text(row.area.typeName), .text(row.areaName), .text(row.metric.csvName), .text(row.breakdown.csvText), cell(row.value)]
        }
        return table(
            "Metrics", title: "Every figure of the publication (data/metrics.csv)",
            description:
                """
                This worksheet contains one table: every row of data/metrics.csv, in its order and with its columns. Numbers are stored as \
                numbers (proportions, rates and kappa as decimals); \(MetricValue.suppressionSymbol), funnel positions and statuses as text. \
                The Definitions and Breakdowns sheets explain the metric and breakdown columns.
                """,
            header: DataDictionary.metrics.columns.map(\.name), rows: rows)
    }

    /// Every row of `quality.csv`.
    func quality() -> Spreadsheet.Sheet {
        let rows = DataFiles.qualityRows(publication.dataset).map { row -> [Spreadsheet.Cell] in
            [.text(row.file), .text(row.measure), .number(String(row.value))]
        }
        return table(
            "Quality", title: "Rows read, accepted and rejected in each input file (data/quality.csv)",
            description:
                """
                This worksheet contains one table: every row of data/quality.csv. A rejected row is counted in no figure; data/rejections.csv \
                lists each one by file, line, column and reason.
                """,
            header: DataDictionary.quality.columns.map(\.name), rows: rows)
    }

    /// A published value as a cell: a number as its row writes it, `[c]` and words as text,
    /// and `–` where there is no row.
    func cell(_ value: MetricValue?) -> Spreadsheet.Cell {
        guard let value else { return .text(Self.noFigure) }
        switch value {
        case .count, .days, .ratio: return .number(value.csvText)
        case .text, .suppressed: return .text(value.csvText)
        }
    }

    /// A sheet holding one table: its title in A1, what it holds in A2, its header in row 3.
    func table(_ name: String, title: String, description: String, header: [String], rows: [[Spreadsheet.Cell]]) -> Spreadsheet.Sheet {
        Spreadsheet.Sheet(
            name: name, rows: [[.text(title, .title)], [.text(description)], header.map { .text($0, .columnHeader) }] + rows,
            headerRow: 2)
    }
}
