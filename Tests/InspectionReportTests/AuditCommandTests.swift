import Foundation
import Testing

@testable import InspectionReport

@Suite("audit command")
struct AuditCommandTests {
    func site(_ metrics: String) throws -> String {
        let site = Fixture.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: site + "/data", withIntermediateDirectories: true)
        try metrics.write(toFile: site + "/data/metrics.csv", atomically: true, encoding: .utf8)
        return site
    }

    /// A force's 3 hidden beside the nation's 10 and the other force's 7 (no regions: the
    /// nation is the sum of its forces): exit 67 and the cell's line; with the 3 shown as 5
    /// and 5, nothing is hidden and the audit passes.
    @Test func anExposedCountFailsWithItsLine() throws {
        let header = "area_type,area,metric,breakdown,value\n"
        let exposed = try site(header + "national,all,referrals,all,10\nforce,a,referrals,all,7\nforce,b,referrals,all,[c]\n")
        let failed = try CLI.run(["audit", exposed, "--threshold", "5"])
        #expect(failed.status == ExitStatus.auditFailed.rawValue)
        #expect(failed.stderr.contains("\(exposed)/data/metrics.csv:4: exposed: force b referrals all: reader public: between 3 and 3"))
        let safe = try site(header + "national,all,referrals,all,10\nforce,a,referrals,all,5\nforce,b,referrals,all,5\n")
        #expect(try CLI.run(["audit", safe]).status == ExitStatus.success.rawValue)
        let broken = try site(header + "national,all,referals,all,10\n")
        let invalid = try CLI.run(["audit", broken])
        #expect(invalid.status == ExitStatus.invalidInput.rawValue)
        #expect(invalid.stderr.contains("metrics.csv:2: unknown metric `referals`"))
    }
}
