/// An RFC 4180 record scanner over UTF-8 bytes.
///
/// It splits records and fields without creating strings: quotes, `""`, embedded commas and
/// newlines, LF or CRLF line ends and empty lines (skipped) are handled as the data contract
/// says; values are trimmed of spaces and tabs. Encoding is checked separately, once per file,
/// by ``UTF8Check``.
struct CSVScanner {
    /// The whole file.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Next byte to read.
    private(set) var position: Int
    /// Where scanning stops (a record that starts before it is read to its end).
    let limit: Int
    /// The current 1-based physical line.
    private(set) var line: Int
    /// The most fields a record keeps; later ones are only counted, so that a line of a million
    /// commas costs no memory. A reader sets it to one more than the header's fields.
    var fieldLimit = Int.max

    static let comma = UInt8(ascii: ",")
    static let quote = UInt8(ascii: "\"")
    static let lf = UInt8(ascii: "\n")
    static let cr = UInt8(ascii: "\r")

    /// A scanner over `bytes[start..<limit]`, whose first byte is on physical line `line`.
    /// A leading UTF-8 byte order mark at offset 0 is skipped.
    init(bytes: UnsafeBufferPointer<UInt8>, start: Int = 0, limit: Int? = nil, line: Int = 1) {
        self.bytes = bytes
        var p = start
        if p == 0, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { p = 3 }
        self.position = p
        self.limit = limit ?? bytes.count
        self.line = line
    }

    /// Reads the next record into `record`; false at the end.
    mutating func next(into record: inout CSVRecord) throws(CSVSyntaxError) -> Bool {
        let b = bytes
        let n = b.count
        var p = position
        while p < limit {
            if b[p] == Self.lf { p += 1; line += 1; continue }
            if b[p] == Self.cr, p + 1 < n, b[p + 1] == Self.lf { p += 2; line += 1; continue }
            break
        }
        guard p < limit else {
            position = p
            return false
        }
        record.reset()
        record.line = line
        while true {
            let rawStart = p
            var start: Int
            var end: Int
            var inScratch = false
            if p < n, b[p] == Self.quote {
                let quoteLine = line
                p += 1
                var segment = p
                start = p
                while true {
                    guard p < n else {
                        throw CSVSyntaxError(
                            kind: .unterminatedQuote, offset: rawStart, line: quoteLine,
                            column: Self.column(of: rawStart, in: b))
                    }
                    let c = b[p]
                    if c == Self.quote {
                        if p + 1 < n, b[p + 1] == Self.quote {
                            if !inScratch {
                                inScratch = true
                                start = record.scratch.count
                            }
                            record.scratch.append(contentsOf: UnsafeBufferPointer(rebasing: b[segment..<(p + 1)]))
                            p += 2
                            segment = p
                            continue
                        }
                        break
                    }
                    if c == Self.lf { line += 1 }
                    p += 1
                }
                if inScratch {
                    record.scratch.append(contentsOf: UnsafeBufferPointer(rebasing: b[segment..<p]))
                    end = record.scratch.count
                } else {
                    end = p
                }
                p += 1
                if p < n, b[p] == Self.cr, p + 1 == n || b[p + 1] == Self.lf { p += 1 }
                if p < n, b[p] != Self.comma, b[p] != Self.lf {
                    throw CSVSyntaxError(
                        kind: .characterAfterClosingQuote, offset: p, line: line,
                        column: Self.column(of: p, in: b))
                }
            } else {
                while p < n {
                    let c = b[p]
                    if c == Self.comma || c == Self.lf { break }
                    p += 1
                }
                start = rawStart
                end = p
                if end > start, b[end - 1] == Self.cr, p == n || b[p] == Self.lf { end -= 1 }
            }
            if inScratch {
                record.scratch.withUnsafeBufferPointer { s in Self.trim(s, &start, &end) }
            } else {
                Self.trim(b, &start, &end)
            }
            if record.fields.count < fieldLimit {
                record.fields.append(CSVField(start: start, end: end, rawOffset: rawStart, inScratch: inScratch))
            } else {
                record.fieldsBeyondLimit += 1
            }
            if p >= n {
                position = p
                return true
            }
            if b[p] == Self.comma {
                p += 1
                continue
            }
            p += 1
            line += 1
            position = p
            return true
        }
    }

    @inline(__always)
    static func trim(_ b: UnsafeBufferPointer<UInt8>, _ start: inout Int, _ end: inout Int) {
        while start < end, b[start] == 0x20 || b[start] == 0x09 { start += 1 }
        while end > start, b[end - 1] == 0x20 || b[end - 1] == 0x09 { end -= 1 }
    }

    /// The 1-based character column of byte `offset` on its physical line.
    static func column(of offset: Int, in b: UnsafeBufferPointer<UInt8>) -> Int {
        var lineStart = min(offset, b.count)
        while lineStart > 0, b[lineStart - 1] != lf { lineStart -= 1 }
        if lineStart == 0, b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { lineStart = min(3, offset) }
        var column = 1
        var i = lineStart
        while i < offset, i < b.count {
            if b[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return column
    }

    /// The 1-based character columns of ascending byte `offsets`, in one pass over the bytes
    /// (``column(of:in:)`` for each would walk back to the line start every time).
    static func columns(of offsets: [Int], in b: UnsafeBufferPointer<UInt8>) -> [Int] {
        guard let first = offsets.first else { return [] }
        var result: [Int] = []
        result.reserveCapacity(offsets.count)
        var column = column(of: first, in: b)
        var i = first
        for offset in offsets {
            while i < offset, i < b.count {
                if b[i] == lf {
                    column = 1
                } else if b[i] & 0xC0 != 0x80 {
                    column += 1
                }
                i += 1
            }
            result.append(column)
        }
        return result
    }

    /// The 1-based physical line of byte `offset`.
    static func line(of offset: Int, in b: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1
        var i = 0
        while i < offset, i < b.count {
            if b[i] == lf { line += 1 }
            i += 1
        }
        return line
    }
}
