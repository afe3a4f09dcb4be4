/// The reconciliation of one CSV input: rows read = accepted + rejected.
struct FileTally: Sendable, Hashable {
    var file: InputFile
    var rowsRead = 0
    var rowsRejected = 0
    /// Rejections per ``RowErrorCode/rawValue``.
    var byCode = [Int](repeating: 0, count: RowErrorCode.allCases.count)
    /// Dates later than `as_of` in accepted rows (cases, and the rows of the two progress files).
    var datesAfterAsOf = 0

    init(file: InputFile) { self.file = file }

    var rowsAccepted: Int { rowsRead - rowsRejected }

    mutating func reject(_ code: RowErrorCode) {
        rowsRejected += 1
        byCode[code.rawValue] += 1
    }

    /// The rejection count for a code.
    func count(of code: RowErrorCode) -> Int { byCode[code.rawValue] }
}
