/// What parsing one stretch of `cases.csv` produced, before duplicate ids are judged.
struct CaseChunk {
    /// Rows that passed every check but the duplicate-id one, in file order.
    var records: [CaseRecord] = []
    /// For each record: its line, relative to the chunk's first line (0-based offset).
    var lineOffsets: [Int32] = []
    /// For each record: the id's hash and where its bytes are (a negative start `-(k + 1)`:
    /// at `k` in ``extraIDs``).
    var idHashes: [UInt64] = []
    var idStarts: [Int] = []
    var idLengths: [UInt32] = []
    /// Ids that were unescaped from quotes (rare).
    var extraIDs: [UInt8] = []
    /// Rejections with lines relative to the chunk (0-based offsets).
    var rejections: [Rejection] = []
    /// Rows read.
    var rowsRead = 0
    /// Physical lines the chunk spans.
    var linesSpanned = 0
    /// Byte offset where the chunk's scanning ended.
    var endOffset = 0
    /// Records for the restricted annex on `as_of` (``Timeliness/isAnnexCase(_:)``; index into ``records``, id).
    var overdue: [(index: Int, id: String)] = []
    /// A syntax error, if the chunk hit one.
    var syntaxError: CSVSyntaxError?

    func idBytes<R>(_ i: Int, file: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let start = idStarts[i], length = Int(idLengths[i])
        if start >= 0 { return body(UnsafeBufferPointer(rebasing: file[start..<(start + length)])) }
        return extraIDs.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[(-start - 1)..<(-start - 1 + length)])) }
    }
}
