/// The header row of a CSV input, resolved against the columns the file needs (SPEC section 2:
/// required columns, repeated names, personal-data columns).
struct CSVHeader: Sendable {
    /// Trimmed header names in file order.
    var names: [String]
    /// For each header field, the index of the ``ColumnSpec`` it is, or nil when ignored.
    var specIndex: [Int?]
    /// For each spec, the header field that holds it, or nil when absent.
    var fieldIndex: [Int?]
    /// Physical line after the header.
    var line: Int

    /// Reads and checks the header with `scanner`, collecting fatal problems and warnings.
    static func read(scanner: inout CSVScanner, file: String, columns: [ColumnSpec], checkPersonalData: Bool,
                            warnings: inout [Diagnostic]) throws(InputError) -> CSVHeader {
        var record = CSVRecord()
        let hasHeader: Bool
        do {
            hasHeader = try scanner.next(into: &record)
        } catch {
            throw InputError(Diagnostic(file: file, line: error.line, column: error.column, code: "malformed_csv", message: error.message))
        }
        guard hasHeader else {
            throw InputError(Diagnostic(file: file, line: 1, column: 1, code: "missing_header",
                                        message: "the file is empty; its first line must be a header naming the columns"))
        }
        let names = (0..<record.count).map { record.string($0, in: scanner.bytes) }
        var problems: [Diagnostic] = []
        var specIndex = [Int?](repeating: nil, count: names.count)
        var fieldIndex = [Int?](repeating: nil, count: columns.count)
        var seen: [String: Int] = [:]
        for (i, name) in names.enumerated() {
            let column = CSVScanner.column(of: record.fields[i].rawOffset, in: scanner.bytes)
            if checkPersonalData, PersonalDataColumns.matches(name) {
                problems.append(Diagnostic(file: file, line: record.line, column: column, code: "personal_data",
                                           message: "column \(i + 1) is named like personal data; an anonymised dataset must not carry it: remove the column"))
                continue
            }
            let spec = columns.firstIndex(where: { $0.name == name })
            if let earlier = seen[name] {
                if spec != nil {
                    problems.append(Diagnostic(file: file, line: record.line, column: column, code: "duplicate_column",
                                               message: "column \(i + 1) has the same name as column \(earlier + 1); rename or remove one"))
                } else {
                    warnings.append(Diagnostic(severity: .warning, file: file, line: record.line, column: column, code: "unused_column",
                                               message: "column \(i + 1) repeats the name of column \(earlier + 1) and is ignored"))
                }
                continue
            }
            seen[name] = i
            if let k = spec {
                specIndex[i] = k
                fieldIndex[k] = i
            } else {
                let shown = name.isEmpty ? "(empty)" : "`\(name)`"
                warnings.append(Diagnostic(severity: .warning, file: file, line: record.line, column: column, code: "unused_column",
                                           message: "column \(i + 1) \(shown) is not used and is ignored"))
            }
        }
        for (k, spec) in columns.enumerated() where spec.required && fieldIndex[k] == nil {
            problems.append(Diagnostic(file: file, line: record.line, code: "missing_column",
                                       message: "the required column `\(spec.name)` is missing; add it to the header"))
        }
        if !problems.isEmpty { throw InputError(problems) }
        return CSVHeader(names: names, specIndex: specIndex, fieldIndex: fieldIndex, line: scanner.line)
    }
}
