/// A rejected row: where it is and why, never what it held.
struct Rejection: Sendable, Hashable {
    var file: InputFile
    /// 1-based physical line on which the record starts.
    var line: Int
    /// The column's name; nil for `wrong_field_count`.
    var column: String?
    /// 1-based character column of the offending field on its line.
    var characterColumn: Int
    var code: RowErrorCode

    init(file: InputFile, line: Int, column: String?, characterColumn: Int, code: RowErrorCode) {
        self.file = file
        self.line = line
        self.column = column
        self.characterColumn = characterColumn
        self.code = code
    }

    /// The row's problem as a located diagnostic.
    var diagnostic: Diagnostic {
        let what = column.map { "column `\($0)`: " } ?? ""
        return Diagnostic(file: file.fileName, line: line, column: characterColumn, code: code.code, message: what + code.advice(in: file))
    }
}
