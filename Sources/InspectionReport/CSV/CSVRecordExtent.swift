/// How far one record reaches and how many fields it has, measured without building fields,
/// so that a header can be refused before anything is allocated per column.
struct CSVRecordExtent: Sendable, Equatable {
    /// The record's fields (a record always has at least one).
    var fieldCount: Int
    /// Whether the record ends (at a line end or the end of the file) within the bytes looked at.
    var ends: Bool

    /// Measures the record that starts at `start` (after any empty lines), looking at no more
    /// than `maxBytes` bytes of it (its line end aside). Quotes are read as ``CSVScanner`` reads
    /// them: only a quote that opens a field starts a quoted field.
    static func measure(_ b: UnsafeBufferPointer<UInt8>, from start: Int, maxBytes: Int) -> CSVRecordExtent {
        let n = b.count
        var p = start
        while p < n {
            if b[p] == CSVScanner.lf { p += 1; continue }
            if b[p] == CSVScanner.cr, p + 1 < n, b[p + 1] == CSVScanner.lf { p += 2; continue }
            break
        }
        let stop = maxBytes >= n - p ? n : p + maxBytes + 1
        var fields = 1
        var atFieldStart = true
        var quoted = false
        while p < stop {
            let c = b[p]
            if quoted {
                if c == CSVScanner.quote {
                    if p + 1 < n, b[p + 1] == CSVScanner.quote {
                        p += 2
                        continue
                    }
                    quoted = false
                }
                p += 1
                continue
            }
            if c == CSVScanner.lf { return CSVRecordExtent(fieldCount: fields, ends: true) }
            if c == CSVScanner.comma {
                fields += 1
                atFieldStart = true
            } else {
                if c == CSVScanner.quote, atFieldStart { quoted = true }
                atFieldStart = false
            }
            p += 1
        }
        return CSVRecordExtent(fieldCount: fields, ends: stop == n)
    }
}
