import Foundation
import Testing
@testable import InspectionReport

/// Arbitrary bytes never crash or hang the reader, and every row is accounted for.
@Suite("Robustness")
struct RobustnessTests {
    @Test(arguments: 0..<40)
    func randomBytesAreReadOrRefused(_ seed: Int) throws {
        var random = SampleRandom(seed: UInt64(seed) &* 7919 &+ 1)
        let alphabet = Array("ab,\"\n\r \t-0123456789T:Z+".utf8) + [0xC3, 0xA9, 0xFF, 0xEF, 0xBB, 0xBF]
        var bytes = Array("case_id,force_id,source,received,risk_grade,review_grade,action\n".utf8)
        for _ in 0..<(200 + random.below(2000)) {
            if random.chance(0.6) {
                let parts = ["R\(random.below(50))", ["alpha", "beta", "x"][random.below(3)], ["nca", "public", "?"][random.below(3)],
                             "2024-0\(1 + random.below(9))-1\(random.below(10))", ["low", "", "high"][random.below(3)],
                             ["", "medium"][random.below(2)], ["", "2024-02-01"][random.below(2)]]
                bytes += Array(parts.joined(separator: ",").utf8) + [10]
            } else {
                bytes.append(alphabet[random.below(alphabet.count)])
            }
        }
        let directory = Fixture.dataset()
        try Data(bytes).write(to: URL(fileURLWithPath: directory + "/cases.csv"))
        do {
            for parallel in [false, true] {
                let dataset = try DatasetReader(directory: directory, parallel: parallel).read()
                let tally = dataset.tally(.cases)
                #expect(tally.rowsRead == tally.rowsAccepted + tally.rowsRejected)
                #expect(tally.byCode.reduce(0, +) == tally.rowsRejected)
                _ = MetricsTable(dataset: dataset, parallelism: parallel ? .alwaysSplit : .serial)
            }
        } catch {
            let first = error.diagnostics[0]
            #expect(first.file == "cases.csv")
            #expect(first.line != nil && first.column != nil)
            #expect(["malformed_csv", "invalid_utf8"].contains(first.code))
        }
    }
}
