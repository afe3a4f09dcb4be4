/// The columns of the open-data files (`docs/data-contract.md`, "The output files"), described
/// once: the CSV on the Web metadata, the workbook's definitions and the data dictionary page all
/// read them here, and the metrics and breakdowns from ``Metric/definition`` and
/// ``Breakdown/Dimension/meaning``.
enum DataDictionary {
    /// A column of a CSV file.
    struct Column: Sendable {
        /// The header name.
        var name: String
        /// The XML Schema datatype of its values: `string`, `integer` or `date`.
        var datatype: String
        /// A regular expression every value matches (strings only), or nil.
        var format: String?
        /// Whether every row has a value (an empty cell is missing).
        var required: Bool
        var description: String
    }

    /// A CSV file of the output's `data/` folder.
    struct File: Sendable {
        /// The name within `data/`.
        var name: String
        var title: String
        var description: String
        var columns: [Column]
        /// The columns that name a row.
        var primaryKey: [String]
    }

    /// The files every build writes, in the order the dictionary lists them.
    static let published: [File] = [metrics, quality, rejections]

    /// `metrics.csv`.
    static let metrics = File(
        name: "metrics.csv",
        title: "Every figure of the publication",
        description:
            """
            One row per area, metric and breakdown: the nation, then the regions by name, then the forces by id; within an area the metrics and \
            their breakdowns in the order the data dictionary lists them. Every figure the pages and the workbook show is one of these rows, \
            shown as the row shows it.
            """,
        columns: [
            Column(
                name: "area_type", datatype: "string", format: "national|region|force", required: true,
                description: "The kind of area: national (England and Wales), region or force."),
            Column(
                name: "area", datatype: "string", format: nil, required: true,
                description: "all for the nation, the region's name, or the force's force_id (forces.csv)."),
            Column(
                name: "metric", datatype: "string", format: alternatives(Metric.allCases.map(\.csvName)), required: true,
                description: "The metric's name; every metric is defined in the data dictionary."),
            Column(
                name: "breakdown", datatype: "string", format: breakdownFormat, required: true,
                description: "all, or the breakdown as key=value pairs joined by ; (assigned=G;review=H for the grading matrix)."),
            Column(
                name: "value", datatype: "string", format: valueFormat, required: true,
                description:
                    """
                    A whole number for counts and days; a decimal with exactly six decimal places, rounded half away from zero, for \
                    proportions, rates per 10,000 children and kappa; text for funnel positions and statuses; [c] when the figure is suppressed \
                    to protect confidentiality. A rate over no cases has no row.
                    """
            ),
        ],
        primaryKey: ["area_type", "area", "metric", "breakdown"])

    /// `quality.csv`.
    static let quality = File(
        name: "quality.csv",
        title: "Rows read, accepted and rejected in each input file",
        description:
            """
            For each CSV input in the order the dataset contract lists them (national-progress.csv only when it was given): the rows read, \
            accepted and rejected, the rejected rows by reason, and the dates after the census date.
            """,
        columns: [
            Column(
                name: "file", datatype: "string", format: alternatives(InputFile.allCases.map(\.fileName)), required: true,
                description: "The input file."),
            Column(
                name: "measure", datatype: "string",
                format: "rows_read|rows_accepted|rows_rejected|rejected:(" + alternatives(RowErrorCode.allCases.map(\.code)) + ")|dates_after_as_of",
                required: true,
                description:
                    """
                    rows_read, rows_accepted, rows_rejected; rejected:CODE for each reason that occurred; dates_after_as_of (cases.csv: date \
                    cells of accepted rows later than the census date, read as missing; the progress files: accepted rows updated after it).
                    """
            ),
            Column(name: "value", datatype: "integer", format: nil, required: true, description: "The count of rows, or of date cells."),
        ],
        primaryKey: ["file", "measure"])

    /// `rejections.csv`.
    static let rejections = File(
        name: "rejections.csv",
        title: "Every rejected input row",
        description:
            """
            One row per rejected row of cases.csv, progress.csv or national-progress.csv, in file and line order: where it is and why, never \
            what it held. A rejected row is counted in no figure.
            """,
        columns: [
            Column(
                name: "file", datatype: "string", format: alternatives(InputFile.allCases.map(\.fileName)), required: true,
                description: "The input file."),
            Column(
                name: "line", datatype: "integer", format: nil, required: true,
                description: "The line of the file on which the row starts (the header is line 1)."),
            Column(
                name: "column", datatype: "string", format: nil, required: false,
                description: "The name of the column at fault; empty for wrong_field_count, which is about the whole row."),
            Column(
                name: "code", datatype: "string", format: alternatives(RowErrorCode.allCases.map(\.code)), required: true,
                description: "Why the row was rejected: " + RowErrorCode.allCases.map(\.code).joined(separator: ", ") + "."),
        ],
        primaryKey: ["file", "line"])

    /// `open-overdue-cases.csv`: restricted outputs only.
    static let openOverdueCases = File(
        name: "open-overdue-cases.csv",
        title: "Open cases past their timescale, and cases waiting for a risk assessment past it",
        description:
            """
            Restricted outputs only. Each force's open cases past the action timescale for their grade and cases without a risk grade past the \
            assessment timescale, most severe grade first, then not assessed, each longest waiting first.
            """,
        columns: [
            Column(name: "force_id", datatype: "string", format: nil, required: true, description: "The force (forces.csv)."),
            Column(name: "case_id", datatype: "string", format: nil, required: true, description: "The case's id in cases.csv."),
            Column(
                name: "risk_grade", datatype: "string",
                format: alternatives(RiskGrade.descending.map(\.csvName) + ["not_assessed"]), required: true,
                description: "The force's risk grade, or not_assessed for a case waiting for a risk assessment."),
            Column(name: "received", datatype: "date", format: nil, required: true, description: "The date the force received the case."),
            Column(
                name: "days_since_received", datatype: "integer", format: nil, required: true,
                description: "Days from receipt to the census date."),
        ],
        primaryKey: ["force_id", "case_id"])

    static let suppression = File(
        name: "suppression.csv",
        title: "What the public edition hides, and why",
        description:
            "Restricted edition only. Every count that the public edition of the same data hides: whether it is sensitive "
            + "(from 1 to one less than the threshold) or hidden to protect "
            + "sensitive counts, which sensitive counts it protects, and, for a count of England and Wales, a region's total "
            + "or a force's referrals, why no pattern without it exists.",
        columns: [
            Column(name: "area_type", datatype: "string", format: "national|region|force", required: true, description: "As in metrics.csv."),
            Column(name: "area", datatype: "string", format: nil, required: true, description: "As in metrics.csv."),
            Column(name: "metric", datatype: "string", format: nil, required: true, description: "As in metrics.csv."),
            Column(name: "breakdown", datatype: "string", format: nil, required: true, description: "As in metrics.csv."),
            Column(
                name: "value", datatype: "integer", format: nil, required: true,
                description: "The count as computed (the public edition shows [c])."),
            Column(
                name: "role", datatype: "string", format: "sensitive|protective", required: true,
                description: "sensitive: from 1 to one less than the threshold; protective: hidden so that sensitive counts cannot be worked out."),
            Column(
                name: "protects", datatype: "string", format: nil, required: false,
                description:
                    "The sensitive counts whose protection moves this count, each as area type, area, metric and breakdown, separated by ' | '."),
            Column(
                name: "reason", datatype: "string", format: nil, required: false,
                description: "For a protective count of England and Wales, a region's total or a force's referrals: why no pattern without it exists."
            ),
        ],
        primaryKey: ["area_type", "area", "metric", "breakdown"])

    /// `a|b|c`, each alternative with its regular-expression characters escaped.
    static func alternatives(_ words: [String]) -> String {
        words.map(escapedForPattern).joined(separator: "|")
    }

    /// A word with `.`, `[`, `]` and the other special characters of a regular expression escaped.
    static func escapedForPattern(_ word: String) -> String {
        var out = ""
        for c in word {
            if "\\^$.|?*+()[]{}".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// Every breakdown `metrics.csv` can hold.
    static var breakdownFormat: String {
        let grades = alternatives(RiskGrade.descending.map(\.csvName))
        return [
            "all",
            "source=(" + alternatives(ReferralSource.allCases.map(\.csvName)) + ")",
            "quarter=[0-9]{4}-Q[1-4]",
            "grade=(" + grades + ")",
            "limits=(" + alternatives(FunnelLimits.allCases.map(\.rawValue)) + ")",
            "assigned=(" + grades + ");review=(" + grades + ")",
            "value=("
                + alternatives(FlagValue.allCases.map(\.csvName) + Allocation.allCases.map(\.csvName).filter { $0 != FlagValue.unknown.csvName })
                + ")",
            "status=(" + alternatives(RecommendationStatus.allCases.map(\.csvName)) + ")",
            "id=[0-9]+",
        ].joined(separator: "|")
    }

    /// Every value `metrics.csv` can hold: a whole number, a decimal with six places, a
    /// position, a status, or the suppression symbol.
    static var valueFormat: String {
        "-?[0-9]+|-?[0-9]+\\.[0-9]{6}|"
            + alternatives(
                FunnelPositions.Position.allCases.map(\.rawValue)
                    + RecommendationStatus.allCases.map(\.csvName) + [MetricValue.suppressionSymbol])
    }
}
