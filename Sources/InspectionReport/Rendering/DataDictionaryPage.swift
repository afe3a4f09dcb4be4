/// The context of the data dictionary's template (`data-dictionary.md.mustache`): every column
/// of the open-data files, every metric with its unit, breakdowns and definition, every
/// breakdown, and the sheets of the workbook, from ``DataDictionary``, ``Metric/definition``
/// and ``Workbook/guide``. It shows no figure about cases.
struct DataDictionaryPage {
    let publication: Publication

    /// The page's paths in the output.
    static let markdownPath = "data-dictionary.md"
    static let htmlPath = "data-dictionary.html"

    func context() -> [String: Any] {
        var context = publication.commonContext(depth: 0)
        context["metrics_href"] = "data/" + DataDictionary.metrics.name
        context["quality_href"] = "data/" + DataDictionary.quality.name
        context["rejections_href"] = "data/" + DataDictionary.rejections.name
        context["open_overdue_href"] = "data/" + DataDictionary.openOverdueCases.name
        context["metadata_href"] = CSVWMetadata.path
        context["workbook_href"] = Workbook.path
        context["metrics_description"] = Escaping.markdown(DataDictionary.metrics.description)
        context["quality_description"] = Escaping.markdown(DataDictionary.quality.description)
        context["rejections_description"] = Escaping.markdown(DataDictionary.rejections.description)
        context["open_overdue_description"] = Escaping.markdown(DataDictionary.openOverdueCases.description)
        context["metrics_columns_table"] = Block(columns(DataDictionary.metrics, id: "dictionary-metrics-columns"))
        context["quality_columns_table"] = Block(columns(DataDictionary.quality, id: "dictionary-quality-columns"))
        context["rejections_columns_table"] = Block(columns(DataDictionary.rejections, id: "dictionary-rejections-columns"))
        context["open_overdue_columns_table"] = Block(columns(DataDictionary.openOverdueCases, id: "dictionary-open-overdue-columns"))
        context["metrics_table"] = Block(metrics())
        context["breakdowns_table"] = Block(breakdowns())
        context["workbook_sheets"] = Workbook.guide.map { ["name": Escaping.markdown($0.name), "holds": Escaping.markdown($0.holds)] }
        context["no_figure"] = Figure.noFigure
        return context
    }

    /// The columns of a file.
    func columns(_ file: DataDictionary.File, id: String) -> Table {
        Table(
            id: id, caption: "Columns of \(file.name)",
            columns: [.init("Column", numeric: false), .init("Type", numeric: false), .init("Description", numeric: false)],
            rows: file.columns.map { column in
                [Table.Cell(column.name), Table.Cell(column.datatype + (column.required ? "" : ", may be empty")), Table.Cell(column.description)]
            })
    }

    /// Every metric, in `metrics.csv` order.
    func metrics() -> Table {
        Table(
            id: "dictionary-metrics", caption: "The metrics of metrics.csv, in its order",
            columns: [
                .init("Metric", numeric: false), .init("What it is", numeric: false), .init("Unit", numeric: false),
                .init("Breakdowns", numeric: false), .init("Definition", numeric: false),
            ],
            rows: Metric.allCases.map { metric in
                [
                    Table.Cell(metric.csvName), Table.Cell(metric.label), Table.Cell(metric.unit.label), Table.Cell(metric.breakdownPatterns),
                    Table.Cell(metric.definition),
                ]
            })
    }

    /// Every breakdown.
    func breakdowns() -> Table {
        Table(
            id: "dictionary-breakdowns", caption: "The breakdowns of metrics.csv",
            columns: [.init("Breakdown", numeric: false), .init("Values", numeric: false), .init("Meaning", numeric: false)],
            rows: Breakdown.Dimension.allCases.map { d in
                [Table.Cell(d.pattern), Table.Cell(d.values), Table.Cell(d.meaning)]
            })
    }
}
