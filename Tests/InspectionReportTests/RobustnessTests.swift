import Foundation
import Testing

@testable import InspectionReport

/// Arbitrary bytes never crash or hang the reader, and every row is accounted for.
@Suite("Robustness")
struct RobustnessTests {
    /// The records that the general CSV scanner finds (header included), to check the fast
    /// case reader's count against; nil when the scanner finds a syntax error.
    static func scannerRecordCount(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { b -> Int? in
            var scanner = CSVScanner(bytes: b)
            var record = CSVRecord()
            var count = 0
            do {
                while try scanner.next(into: &record) { count += 1 }
            } catch {
                return nil
            }
            return count
        }
    }

    /// Seeds 0, 3, 6, … mix in bytes that are not UTF-8 (so the file is refused); 1, 4, 7, …
    /// are valid UTF-8 with quotes (read, or refused as malformed CSV); 2, 5, 8, … are valid
    /// UTF-8 without quotes, which must be read, so the row accounting below is exercised.
    @Test(arguments: 0..<40)
    func randomBytesAreReadOrRefused(_ seed: Int) throws {
        var random = SampleRandom(seed: UInt64(seed) &* 7919 &+ 1)
        var units: [[UInt8]] = Array("ab,\n\r \t-0123456789T:Z+".utf8).map { [$0] } + [[0xC3, 0xA9], [0xEF, 0xBB, 0xBF]]
        switch seed % 3 {
        case 0: units += [[UInt8(ascii: "\"")], [0xC3], [0xFF], [0xBB]]
        case 1: units += [[UInt8(ascii: "\"")]]
        default: break
        }
        let mustBeRead = seed % 3 == 2
        var bytes = Array("case_id,force_id,source,received,risk_grade,review_grade,action\n".utf8)
        for _ in 0..<(200 + random.below(2000)) {
            if random.chance(0.6) {
                let parts = [
                    "R\(random.below(50))", ["alpha", "beta", "x"][random.below(3)], ["nca", "public", "?"][random.below(3)],
                    "2024-0\(1 + random.below(9))-1\(random.below(10))", ["low", "", "high"][random.below(3)],
                    ["", "medium"][random.below(2)], ["", "2024-02-01"][random.below(2)],
                ]
                bytes += Array(parts.joined(separator: ",").utf8) + [10]
            } else {
                bytes += units[random.below(units.count)]
            }
        }
        let directory = Fixture.dataset()
        try Data(bytes).write(to: URL(fileURLWithPath: directory + "/cases.csv"))
        do {
            for parallel in [false, true] {
                let dataset = try DatasetReader(directory: directory, parallelism: parallel ? .alwaysSplit : .serial).read()
                let tally = dataset.tally(.cases)
                // Every row the scanner finds is read; every rejected row is listed once, in
                // line order, under the code the tally counts it by.
                #expect(Self.scannerRecordCount(bytes).map { $0 - 1 } == tally.rowsRead)
                let rejections = dataset.rejections.filter { $0.file == .cases }
                #expect(tally.rowsRejected == rejections.count)
                #expect(zip(rejections, rejections.dropFirst()).allSatisfy { $0.line < $1.line })
                for code in RowErrorCode.allCases {
                    #expect(tally.count(of: code) == rejections.filter { $0.code == code }.count, "\(code)")
                }
                _ = MetricsTable(dataset: dataset, parallelism: parallel ? .alwaysSplit : .serial)
            }
        } catch {
            #expect(!mustBeRead, "valid UTF-8 without quotes was refused: \(error.diagnostics[0].description)")
            let first = error.diagnostics[0]
            #expect(first.file == "cases.csv")
            #expect(first.line != nil && first.column != nil)
            #expect(["malformed_csv", "invalid_utf8"].contains(first.code))
        }
    }
}
