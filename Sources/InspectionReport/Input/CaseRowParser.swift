/// Checks and packs rows of `cases.csv`, one stretch of the file at a time.
struct CaseRowParser: Sendable {
    /// Which contract column each header field is.
    struct Layout: Sendable {
        /// Per header field: ``CaseColumn`` raw value, or -1 when ignored.
        var columnOfField: [Int8]
        var fieldCount: Int
        /// The fields the contract uses, in file order: field index, column.
        var usedFields: [Int]
        var usedColumns: [Int]
        /// The fields of the date columns other than `received`, in file order.
        var laterDateFields: [Int]
        var laterDateColumns: [CaseColumn]
        /// The field of `review_grade`, or -1.
        var reviewField: Int

        init(header: CSVHeader) {
            columnOfField = header.specIndex.map { Int8($0 ?? -1) }
            fieldCount = header.names.count
            let used = columnOfField.enumerated().filter { $0.element >= 0 }
            usedFields = used.map(\.offset)
            usedColumns = used.map { Int($0.element) }
            let later = used.filter { CaseColumn(rawValue: Int($0.element))!.isLaterDate }
            laterDateFields = later.map(\.offset)
            laterDateColumns = later.map { CaseColumn(rawValue: Int($0.element))! }
            reviewField = columnOfField.firstIndex(of: Int8(CaseColumn.reviewGrade.rawValue)) ?? -1
        }
    }

    let settings: ReportSettings
    /// Decides which accepted cases go to the restricted annex.
    let timeliness: Timeliness
    let forces: ForceLookup
    let layout: Layout
    let sources = ByteEnumTable<ReferralSource>()
    let grades = ByteEnumTable<RiskGrade>()
    let allocations = ByteEnumTable<Allocation>()
    /// Release the pages of a file mapping behind the records already parsed.
    var releasesPages = false

    init(settings: ReportSettings, forces: ForceLookup, layout: Layout) {
        self.settings = settings
        self.timeliness = Timeliness(settings: settings)
        self.forces = forces
        self.layout = layout
    }

    /// Parses the records that start in `b[from..<to]`; the first is on physical line `line`.
    /// Lines in the result are offsets from `line`.
    ///
    /// Records without quotes (nearly all) are split in one tight loop over the bytes; a
    /// record with a quoted field is read by the general ``CSVScanner``.
    func parse(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int, line: Int) -> CaseChunk {
        var chunk = CaseChunk()
        let estimate = (to - from) / 80
        chunk.records.reserveCapacity(estimate)
        chunk.lineOffsets.reserveCapacity(estimate)
        chunk.idHashes.reserveCapacity(estimate)
        chunk.idStarts.reserveCapacity(estimate)
        chunk.idLengths.reserveCapacity(estimate)
        guard let base = b.baseAddress, from < to else {
            chunk.endOffset = from
            return chunk
        }
        let capacity = layout.fieldCount + 1
        let spans = UnsafeMutablePointer<CSVField>.allocate(capacity: capacity)
        defer { spans.deallocate() }
        var record = CSVRecord()
        let end = b.count
        let comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r"), quote = UInt8(ascii: "\"")
        var p = from
        var lineNo = line
        var released = PageRelease.roundUp(from)
        while true {
            if releasesPages, p - released >= PageRelease.stride {
                released = PageRelease.release(base, from: released, to: p)
            }
            while p < to {
                if base[p] == lf { p += 1; lineNo += 1; continue }
                if base[p] == cr, p + 1 < end, base[p + 1] == lf { p += 2; lineNo += 1; continue }
                break
            }
            guard p < to else { break }
            let recordStart = p
            let recordLine = lineNo
            var n = 0
            var fieldStart = p
            var quoted = false
            @inline(__always) func store(_ start: Int, _ stop: Int) {
                if n < capacity {
                    var s = start, e = stop
                    while s < e, base[s] == 0x20 || base[s] == 0x09 { s += 1 }
                    while e > s, base[e - 1] == 0x20 || base[e - 1] == 0x09 { e -= 1 }
                    spans[n] = CSVField(start: s, end: e, rawOffset: start, inScratch: false)
                }
                n += 1
            }
            while true {
                // Skip eight bytes at a time to the next comma, line feed or quote.
                while p &+ 8 <= end {
                    let word = UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self)
                    let found = Self.special(word)
                    if found == 0 {
                        p &+= 8
                    } else {
                        p &+= found.trailingZeroBitCount >> 3
                        break
                    }
                }
                if p == end {
                    var e = p
                    if e > fieldStart, base[e - 1] == cr { e -= 1 }
                    store(fieldStart, e)
                    break
                }
                let c = base[p]
                if c == comma {
                    store(fieldStart, p)
                    p += 1
                    fieldStart = p
                    continue
                }
                if c == lf {
                    var e = p
                    if e > fieldStart, base[e - 1] == cr { e -= 1 }
                    store(fieldStart, e)
                    p += 1
                    lineNo += 1
                    break
                }
                if c == quote, p == fieldStart {
                    quoted = true
                    break
                }
                p += 1
            }
            chunk.rowsRead += 1
            if quoted {
                var scanner = CSVScanner(bytes: b, start: recordStart, limit: end, line: recordLine)
                scanner.fieldLimit = capacity
                do throws(CSVSyntaxError) {
                    _ = try scanner.next(into: &record)
                } catch {
                    var located = error
                    located.line -= line
                    chunk.syntaxError = located
                    chunk.rowsRead -= 1
                    p = end
                    break
                }
                n = record.count
                for i in 0..<min(n, capacity) { spans[i] = record.fields[i] }
                p = scanner.position
                lineNo = scanner.line
                record.scratch.withUnsafeBufferPointer { scratch in
                    parseRow(spans, count: n, scratch: scratch, b, lineOffset: recordLine - line, into: &chunk)
                }
            } else {
                parseRow(
                    spans, count: n, scratch: UnsafeBufferPointer(start: nil, count: 0), b, lineOffset: recordLine - line,
                    into: &chunk)
            }
        }
        chunk.endOffset = p
        chunk.linesSpanned = lineNo - line
        return chunk
    }

    /// A word with the high bit set in each byte that is a comma, a line feed or a quote
    /// (the lowest such byte is exact; bytes above it may be false positives).
    @inline(__always)
    static func special(_ w: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zeroBytes(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        return zeroBytes(w ^ (ones &* 0x2C)) | zeroBytes(w ^ (ones &* 0x0A)) | zeroBytes(w ^ (ones &* 0x22))
    }

    @inline(__always)
    private func parseRow(
        _ fields: UnsafeMutablePointer<CSVField>, count: Int, scratch: UnsafeBufferPointer<UInt8>,
        _ b: UnsafeBufferPointer<UInt8>, lineOffset: Int, into chunk: inout CaseChunk
    ) {
        func reject(_ field: Int?, _ code: RowErrorCode) {
            let column = field.map { CaseColumn(rawValue: Int(layout.columnOfField[$0]))!.name }
            let offset = field.map { fields[$0].rawOffset } ?? fields[0].rawOffset
            chunk.rejections.append(
                Rejection(
                    file: .cases, line: lineOffset, column: column,
                    characterColumn: CSVScanner.column(of: offset, in: b), code: code))
        }
        guard count == layout.fieldCount else {
            reject(nil, .wrongFieldCount)
            return
        }
        var rec = CaseRecord(received: 0, force: 0, source: 0)
        var idStart = 0, idEnd = 0
        var idHash: UInt64 = 0
        var failure: (Int, RowErrorCode)?
        fieldLoop: for u in 0..<layout.usedFields.count {
            let i = layout.usedFields[u]
            let k = layout.usedColumns[u]
            let field = fields[i]
            if field.start == field.end {
                if k <= CaseColumn.received.rawValue { failure = (i, .missingValue); break fieldLoop }
                continue
            }
            let value =
                field.inScratch
                ? UnsafeBufferPointer(rebasing: scratch[field.start..<field.end])
                : UnsafeBufferPointer(rebasing: b[field.start..<field.end])
            if k == CaseColumn.caseID.rawValue {
                // The one text column: every other column's parser refuses control characters.
                let (hash, unusual) = fnv1aNotingUnusualBytes(value)
                if unusual, TextRules.hasControlCharacter(value) { failure = (i, .invalidValue); break fieldLoop }
                idHash = hash
                if field.inScratch {
                    idStart = -(chunk.extraIDs.count + 1)
                    chunk.extraIDs.append(contentsOf: value)
                    idEnd = chunk.extraIDs.count
                } else {
                    idStart = field.start
                    idEnd = field.end
                }
            } else if let code = parseField(k, value, into: &rec) {
                // A value holding a control character is invalid, whatever else is wrong with it
                // (docs/data-contract.md, "Text").
                failure = (i, TextRules.hasControlCharacter(value) ? .invalidValue : code)
                break fieldLoop
            }
        }
        if failure == nil {
            for d in 0..<layout.laterDateFields.count {
                let date = rec[date: layout.laterDateColumns[d].rawValue]
                if date != CaseRecord.missing, date < rec.received {
                    failure = (layout.laterDateFields[d], .dateBeforeReceived)
                    break
                }
            }
        }
        if failure == nil, rec.reviewGrade != CaseRecord.noGrade, rec.riskGrade == CaseRecord.noGrade {
            failure = (layout.reviewField, .reviewWithoutGrade)
        }
        if let (field, code) = failure {
            reject(field, code)
            return
        }
        if timeliness.isAnnexCase(rec) {
            let id: String
            if idStart >= 0 {
                id = String(decoding: UnsafeBufferPointer(rebasing: b[idStart..<idEnd]), as: UTF8.self)
            } else {
                id = String(decoding: chunk.extraIDs[(-idStart - 1)..<idEnd], as: UTF8.self)
            }
            chunk.overdue.append((chunk.records.count, id))
        }
        chunk.records.append(rec)
        chunk.lineOffsets.append(Int32(lineOffset))
        chunk.idHashes.append(idHash)
        chunk.idStarts.append(idStart)
        chunk.idLengths.append(UInt32(idStart >= 0 ? idEnd - idStart : idEnd - (-idStart - 1)))
    }

    /// Parses one non-empty cell into `rec`; returns the error code, if any.
    @inline(__always)
    private func parseField(_ k: Int, _ v: UnsafeBufferPointer<UInt8>, into rec: inout CaseRecord) -> RowErrorCode? {
        switch k {
        case CaseColumn.caseID.rawValue:
            return nil
        case CaseColumn.forceID.rawValue:
            guard let f = forces.index(of: v) else { return .unknownForce }
            rec.force = UInt16(f)
        case CaseColumn.source.rawValue:
            guard let s = sources.match(v) else { return .invalidValue }
            rec.source = UInt8(s.rawValue)
        case CaseColumn.received.rawValue, CaseColumn.riskAssessed.rawValue, CaseColumn.action.rawValue,
            CaseColumn.arrested.rawValue, CaseColumn.partnerReferral.rawValue:
            guard let d = DayParser.parse(v) else { return .invalidDate }
            rec[date: k] = d.number
        case CaseColumn.riskGrade.rawValue:
            guard let g = grades.match(v) else { return .invalidValue }
            rec.riskGrade = UInt8(g.rawValue)
        case CaseColumn.reviewGrade.rawValue:
            guard let g = grades.match(v) else { return .invalidValue }
            rec.reviewGrade = UInt8(g.rawValue)
        case CaseColumn.childInHousehold.rawValue:
            guard let flag = FlagValue.parse(v) else { return .invalidValue }
            rec.childInHousehold = UInt8(flag.rawValue)
        case CaseColumn.pndChecked.rawValue:
            guard let flag = FlagValue.parse(v) else { return .invalidValue }
            rec.pndChecked = UInt8(flag.rawValue)
        default:
            guard let a = allocations.match(v) else { return .invalidValue }
            rec.allocation = UInt8(a.rawValue)
        }
        return nil
    }
}
