/// The reconciliation of one CSV input: rows read = accepted + rejected.
public struct FileTally: Sendable, Hashable {
    public var file: InputFile
    public var rowsRead = 0
    public var rowsRejected = 0
    /// Rejections per ``RowErrorCode/rawValue``.
    public var byCode = [Int](repeating: 0, count: RowErrorCode.allCases.count)
    /// Dates later than `as_of` in accepted rows (cases and progress only).
    public var datesAfterAsOf = 0

    public init(file: InputFile) { self.file = file }

    public var rowsAccepted: Int { rowsRead - rowsRejected }

    mutating func reject(_ code: RowErrorCode) {
        rowsRejected += 1
        byCode[code.rawValue] += 1
    }

    /// The rejection count for a code.
    public func count(of code: RowErrorCode) -> Int { byCode[code.rawValue] }
}
