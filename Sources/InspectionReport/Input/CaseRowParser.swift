/// Checks and packs rows of `cases.csv`, one stretch of the file at a time.
struct CaseRowParser: Sendable {
    /// Which contract column each header field is.
    struct Layout: Sendable {
        /// Per header field: ``CaseColumn`` raw value, or -1 when ignored.
        var columnOfField: [Int8]
        var fieldCount: Int
        var required: [Bool]

        init(header: CSVHeader) {
            columnOfField = header.specIndex.map { Int8($0 ?? -1) }
            fieldCount = header.names.count
            required = CaseColumn.specs.map(\.required)
        }
    }

    let settings: ReportSettings
    let forces: ForceLookup
    let layout: Layout
    let sources = ByteEnumTable<ReferralSource>()
    let grades = ByteEnumTable<RiskGrade>()
    let allocations = ByteEnumTable<Allocation>()

    init(settings: ReportSettings, forces: ForceLookup, layout: Layout) {
        self.settings = settings
        self.forces = forces
        self.layout = layout
    }

    /// Parses the records that start in `b[from..<to]`; the first is on physical line `line`.
    /// Lines in the result are offsets from `line`.
    func parse(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int, line: Int) -> CaseChunk {
        var chunk = CaseChunk()
        let estimate = (to - from) / 80
        chunk.records.reserveCapacity(estimate)
        chunk.lineOffsets.reserveCapacity(estimate)
        chunk.idHashes.reserveCapacity(estimate)
        chunk.idStarts.reserveCapacity(estimate)
        chunk.idLengths.reserveCapacity(estimate)
        var scanner = CSVScanner(bytes: b, start: from, limit: to, line: line)
        var record = CSVRecord()
        while true {
            do throws(CSVSyntaxError) {
                guard try scanner.next(into: &record) else { break }
            } catch {
                var located = error
                located.line -= line
                chunk.syntaxError = located
                break
            }
            chunk.rowsRead += 1
            parseRow(record, b, lineOffset: record.line - line, into: &chunk)
        }
        chunk.endOffset = scanner.position
        chunk.linesSpanned = scanner.line - line
        return chunk
    }

    @inline(__always)
    private func parseRow(_ record: CSVRecord, _ b: UnsafeBufferPointer<UInt8>, lineOffset: Int, into chunk: inout CaseChunk) {
        func reject(_ field: Int?, _ code: RowErrorCode) {
            let column = field.map { CaseColumn(rawValue: Int(layout.columnOfField[$0]))!.name }
            let offset = field.map { record.fields[$0].rawOffset } ?? record.fields[0].rawOffset
            chunk.rejections.append(Rejection(file: .cases, line: lineOffset, column: column,
                                              characterColumn: CSVScanner.column(of: offset, in: b), code: code))
        }
        guard record.count == layout.fieldCount else {
            reject(nil, .wrongFieldCount)
            return
        }
        var rec = CaseRecord(received: 0, force: 0, source: 0)
        var idStart = 0, idEnd = 0
        var idHash: UInt64 = 0
        var failure: (Int, RowErrorCode)?
        for i in 0..<record.count {
            let k = Int(layout.columnOfField[i])
            if k < 0 { continue }
            let field = record.fields[i]
            if field.isEmpty {
                if layout.required[k] { failure = (i, .missingValue); break }
                continue
            }
            let code: RowErrorCode?
            if field.inScratch {
                let copy = Array(record.scratch[field.start..<field.end])
                code = copy.withUnsafeBufferPointer { parseField(k, $0, into: &rec) }
                if code == nil, k == CaseColumn.caseID.rawValue {
                    idStart = -(chunk.extraIDs.count + 1)
                    chunk.extraIDs.append(contentsOf: copy)
                    idEnd = chunk.extraIDs.count
                    idHash = copy.withUnsafeBufferPointer { fnv1a($0) }
                }
            } else {
                let value = UnsafeBufferPointer(rebasing: b[field.start..<field.end])
                code = parseField(k, value, into: &rec)
                if code == nil, k == CaseColumn.caseID.rawValue {
                    idStart = field.start
                    idEnd = field.end
                    idHash = fnv1a(value)
                }
            }
            if let code { failure = (i, code); break }
        }
        if failure == nil {
            for i in 0..<record.count {
                let k = Int(layout.columnOfField[i])
                guard k >= 0, let column = CaseColumn(rawValue: k), column.isLaterDate else { continue }
                let date: Int32
                switch column {
                case .riskAssessed: date = rec.riskAssessed
                case .action: date = rec.action
                case .arrested: date = rec.arrested
                default: date = rec.partnerReferral
                }
                if date != CaseRecord.missing, date < rec.received {
                    failure = (i, .dateBeforeReceived)
                    break
                }
            }
        }
        if failure == nil, rec.reviewGrade != CaseRecord.noGrade, rec.riskGrade == CaseRecord.noGrade {
            let i = Int(layout.columnOfField.firstIndex(of: Int8(CaseColumn.reviewGrade.rawValue))!)
            failure = (i, .reviewWithoutGrade)
        }
        if let (field, code) = failure {
            reject(field, code)
            return
        }
        if isOpenOverdue(rec) {
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
        case CaseColumn.received.rawValue:
            guard let d = DayParser.parse(v) else { return .invalidDate }
            rec.received = d.number
        case CaseColumn.riskAssessed.rawValue:
            guard let d = DayParser.parse(v) else { return .invalidDate }
            rec.riskAssessed = d.number
        case CaseColumn.action.rawValue:
            guard let d = DayParser.parse(v) else { return .invalidDate }
            rec.action = d.number
        case CaseColumn.arrested.rawValue:
            guard let d = DayParser.parse(v) else { return .invalidDate }
            rec.arrested = d.number
        case CaseColumn.partnerReferral.rawValue:
            guard let d = DayParser.parse(v) else { return .invalidDate }
            rec.partnerReferral = d.number
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

    /// Whether an in-scope graded case had no action by `as_of` and its timescale has run out.
    private func isOpenOverdue(_ rec: CaseRecord) -> Bool {
        guard rec.received >= settings.periodStart.number, rec.received <= settings.periodEnd.number,
              rec.riskGrade != CaseRecord.noGrade else { return false }
        let asOf = settings.asOf.number
        if rec.riskAssessed != CaseRecord.missing, rec.riskAssessed > asOf { return false }
        if rec.action != CaseRecord.missing, rec.action <= asOf { return false }
        return Int(asOf) - Int(rec.received) > settings.timescales[Int(rec.riskGrade)]
    }
}
