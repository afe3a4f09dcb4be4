import Foundation
import Testing

@testable import InspectionReport

@Suite("Validate command", .serialized)
struct ValidateCommandTests {
    func copyOfSampleData() throws -> String {
        let directory = Fixture.temporaryDirectory() + "/data"
        try FileManager.default.copyItem(atPath: RenderingTests.sampleData, toPath: directory)
        return directory
    }

    @Test func sampleDataPassesAndBrokenCopiesAreLocated() throws {
        let good = try CLI.run(["validate", "--data", RenderingTests.sampleData])
        #expect(good.status == 0)
        let data = try copyOfSampleData()
        var lines = try String(contentsOfFile: data + "/cases.csv", encoding: .utf8).components(separatedBy: "\n")
        lines[5] = lines[5].replacingOccurrences(of: ",nca,", with: ",carrier_pigeon,")
        lines[9] = "only,three,fields"
        try lines.joined(separator: "\n").write(toFile: data + "/cases.csv", atomically: true, encoding: .utf8)
        let broken = try CLI.run(["validate", "--data", data])
        #expect(broken.status == 0)  // two more rejected rows are still under 1%
        #expect(broken.stderr.contains("cases.csv:10:1: wrong_field_count:"))
        #expect(!broken.stderr.contains("carrier_pigeon"))
        let strict = try CLI.run(["validate", "--data", data, "--strict"])
        #expect(strict.status == ExitStatus.rejectedOverThreshold.rawValue)
        // A personal-data column is fatal.
        lines[0] += ",postcode"
        for i in 1..<lines.count where !lines[i].isEmpty { lines[i] += "," }
        try lines.joined(separator: "\n").write(toFile: data + "/cases.csv", atomically: true, encoding: .utf8)
        let fatal = try CLI.run(["validate", "--data", data])
        #expect(fatal.status == ExitStatus.invalidInput.rawValue)
        #expect(fatal.stderr.contains("cases.csv:1:"))
        #expect(fatal.stderr.contains("personal_data"))
    }
}
