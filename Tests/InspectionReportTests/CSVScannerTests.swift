import Testing

@testable import InspectionReport

@Suite("CSV scanner")
struct CSVScannerTests {
    /// Every record's trimmed values.
    func records(_ text: [UInt8]) throws(CSVSyntaxError) -> [[String]] {
        try text.withUnsafeBufferPointer { (b) throws(CSVSyntaxError) -> [[String]] in
            var scanner = CSVScanner(bytes: b)
            var record = CSVRecord()
            var out: [[String]] = []
            while try scanner.next(into: &record) {
                out.append((0..<record.count).map { record.string($0, in: b) })
            }
            return out
        }
    }

    func records(_ text: String) throws(CSVSyntaxError) -> [[String]] { try records(Array(text.utf8)) }

    @Test func quotesEscapesCommasAndNewlines() throws {
        let rows = try records("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n")
        #expect(rows == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"]])
    }

    @Test func crlfBomEmptyLinesAndTrimming() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("id,v\r\n\r\n 1 ,\t\"  q  \" \r\n\n2,\r\n".utf8)
        // A field that starts with a tab is unquoted, so its quotes are text.
        #expect(try records(bytes) == [["id", "v"], ["1", "\"  q  \""], ["2", ""]])
        let quoted: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("id,v\r\n\r\n 1 ,\"  q  \"\r\n\n2,\r\n".utf8)
        #expect(try records(quoted) == [["id", "v"], ["1", "q"], ["2", ""]])
        // A closing quote followed by a space is malformed: only a comma or a line end may follow.
        #expect(throws: CSVSyntaxError.self) { try records("a\n\"q\" \n") }
    }

    @Test func quoteInsideUnquotedFieldIsText() throws {
        #expect(try records("a,5\" screen\n") == [["a", "5\" screen"]])
    }

    @Test func lastLineWithoutNewlineAndTrailingComma() throws {
        #expect(try records("a,b\n1,") == [["a", "b"], ["1", ""]])
    }

    @Test func linesOfRecordsCountPhysicalLines() throws {
        let text = Array("h\n\"a\nb\"\n\nc\n".utf8)
        var lines: [Int] = []
        try text.withUnsafeBufferPointer { (b) throws(CSVSyntaxError) in
            var scanner = CSVScanner(bytes: b)
            var record = CSVRecord()
            while try scanner.next(into: &record) { lines.append(record.line) }
        }
        #expect(lines == [1, 2, 5])
    }

    @Test func unterminatedQuoteIsLocatedAtTheQuote() {
        do {
            _ = try records("id,v\n1,\"open\n2,3\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .unterminatedQuote)
            #expect(error.line == 2)
            #expect(error.column == 3)
        }
    }

    @Test func characterAfterClosingQuoteIsLocated() {
        do {
            _ = try records("id,v\n1,\"x\"y\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .characterAfterClosingQuote)
            #expect(error.line == 2)
            #expect(error.column == 6)
        }
    }

    @Test func tenMegabyteFieldIsRead() throws {
        let big = String(repeating: "x", count: 10 * 1024 * 1024)
        let rows = try records("a,b\n\"\(big)\",1\n\(big),2\n")
        #expect(rows.count == 3)
        #expect(rows[1][0].utf8.count == big.utf8.count)
        #expect(rows[2][1] == "2")
    }

    @Test func invalidUTF8IsFound() {
        let bytes: [UInt8] = Array("abc,déf\n".utf8) + [0x61, 0xC3, 0x28] + Array("\n".utf8)
        let offset = bytes.withUnsafeBufferPointer { UTF8Check.firstInvalidOffset($0) }
        #expect(offset == 10)
        #expect(bytes.withUnsafeBufferPointer { CSVScanner.column(of: 10, in: $0) } == 2)
        let valid = Array("ascii and ünïcödé € 𝄞 text that is long enough for the fast path".utf8)
        #expect(valid.withUnsafeBufferPointer { UTF8Check.firstInvalidOffset($0) } == nil)
        for bad: [UInt8] in [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xE2, 0x82]] {
            #expect(bad.withUnsafeBufferPointer { UTF8Check.firstInvalidOffset($0) } == 0)
        }
    }
}
