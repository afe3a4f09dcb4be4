/// Where one field of a record lies: its trimmed value and the offset it starts at.
public struct CSVField: Sendable {
    /// Start of the trimmed value, in the file (or in the record's scratch buffer).
    public var start: Int
    /// End (exclusive) of the trimmed value.
    public var end: Int
    /// Byte offset in the file where the field starts, for locating problems.
    public var rawOffset: Int
    /// Whether the value lies in the record's scratch buffer (a quoted field holding `""`).
    public var inScratch: Bool

    /// Whether the trimmed value is empty (missing).
    @inlinable public var isEmpty: Bool { start == end }
}
