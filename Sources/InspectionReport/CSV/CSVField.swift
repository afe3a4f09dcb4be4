/// Where one field of a record lies: its trimmed value and the offset it starts at.
struct CSVField: Sendable {
    /// Start of the trimmed value, in the file (or in the record's scratch buffer).
    var start: Int
    /// End (exclusive) of the trimmed value.
    var end: Int
    /// Byte offset in the file where the field starts, for locating problems.
    var rawOffset: Int
    /// Whether the value lies in the record's scratch buffer (a quoted field holding `""`).
    var inScratch: Bool

    /// Whether the trimmed value is empty (missing).
    var isEmpty: Bool { start == end }
}
