/// The open-data files of `docs/data-contract.md`, "The output files": `metrics.csv`, `quality.csv`
/// and `rejections.csv` (the workbook is ``Workbook``, their metadata ``CSVWMetadata``).
enum DataFiles {
    /// `data/metrics.csv`: `area_type,area,metric,breakdown,value`.
    static func metrics(_ table: MetricsTable) -> [UInt8] {
        var csv = CSVWriter(header: ["area_type", "area", "metric", "breakdown", "value"])
        csv.reserve(table.rows.count * 48)
        for row in table.rows {
            csv.row([row.area.typeName, row.areaName, row.metric.csvName, row.breakdown.csvText, row.value.csvText])
        }
        return csv.bytes
    }

    /// `data/quality.csv`: `file,measure,value`, per CSV input in the order of
    /// `docs/data-contract.md`, "Reading `rejections.csv` and `quality.csv`"
    /// (`national-progress.csv` only when the dataset holds it).
    static func quality(_ dataset: Dataset) -> [UInt8] {
        var csv = CSVWriter(header: ["file", "measure", "value"])
        for row in qualityRows(dataset) {
            csv.row([row.file, row.measure, String(row.value)])
        }
        return csv.bytes
    }

    /// The rows of `data/quality.csv`, for the file and the workbook.
    static func qualityRows(_ dataset: Dataset) -> [(file: String, measure: String, value: Int)] {
        var rows: [(file: String, measure: String, value: Int)] = []
        for tally in dataset.tallies {
            let name = tally.file.fileName
            rows.append((name, "rows_read", tally.rowsRead))
            rows.append((name, "rows_accepted", tally.rowsAccepted))
            rows.append((name, "rows_rejected", tally.rowsRejected))
            for code in RowErrorCode.allCases where tally.count(of: code) > 0 {
                rows.append((name, "rejected:\(code.code)", tally.count(of: code)))
            }
            if tally.file.countsDatesAfterAsOf {
                rows.append((name, "dates_after_as_of", tally.datesAfterAsOf))
            }
        }
        return rows
    }

    /// `data/rejections.csv`: `file,line,column,code`, in file and line order.
    static func rejections(_ dataset: Dataset) -> [UInt8] {
        var csv = CSVWriter(header: ["file", "line", "column", "code"])
        let ordered = dataset.rejections.sorted { ($0.file, $0.line) < ($1.file, $1.line) }
        for r in ordered {
            csv.row([r.file.fileName, String(r.line), r.column ?? "", r.code.code])
        }
        return csv.bytes
    }
}
