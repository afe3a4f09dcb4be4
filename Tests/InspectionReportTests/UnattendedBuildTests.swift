import Foundation
import Testing

@testable import InspectionReport

#if canImport(Glibc)
    import Glibc
#endif

// Builds here are restricted: what they test does not depend on the audience, and a public
// build of a few hundred cases over 43 forces, nearly every count small, spends its time on
// secondary suppression (LinkedSuppressionTests and the sample's golden files cover that).
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
        try CLI.run(
            ["build", "--audience", "restricted", "--data", data, "--out", out, "--templates", RenderingTests.templates] + extra,
            environment: environment)
    }

    /// A changed audience rebuilds (on the small fixture: a public build of the generated
    /// sample above would spend its time on suppression).
    @Test func aChangedAudienceRebuilds() throws {
        let data = Fixture.dataset()
        let out = Fixture.temporaryDirectory() + "/site"
        func build(_ data: String, _ out: String, _ extra: [String]) throws -> CLI.Result {
            try CLI.run(["build", "--data", data, "--out", out, "--templates", RenderingTests.templates] + extra)
        }
        #expect(try build(data, out, ["--audience", "public"]).status == ExitStatus.success.rawValue)
        #expect(try build(data, out, ["--audience", "public"]).status == ExitStatus.nothingToDo.rawValue)
        #expect(try build(data, out, ["--audience", "force", "--force", "alpha"]).status == ExitStatus.success.rawValue)
        #expect(try build(data, out, ["--audience", "force", "--force", "alpha"]).status == ExitStatus.nothingToDo.rawValue)
        #expect(try build(data, out, ["--audience", "force", "--force", "beta"]).status == ExitStatus.success.rawValue)
        let unknown = try build(data, out, ["--audience", "force", "--force", "atlantis"])
        #expect(unknown.status == ExitStatus.usage.rawValue)
        #expect(unknown.stderr.contains("--force atlantis: forces.csv lists no force with that id"))
        #expect(try build(data, out, ["--audience", "force"]).status == ExitStatus.usage.rawValue)
        #expect(try build(data, out, ["--audience", "public", "--force", "alpha"]).status == ExitStatus.usage.rawValue)
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

    /// Staging and retired directories beside `out`.
    func leftovers(_ out: String) throws -> [String] {
        let parent = (out as NSString).deletingLastPathComponent
        return try FileManager.default.contentsOfDirectory(atPath: parent).filter { $0.contains(".staging-") || $0.contains(".retired-") }
    }

    @Test(.tags(.slow)) func killedBuildsLeaveThePreviousSiteIntact() throws {
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
        #expect(expected != before)
        // Killed at every named point, in order: the previous site, byte for byte, until the
        // swap; the complete new site after it; never a mix.
        let points: [(String, [String: Data])] = [
            ("locked", before), ("staged-first", before), ("staged-half", before),
            ("before-swap", before), ("after-swap", expected),
        ]
        for (point, site) in points {
            let killed = try CLI.start([
                "build", "--audience", "restricted", "--data", data, "--out", out, "--templates", RenderingTests.templates,
                "--test-stop-at", point, "--test-stop-action", "kill",
            ])
            _ = killed.finish()
            #expect(killed.process.terminationReason == .uncaughtSignal, "\(point)")
            #expect(killed.process.terminationStatus == SIGKILL, "\(point)")
            #expect(RenderingTests.files(out) == site, "a build killed at \(point) left a mixed or broken site")
            // Whatever a killed build leaves is its own: each build removes what earlier ones left.
            #expect(try leftovers(out).allSatisfy { $0.hasSuffix("-\(killed.pid)") }, "\(point)")
        }
        #expect(try leftovers(out).count == 1)  // the previous site, swapped out but not yet removed
        // The next build cleans up what the killed one left, even when it has nothing to publish.
        #expect(try build(data, out).status == ExitStatus.nothingToDo.rawValue)
        #expect(try leftovers(out).isEmpty)
        #expect(try build(data, out, ["--rebuild"]).status == 0)
        #expect(try leftovers(out).isEmpty)
        #expect(RenderingTests.files(out) == expected)
    }

    @Test func secondBuildReportsTheLockOrWaits() throws {
        let data = try sample()
        let out = Fixture.temporaryDirectory() + "/site"
        let arguments = ["build", "--audience", "restricted", "--data", data, "--out", out, "--templates", RenderingTests.templates]
        let first = try CLI.start(arguments + ["--test-stop-at", "locked", "--test-stop-action", "pause"])
        #expect(first.readLine() == "paused locked")
        let second = try build(data, out)
        #expect(second.status == ExitStatus.lockHeld.rawValue)
        #expect(second.status == 75)
        #expect(second.stderr.contains("another build is running"))
        #expect(second.stderr.contains("process \(first.pid)"))
        let waiting = try CLI.start(arguments + ["--wait", "3600", "--rebuild"])
        first.send("go on")
        #expect(first.finish().status == 0)
        #expect(waiting.finish().status == 0)
        #expect(FileManager.default.fileExists(atPath: out + "/index.html"))
    }

    @Test func testHooksAreNotInTheHelp() throws {
        let help = try CLI.start(["build", "--help"])
        var text = ""
        while let line = help.readLine() { text += line + "\n" }
        #expect(help.finish().status == 0)
        #expect(text.contains("--single-threaded"))
        #expect(!text.contains("test-stop"))
        let unknownStop = try CLI.run(["build", "--data", Fixture.dataset(), "--test-stop-at", "nowhere"])
        #expect(unknownStop.status == ExitStatus.usage.rawValue)
        #expect(unknownStop.stderr.contains("nowhere"))
    }

    /// `--data` has no default: a cron line that forgets it is a usage error naming the option,
    /// even in a working directory that holds the synthetic sample, and nothing is published.
    @Test func aCommandLineWithoutDataIsAUsageError() throws {
        let out = Fixture.temporaryDirectory() + "/site"
        let root = RenderingTests.projectRoot.path
        #expect(FileManager.default.fileExists(atPath: root + "/SampleData/cases.csv"))
        let build = try CLI.run(["build", "--out", out, "--templates", RenderingTests.templates], directory: root)
        #expect(build.status == ExitStatus.usage.rawValue)
        #expect(build.status == 64)
        #expect(build.stderr.contains("--data"))
        #expect(!FileManager.default.fileExists(atPath: out))
        let validate = try CLI.run(["validate"], directory: root)
        #expect(validate.status == ExitStatus.usage.rawValue)
        #expect(validate.stderr.contains("--data"))
    }

    /// The id of a process that has ended: one started and reaped here, checked to name no
    /// running process (the kernel hands an id out again only after going round the others).
    static func pidOfAnEndedProcess() throws -> Int32 {
        while true {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "exit 0"]
            try process.run()
            process.waitUntilExit()
            let pid = process.processIdentifier
            if kill(pid, 0) == -1 && errno == ESRCH { return pid }
        }
    }

    @Test func staleLockAndLeftoversAreTakenOver() throws {
        let data = try sample()
        let out = Fixture.temporaryDirectory() + "/site"
        let parent = (out as NSString).deletingLastPathComponent
        // A lock file and a staging directory left by a process that no longer exists.
        let ended = try Self.pidOfAnEndedProcess()
        try Data("\(ended)\n".utf8).write(to: URL(fileURLWithPath: parent + "/.site.lock"))
        try FileManager.default.createDirectory(atPath: parent + "/.site.staging-\(ended)/data", withIntermediateDirectories: true)
        #expect(try build(data, out).status == 0)
        #expect(!FileManager.default.fileExists(atPath: parent + "/.site.staging-\(ended)"))
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
        let result = try CLI.run(["build", "--audience", "restricted", "--data", data, "--out", out, "--templates", templates, "--only", "kent"])
        #expect(result.status == 0)
        let after = RenderingTests.files(out)
        let changed = Set(after.keys.filter { after[$0] != before[$0] })
        // The manifest records the re-rendered files' digests and that the templates are now mixed.
        #expect(changed == ["forces/kent.md", "forces/kent.html", BuildManifest.fileName])
        #expect(
            try CLI.run(["build", "--audience", "restricted", "--data", data, "--out", out, "--templates", templates, "--only", "atlantis"]).status
                == ExitStatus.invalidInput.rawValue)
        // Another audience, or changed data, would mix two builds in one site: refused.
        let otherAudience = try CLI.run(["build", "--data", data, "--out", out, "--templates", templates, "--only", "kent", "--audience", "public"])
        #expect(otherAudience.status == ExitStatus.invalidInput.rawValue)
        #expect(otherAudience.stderr.contains("would mix two builds"))
        #expect(RenderingTests.files(out) == after)
    }
}
