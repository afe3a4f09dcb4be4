/// A closed set of values read from CSV cells: matched case-insensitively after trimming,
/// with spaces and hyphens read as underscores.
public protocol ByteEnum: CaseIterable, Sendable, Hashable {
    /// The canonical spelling in the data contract, such as `very_high`.
    var csvName: String { get }
}

/// Precomputed spellings of a ``ByteEnum``'s cases, for matching cells without allocating.
@usableFromInline
struct ByteEnumTable<E: ByteEnum>: Sendable {
    @usableFromInline let names: [[UInt8]]
    @usableFromInline let values: [E]

    init() {
        values = Array(E.allCases)
        names = values.map { Array($0.csvName.utf8) }
    }

    @inlinable
    func match(_ bytes: UnsafeBufferPointer<UInt8>) -> E? {
        outer: for (k, name) in names.enumerated() where name.count == bytes.count {
            for i in 0..<name.count where ByteEnumTable.normalize(bytes[i]) != name[i] {
                continue outer
            }
            return values[k]
        }
        return nil
    }

    @inlinable @inline(__always)
    static func normalize(_ c: UInt8) -> UInt8 {
        if c >= 0x41 && c <= 0x5A { return c | 0x20 }
        if c == 0x20 || c == 0x2D { return 0x5F }
        return c
    }
}

extension ByteEnum {
    /// Parses a trimmed cell, or nil when it names no case.
    public static func parse(_ text: String) -> Self? {
        var copy = text
        let table = ByteEnumTable<Self>()
        return copy.withUTF8 { table.match($0) }
    }
}
