/// Malformed CSV: a fatal error located by byte offset, line and column.
struct CSVSyntaxError: Error, Sendable, Equatable {
    /// What is wrong.
    enum Kind: Sendable, Equatable {
        /// A quoted field is never closed.
        case unterminatedQuote
        /// A closing quote is followed by something other than a comma or a line end.
        case characterAfterClosingQuote
        /// The bytes are not valid UTF-8.
        case invalidUTF8
    }

    var kind: Kind
    /// Byte offset in the file.
    var offset: Int
    /// 1-based physical line.
    var line: Int
    /// 1-based character column.
    var column: Int

    /// A sentence that says what is wrong and what to do.
    var message: String {
        switch kind {
        case .unterminatedQuote:
            return "a quoted field starts here and is never closed; close it with \" or remove the quote"
        case .characterAfterClosingQuote:
            return "a closing quote must be followed by a comma or a line end; write a quote inside a quoted field as \"\""
        case .invalidUTF8:
            return "the file is not valid UTF-8 here; save it as UTF-8"
        }
    }
}
