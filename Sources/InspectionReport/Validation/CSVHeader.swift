/// The header row of a CSV input, resolved against the columns the file needs (required columns,
/// repeated names, personal-data columns: `docs/data-contract.md`, "CSV files"), within its
/// "Limits".
struct CSVHeader: Sendable {
    /// Trimmed header names in file order.
    var names: [String]
    /// For each header field, the index of the ``ColumnSpec`` it is, or nil when ignored.
    var specIndex: [Int?]
    /// For each spec, the header field that holds it, or nil when absent.
    var fieldIndex: [Int?]
    /// Physical line after the header.
    var line: Int

    /// The most columns a header may have.
    static let maxColumns = 1_000
    /// The longest header, in bytes (1 MiB).
    static let maxBytes = 1 << 20

    /// Reads and checks the header with `scanner`, collecting fatal problems and warnings.
    ///
    /// The header's length and number of columns are measured before any field is read, and
    /// names are matched through dictionaries, so the work is linear in the header's length.
    static func read(
        scanner: inout CSVScanner, file: String, columns: [ColumnSpec], checkPersonalData: Bool,
        warnings: inout [Diagnostic]
    ) throws(InputError) -> CSVHeader {
        let extent = CSVRecordExtent.measure(scanner.bytes, from: scanner.position, maxBytes: maxBytes)
        if !extent.ends {
            throw InputError(
                Diagnostic(
                    file: file, line: 1, code: "header_too_long",
                    message: "the header is longer than \(maxBytes) bytes (1 MiB), the limit; is this a CSV file with one header line?"))
        }
        if extent.fieldCount > maxColumns {
            throw InputError(
                Diagnostic(
                    file: file, line: 1, code: "too_many_columns",
                    message:
                        "the header has \(extent.fieldCount) columns, more than the limit of \(maxColumns); remove the columns the file does not need"
                ))
        }
        var record = CSVRecord()
        let hasHeader: Bool
        do {
            hasHeader = try scanner.next(into: &record)
        } catch {
            throw InputError(Diagnostic(file: file, line: error.line, column: error.column, code: "malformed_csv", message: error.message))
        }
        guard hasHeader else {
            throw InputError(
                Diagnostic(
                    file: file, line: 1, column: 1, code: "missing_header",
                    message: "the file is empty; its first line must be a header naming the columns"))
        }
        let names = (0..<record.count).map { record.string($0, in: scanner.bytes) }
        let positions = CSVScanner.columns(of: record.fields.map(\.rawOffset), in: scanner.bytes)
        var problems: [Diagnostic] = []
        var specIndex = [Int?](repeating: nil, count: names.count)
        var fieldIndex = [Int?](repeating: nil, count: columns.count)
        let exact = Dictionary(columns.enumerated().map { ($0.element.name, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let loose = Dictionary(columns.enumerated().map { (looseName($0.element.name), $0.offset) }, uniquingKeysWith: { a, _ in a })
        var seen: [String: Int] = [:]
        // Header fields that match a column only after a change of case or spacing.
        var nearMisses: [(field: Int, spec: Int)] = []
        for (i, name) in names.enumerated() {
            let column = positions[i]
            if checkPersonalData, PersonalDataColumns.matches(name) {
                problems.append(
                    Diagnostic(
                        file: file, line: record.line, column: column, code: "personal_data",
                        message: "column \(i + 1) is named like personal data; an anonymised dataset must not carry it: remove the column"))
                continue
            }
            let spec = exact[name]
            if let earlier = seen[name] {
                if spec != nil {
                    problems.append(
                        Diagnostic(
                            file: file, line: record.line, column: column, code: "duplicate_column",
                            message: "column \(i + 1) has the same name as column \(earlier + 1); rename or remove one"))
                } else {
                    warnings.append(
                        Diagnostic(
                            severity: .warning, file: file, line: record.line, column: column, code: "unused_column",
                            message: "column \(i + 1) repeats the name of column \(earlier + 1) and is ignored"))
                }
                continue
            }
            seen[name] = i
            if let k = spec {
                specIndex[i] = k
                fieldIndex[k] = i
            } else if let k = loose[looseName(name)] {
                nearMisses.append((i, k))
            } else {
                let shown = name.isEmpty ? "(empty)" : TextRules.shown(name) ?? "(a long or unprintable name)"
                warnings.append(
                    Diagnostic(
                        severity: .warning, file: file, line: record.line, column: column, code: "unused_column",
                        message: "column \(i + 1) \(shown) is not used and is ignored"))
            }
        }
        var suggested = [Bool](repeating: false, count: columns.count)
        for (i, k) in nearMisses {
            let spec = columns[k]
            let location = (line: record.line, column: positions[i])
            if fieldIndex[k] != nil {
                warnings.append(
                    Diagnostic(
                        severity: .warning, file: file, line: location.line, column: location.column, code: "unused_column",
                        message: "column \(i + 1) is named like `\(spec.name)`, which is also present, and is ignored"))
            } else if spec.required, !suggested[k] {
                suggested[k] = true
                problems.append(
                    Diagnostic(
                        file: file, line: location.line, column: location.column, code: "missing_column",
                        message:
                            """
                            column \(i + 1) is not named exactly as the required column `\(spec.name)`: did you mean `\(spec.name)`? Header \
                            names are matched exactly (lower case, underscores)
                            """
                    ))
            } else {
                warnings.append(
                    Diagnostic(
                        severity: .warning, file: file, line: location.line, column: location.column, code: "unused_column",
                        message:
                            """
                            column \(i + 1) is not used and is ignored: did you mean `\(spec.name)`? Header names are matched exactly (lower \
                            case, underscores)
                            """
                    ))
            }
        }
        for (k, spec) in columns.enumerated() where spec.required && fieldIndex[k] == nil && !suggested[k] {
            problems.append(
                Diagnostic(
                    file: file, line: record.line, code: "missing_column",
                    message: "the required column `\(spec.name)` is missing; add it to the header"))
        }
        if !problems.isEmpty { throw InputError(problems) }
        return CSVHeader(names: names, specIndex: specIndex, fieldIndex: fieldIndex, line: scanner.line)
    }

    /// A header name compared without regard to case or spacing: lower case, every run of
    /// spaces, hyphens and underscores read as one underscore, none at either end.
    static func looseName(_ name: String) -> String {
        var result = ""
        var pendingSeparator = false
        for ch in name.lowercased() {
            if ch.isWhitespace || ch == "-" || ch == "_" {
                pendingSeparator = !result.isEmpty
                continue
            }
            if pendingSeparator { result.append("_") }
            pendingSeparator = false
            result.append(ch)
        }
        return result
    }
}
