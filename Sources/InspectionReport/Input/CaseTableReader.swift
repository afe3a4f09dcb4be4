/// Validates `cases.csv` in one streaming pass over its bytes (`docs/data-contract.md`, "The
/// columns" and "Errors, rejected rows and warnings").
///
/// The file is scanned in two halves on two threads when ``parallelism`` says so; the halves are
/// joined in file order, and duplicate ids are then judged in file order (see
/// ``DuplicateFinder``), so the result is the same as a single-threaded read.
struct CaseTableReader {
    let settings: ReportSettings
    let forces: [Force]
    let parallelism: Parallelism
    /// The bytes are a file mapping: pages already parsed may be released to save memory.
    var releasesPages = false

    struct Result {
        /// Accepted in-scope cases, in file order, in one or two parts.
        var parts: [[CaseRecord]] = []
        var openOverdue: [OpenOverdueCase] = []
        var rejections: [Rejection] = []
        var tally = FileTally(file: .cases)
    }

    func read(bytes buffer: UnsafeBufferPointer<UInt8>, warnings: inout [Diagnostic]) throws(InputError) -> Result {
        do {
            var scanner = CSVScanner(bytes: buffer)
            let header = try CSVHeader.read(
                scanner: &scanner, file: InputFile.cases.fileName, columns: CaseColumn.specs,
                checkPersonalData: true, warnings: &warnings)
            let layout = CaseRowParser.Layout(header: header)
            var configured = CaseRowParser(settings: settings, forces: ForceLookup(ids: forces.map(\.id)), layout: layout)
            configured.releasesPages = releasesPages
            let parser = configured
            let bodyStart = scanner.position
            let bodyLine = scanner.line
            var chunks: [(chunk: CaseChunk, firstLine: Int)]
            let split =
                parallelism.splitsCaseFile(bodyBytes: buffer.count - bodyStart)
                ? Self.splitPoint(buffer, from: bodyStart) : nil
            if let split {
                nonisolated(unsafe) let shared = buffer
                var (first, second) = parallelism.both(
                    { parser.parse(shared, from: bodyStart, to: split, line: bodyLine) },
                    { parser.parse(shared, from: split, to: shared.count, line: 1) })
                let secondLine = bodyLine + first.linesSpanned
                if first.syntaxError == nil, first.endOffset != split {
                    // A quoted field spans the split: read the rest again from where the first half ended.
                    second = parser.parse(buffer, from: first.endOffset, to: buffer.count, line: 1)
                }
                chunks = [(first, bodyLine), (second, secondLine)]
            } else {
                chunks = [(parser.parse(buffer, from: bodyStart, to: buffer.count, line: bodyLine), bodyLine)]
            }
            for (chunk, firstLine) in chunks {
                if var error = chunk.syntaxError {
                    error.line += firstLine
                    throw InputError(
                        Diagnostic(
                            file: InputFile.cases.fileName, line: error.line, column: error.column,
                            code: "malformed_csv", message: error.message))
                }
            }
            return merge(&chunks, file: buffer)
        }
    }

    /// A line start near the middle of the body.
    static func splitPoint(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var p = start + (b.count - start) / 2
        while p < b.count, b[p] != UInt8(ascii: "\n") { p += 1 }
        return p + 1 < b.count ? p + 1 : nil
    }

    /// Judges duplicate ids in file order, then keeps each chunk's accepted in-scope cases
    /// in place (no copy of the records).
    func merge(_ chunks: inout [(chunk: CaseChunk, firstLine: Int)], file: UnsafeBufferPointer<UInt8>) -> Result {
        let duplicates = DuplicateFinder.find(chunks.map(\.chunk), file: file, parallelism: parallelism)
        var result = Result()
        let timeliness = Timeliness(settings: settings)
        var duplicateRejections: [Rejection] = []
        for c in chunks.indices {
            let firstLine = chunks[c].firstLine
            var records: [CaseRecord] = []
            swap(&records, &chunks[c].chunk.records)
            let chunk = chunks[c].chunk
            result.tally.rowsRead += chunk.rowsRead
            for r in chunk.rejections {
                var rejection = r
                rejection.line += firstLine
                result.tally.reject(r.code)
                result.rejections.append(rejection)
            }
            let isDuplicate = duplicates[c]
            var overdueCursor = 0
            var kept = 0
            var after = 0
            for i in 0..<records.count {
                while overdueCursor < chunk.overdue.count, chunk.overdue[overdueCursor].index < i { overdueCursor += 1 }
                if isDuplicate[i] {
                    let idStart = chunk.idStarts[i]
                    duplicateRejections.append(
                        Rejection(
                            file: .cases, line: firstLine + Int(chunk.lineOffsets[i]), column: "case_id",
                            characterColumn: idStart >= 0 ? CSVScanner.column(of: idStart, in: file) : 1,
                            code: .duplicateCaseID))
                    result.tally.reject(.duplicateCaseID)
                    continue
                }
                let record = records[i]
                after += timeliness.datesAfterAsOf(record)
                if overdueCursor < chunk.overdue.count, chunk.overdue[overdueCursor].index == i {
                    let received = Day(number: record.received)
                    let grade = timeliness.grade(record)
                    result.openOverdue.append(
                        OpenOverdueCase(
                            caseID: chunk.overdue[overdueCursor].id, force: Int(record.force),
                            grade: grade == CaseRecord.noGrade ? nil : RiskGrade(rawValue: Int(grade))!,
                            received: received,
                            daysWaiting: settings.asOf.days(since: received)))
                }
                if timeliness.isInScope(record) {
                    records[kept] = record
                    kept += 1
                }
            }
            result.tally.datesAfterAsOf += after
            records.removeLast(records.count - kept)
            result.parts.append(records)
        }
        if !duplicateRejections.isEmpty {
            result.rejections.append(contentsOf: duplicateRejections)
            result.rejections.sort { $0.line < $1.line }
        }
        return result
    }
}
