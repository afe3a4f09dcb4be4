import Foundation

/// Rules on single values and whole files that more than one input shares (`docs/data-contract.md`,
/// "CSV files", "The columns"): UTF-8 encoding, the form of a force id, and positive whole numbers.
enum ValueRules {
    /// `bytes`, or a located fatal error at the first byte that is not UTF-8.
    static func checkedUTF8(_ bytes: UnsafeBufferPointer<UInt8>, name: String) throws(InputError) -> UnsafeBufferPointer<UInt8> {
        let bad = UTF8Check.firstInvalidOffset(bytes)
        if let bad {
            let (line, column) = (CSVScanner.line(of: bad, in: bytes), CSVScanner.column(of: bad, in: bytes))
            throw InputError(
                Diagnostic(
                    file: name, line: line, column: column, code: "invalid_utf8",
                    message: "the file is not valid UTF-8 here; save it as UTF-8"))
        }
        return bytes
    }

    /// A force id: 1 to 32 letters, digits, `_` or `-`, starting with a letter or digit (it names output files).
    static let forceIDPattern = try! NSRegularExpression(pattern: "^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$")

    /// A positive integer written in digits (`01` reads as 1), or nil.
    static func positiveInteger(_ text: String) -> Int? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let digits = text.drop(while: { $0 == "0" })
        guard !digits.isEmpty, digits.count <= 18, let value = Int(digits), value > 0 else { return nil }
        return value
    }
}
