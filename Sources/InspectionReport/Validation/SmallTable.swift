/// A small CSV input (forces, recommendations, progress) read into strings, row by row.
struct SmallTable {
    struct Row {
        /// 1-based physical line where the record starts.
        var line: Int
        /// Whether the record has as many fields as the header.
        var fieldCountMatches: Bool
        /// Trimmed values by column spec; nil when the column is absent from the header.
        var values: [String?]
        /// Character column of each spec's field (1 when absent).
        var columns: [Int]
    }

    var header: CSVHeader
    var rows: [Row]

    /// Reads `path`, raising fatal errors for encoding, syntax and header problems, and for
    /// more than `maxRows` rows (`rowsName` names them in the message).
    static func read(
        bytes raw: UnsafeBufferPointer<UInt8>, file: InputFile, columns: [ColumnSpec], checkPersonalData: Bool,
        maxRows: Int = .max, rowsName: String = "rows",
        warnings: inout [Diagnostic]
    ) throws(InputError) -> SmallTable {
        let bytes = try ValueRules.checkedUTF8(raw, name: file.fileName)
        let buffer = bytes
        do {
            var scanner = CSVScanner(bytes: buffer)
            let header = try CSVHeader.read(
                scanner: &scanner, file: file.fileName, columns: columns,
                checkPersonalData: checkPersonalData, warnings: &warnings)
            scanner.fieldLimit = header.names.count + 1
            var rows: [Row] = []
            var record = CSVRecord()
            while true {
                do throws(CSVSyntaxError) {
                    guard try scanner.next(into: &record) else { break }
                } catch {
                    throw InputError(
                        Diagnostic(
                            file: file.fileName, line: error.line, column: error.column,
                            code: "malformed_csv", message: error.message))
                }
                if rows.count == maxRows {
                    throw InputError(
                        Diagnostic(
                            file: file.fileName, line: record.line, code: "too_many_rows",
                            message: "lists more than \(maxRows) \(rowsName), the limit; see docs/data-contract.md"))
                }
                let matches = record.count == header.names.count
                var values = [String?](repeating: nil, count: columns.count)
                var cols = [Int](repeating: 1, count: columns.count)
                for (k, index) in header.fieldIndex.enumerated() {
                    guard let index else { continue }
                    if index < record.count {
                        values[k] = record.string(index, in: buffer)
                        cols[k] = CSVScanner.column(of: record.fields[index].rawOffset, in: buffer)
                    } else {
                        values[k] = ""
                    }
                }
                rows.append(Row(line: record.line, fieldCountMatches: matches, values: values, columns: cols))
            }
            return SmallTable(header: header, rows: rows)
        }
    }
}
