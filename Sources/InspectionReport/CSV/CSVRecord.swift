/// One record of a CSV file, as field positions into the file's bytes.
///
/// A record is reused from row to row so that scanning allocates nothing in the steady state.
struct CSVRecord: Sendable {
    /// 1-based physical line on which the record starts.
    var line: Int = 0
    /// The fields, in file order.
    var fields: [CSVField] = []
    /// Unescaped values of quoted fields that held `""`.
    var scratch: [UInt8] = []
    /// Fields counted but not kept, beyond the scanner's ``CSVScanner/fieldLimit``.
    var fieldsBeyondLimit = 0

    init() {
        fields.reserveCapacity(32)
    }

    mutating func reset() {
        fields.removeAll(keepingCapacity: true)
        scratch.removeAll(keepingCapacity: true)
        fieldsBeyondLimit = 0
    }

    /// The number of fields, kept or not.
    var count: Int { fields.count + fieldsBeyondLimit }

    /// Calls `body` with the trimmed bytes of field `index`.
    func withValue<R>(_ index: Int, in file: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let f = fields[index]
        if f.inScratch {
            return try scratch.withUnsafeBufferPointer { s in
                try body(UnsafeBufferPointer(rebasing: s[f.start..<f.end]))
            }
        }
        return try body(UnsafeBufferPointer(rebasing: file[f.start..<f.end]))
    }

    /// The trimmed value of field `index` as a string.
    func string(_ index: Int, in file: UnsafeBufferPointer<UInt8>) -> String {
        withValue(index, in: file) { String(decoding: $0, as: UTF8.self) }
    }
}
