/// A closed set of values read from CSV cells: matched case-insensitively after trimming,
/// with spaces and hyphens read as underscores.
protocol ByteEnum: CaseIterable, Sendable, Hashable {
    /// The canonical spelling in the data contract, such as `very_high`.
    var csvName: String { get }
}

/// Precomputed spellings of a ``ByteEnum``'s cases, for matching cells without allocating:
/// each spelling (at most 16 bytes) is kept as two integers, and a cell is normalised into
/// two integers and compared.
struct ByteEnumTable<E: ByteEnum>: Sendable {
    /// Per case: low word, high word, length.
    let words: [UInt64]
    let values: [E]

    init() {
        values = Array(E.allCases)
        var words: [UInt64] = []
        for value in values {
            let bytes = Array(value.csvName.utf8)
            precondition(bytes.count <= 16, "an enum spelling is longer than 16 bytes")
            var lo: UInt64 = 0, hi: UInt64 = 0
            for (i, b) in bytes.enumerated() {
                if i < 8 { lo |= UInt64(b) << (8 * UInt64(i)) } else { hi |= UInt64(b) << (8 * UInt64(i - 8)) }
            }
            words += [lo, hi, UInt64(bytes.count)]
        }
        self.words = words
    }

    func match(_ bytes: UnsafeBufferPointer<UInt8>) -> E? {
        let n = bytes.count
        guard n <= 16, n > 0 else { return nil }
        var lo: UInt64 = 0, hi: UInt64 = 0
        for i in 0..<n {
            let c = UInt64(ByteEnumTable.normalize(bytes[i]))
            if i < 8 { lo |= c << (8 * UInt64(i)) } else { hi |= c << (8 * UInt64(i - 8)) }
        }
        return words.withUnsafeBufferPointer { w in
            var k = 0
            while k < values.count {
                if w[3 * k] == lo, w[3 * k + 1] == hi, w[3 * k + 2] == UInt64(n) { return values[k] }
                k += 1
            }
            return nil
        }
    }

    @inline(__always)
    static func normalize(_ c: UInt8) -> UInt8 {
        if c >= 0x41 && c <= 0x5A { return c | 0x20 }
        if c == 0x20 || c == 0x2D { return 0x5F }
        return c
    }
}

extension ByteEnum {
    /// Parses a trimmed cell, or nil when it names no case.
    static func parse(_ text: String) -> Self? {
        var copy = text
        let table = ByteEnumTable<Self>()
        return copy.withUTF8 { table.match($0) }
    }
}
