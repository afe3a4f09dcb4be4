/// A located problem or warning about the inputs, printed as
/// `file:line:column: code: message`. It never holds a cell's value.
struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    var severity: Severity
    var file: String
    var line: Int?
    var column: Int?
    /// A stable code, such as `invalid_date` or `missing_file`.
    var code: String
    /// What is wrong and what to do.
    var message: String

    init(severity: Severity = .error, file: String, line: Int? = nil, column: Int? = nil, code: String, message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.code = code
        self.message = message
    }

    var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        let prefix = severity == .warning ? "warning: " : ""
        return "\(location): \(prefix)\(code): \(message)"
    }
}
