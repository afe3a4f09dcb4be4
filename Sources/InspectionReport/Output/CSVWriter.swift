/// Builds RFC 4180 CSV text into a byte buffer.
struct CSVWriter: Sendable {
    private(set) var bytes: [UInt8] = []

    init(header: [String]) {
        row(header)
    }

    /// Reserves room for `n` more bytes.
    mutating func reserve(_ n: Int) { bytes.reserveCapacity(bytes.count + n) }

    /// Appends a row, quoting fields that need it.
    mutating func row(_ fields: [String]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            append(field)
        }
        bytes.append(UInt8(ascii: "\n"))
    }

    mutating func append(_ field: String) {
        let utf8 = field.utf8
        if utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }) {
            bytes.append(UInt8(ascii: "\""))
            for b in utf8 {
                if b == UInt8(ascii: "\"") { bytes.append(b) }
                bytes.append(b)
            }
            bytes.append(UInt8(ascii: "\""))
        } else {
            bytes.append(contentsOf: utf8)
        }
    }
}
