import Foundation
import Testing
@testable import InspectionReport

@Suite("Unattended builds", .serialized)
struct UnattendedBuildTests {
    /// A small synthetic dataset with one rejected case row.
    func sample() throws -> String {
        let directory = Fixture.temporaryDirectory() + "/data"
        try SampleGenerator(caseCount: 3_000, seed: 5).write(to: directory)
        let cases = try FileHandle(forWritingTo: URL(fileURLWithPath: directory + "/cases.csv"))
        cases.seekToEndOfFile()
        cases.write(Data("BAD1,kent,nca,2025-02-30,,,,,,,,,\n".utf8))
        try cases.close()
        return directory
    }

    func build(_ data: String, _ out: String, _ extra: [String] = [], environment: [String: String] = [:]) throws -> CLI.Result {
        try CLI.run(["build", "--data", data, "--out", out, "--templates", RenderingTests.templates] + extra, environment: environment)
    }

    @Test func exitCodesAndIncrementalBuilds() throws {
        let data = try sample()
        let out = Fixture.temporaryDirectory() + "/site"
        #expect(try build(data, out).status == ExitStatus.success.rawValue)
        let unchanged = try build(data, out)
        #expect(unchanged.status == ExitStatus.nothingToDo.rawValue)
        #expect(unchanged.stderr.contains("up to date"))
        #expect(try build(data, out, ["--rebuild"]).status == 0)
        // One changed input rebuilds.
        let yml = try String(contentsOfFile: data + "/report.yml", encoding: .utf8).replacingOccurrences(of: "threshold: 5", with: "threshold: 6")
        try yml.write(toFile: data + "/report.yml", atomically: true, encoding: .utf8)
        #expect(try build(data, out).status == 0)
        #expect(try build(data, out).status == ExitStatus.nothingToDo.rawValue)
        // A changed audience rebuilds too.
        #expect(try build(data, out, ["--audience", "restricted"]).status == 0)
        // Usage, invalid input, rejected rows, output error.
        #expect(try build(data, out, ["--audience", "everyone"]).status == ExitStatus.usage.rawValue)
        let broken = Fixture.temporaryDirectory()
        #expect(try build(broken, out).status == ExitStatus.invalidInput.rawValue)
        let strict = try build(data, out, ["--strict", "--rebuild"])
        #expect(strict.status == ExitStatus.rejectedOverThreshold.rawValue)
        #expect(strict.stderr.contains("case rows were rejected"))
        let file = Fixture.temporaryDirectory() + "/plain-file"
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        #expect(try build(data, file + "/site").status == ExitStatus.internalError.rawValue)
        // A directory that is not a previous output (here, the dataset itself) is never replaced.
        let refused = try build(data, data)
        #expect(refused.status == ExitStatus.invalidInput.rawValue)
        #expect(refused.stderr.contains("refusing to replace"))
        #expect(FileManager.default.fileExists(atPath: data + "/cases.csv"))
        #expect(try build(data, file).status == ExitStatus.invalidInput.rawValue)
        let json = try build(data, out, ["--log-format", "json", "--audience", "restricted"])
        #expect(json.stderr.hasPrefix("{\"level\":\"info\",\"event\":\"up_to_date\""))
        #expect(try build(data, out, ["--quiet"]).stderr.isEmpty)
    }

    @Test func killedBuildsLeaveThePreviousSiteIntact() throws {
        let data = try sample()
        let out = Fixture.temporaryDirectory() + "/site"
        #expect(try build(data, out).status == 0)
        let before = RenderingTests.files(out)
        let yml = try String(contentsOfFile: data + "/report.yml", encoding: .utf8).replacingOccurrences(of: "green: 0.90", with: "green: 0.95")
        try yml.write(toFile: data + "/report.yml", atomically: true, encoding: .utf8)
        // What a complete build of the changed inputs publishes.
        let expectedOut = Fixture.temporaryDirectory() + "/site"
        #expect(try build(data, expectedOut).status == 0)
        let expected = RenderingTests.files(expectedOut)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<4 {
            let (process, _) = try CLI.start(["build", "--data", data, "--out", out, "--templates", RenderingTests.templates],
                                             environment: ["INSPECTION_REPORT_TEST_WRITE_DELAY_MS": "4"])
            usleep(UInt32.random(in: 50_000...900_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .exit {
                break   // it finished before the kill: the next check compares against the new site
            }
            // Either the previous site, byte for byte, or (if the kill came after the swap) the new one: never a mix.
            let now = RenderingTests.files(out)
            #expect(now == before || now == expected, "a killed build left a mixed or broken site")
        }
        // The next build cleans up what the killed ones left and publishes.
        #expect(try build(data, out).status == 0)
        let parent = (out as NSString).deletingLastPathComponent
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: parent).filter { $0.contains(".staging-") || $0.contains(".retired-") }
        #expect(leftovers.isEmpty)
        #expect(RenderingTests.files(out) != before)
    }

    @Test func secondBuildReportsTheLockOrWaits() throws {
        let data = try sample()
        let out = Fixture.temporaryDirectory() + "/site"
        let (slow, _) = try CLI.start(["build", "--data", data, "--out", out, "--templates", RenderingTests.templates],
                                      environment: ["INSPECTION_REPORT_TEST_WRITE_DELAY_MS": "10"])
        let parent = (out as NSString).deletingLastPathComponent
        // Wait until the first build is writing (its staging directory exists).
        for _ in 0..<200 where !((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []).contains(where: { $0.contains(".staging-") }) {
            usleep(20_000)
        }
        let second = try build(data, out)
        #expect(second.status == ExitStatus.lockHeld.rawValue)
        #expect(second.stderr.contains("another build is running"))
        #expect(second.stderr.contains("process \(slow.processIdentifier)"))
        let waiting = try build(data, out, ["--wait", "60", "--rebuild"])
        #expect(waiting.status == 0)
        slow.waitUntilExit()
        #expect(slow.terminationStatus == 0)
    }

    @Test func staleLockAndLeftoversAreTakenOver() throws {
        let data = try sample()
        let out = Fixture.temporaryDirectory() + "/site"
        let parent = (out as NSString).deletingLastPathComponent
        // A lock file and a staging directory left by a process that no longer exists.
        try Data("999999\n".utf8).write(to: URL(fileURLWithPath: parent + "/.site.lock"))
        try FileManager.default.createDirectory(atPath: parent + "/.site.staging-999999/data", withIntermediateDirectories: true)
        #expect(try build(data, out).status == 0)
        #expect(!FileManager.default.fileExists(atPath: parent + "/.site.staging-999999"))
        #expect(FileManager.default.fileExists(atPath: out + "/index.html"))
    }

    @Test func onlyRebuildsChosenScorecards() throws {
        let data = try sample()
        let out = Fixture.temporaryDirectory() + "/site"
        #expect(try build(data, out).status == 0)
        let before = RenderingTests.files(out)
        let templates = Fixture.temporaryDirectory()
        for name in TemplateSet.requiredFiles {
            try FileManager.default.copyItem(atPath: RenderingTests.templates + "/" + name, toPath: templates + "/" + name)
        }
        let force = try String(contentsOfFile: templates + "/force.md.mustache", encoding: .utf8) + "\nEdited.\n"
        try force.write(toFile: templates + "/force.md.mustache", atomically: true, encoding: .utf8)
        let result = try CLI.run(["build", "--data", data, "--out", out, "--templates", templates, "--only", "kent"])
        #expect(result.status == 0)
        let after = RenderingTests.files(out)
        let changed = Set(after.keys.filter { after[$0] != before[$0] })
        #expect(changed == ["forces/kent.md", "forces/kent.html"])
        #expect(try CLI.run(["build", "--data", data, "--out", out, "--templates", templates, "--only", "atlantis"]).status == ExitStatus.invalidInput.rawValue)
        // Another audience, or changed data, would mix two builds in one site: refused.
        let restricted = try CLI.run(["build", "--data", data, "--out", out, "--templates", templates, "--only", "kent", "--audience", "restricted"])
        #expect(restricted.status == ExitStatus.invalidInput.rawValue)
        #expect(restricted.stderr.contains("would mix two builds"))
        #expect(RenderingTests.files(out) == after)
    }
}
