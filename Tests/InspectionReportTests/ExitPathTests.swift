import Foundation
import Testing

@testable import InspectionReport

/// Every way the real binary can end under cron is a documented exit code: closed or broken
/// standard streams, a file-size limit, an out-of-range `SOURCE_DATE_EPOCH`, stop signals.
// Builds here are restricted: what they test does not depend on the audience, and a public
// build of a few hundred cases over 43 forces, nearly every count small, spends its time on
// secondary suppression (LinkedSuppressionTests and the sample's golden files cover that).
@Suite("Exit paths", .serialized)
struct ExitPathTests {
    let unattended = UnattendedBuildTests()

    struct Ended {
        var status: Int32
        var reason: Process.TerminationReason
        var stderr: String
    }

    /// Runs the binary through `/bin/sh -c SCRIPT` (the script ends with `exec "$0" "$@"` and
    /// its redirections), its standard output going to `stdout` (a null device by default).
    func shell(_ script: String, _ arguments: [String], environment: [String: String] = [:], stdout: Any? = nil) throws -> Ended {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, CLI.executable] + arguments
        var env = ProcessInfo.processInfo.environment
        env["SOURCE_DATE_EPOCH"] = "1722470400"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let stderr = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout ?? FileHandle.nullDevice
        process.standardError = stderr
        try process.run()
        let data = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Ended(status: process.terminationStatus, reason: process.terminationReason, stderr: String(decoding: data, as: UTF8.self))
    }

    func buildArguments(_ data: String, _ out: String) -> [String] {
        ["build", "--audience", "restricted", "--data", data, "--out", out, "--templates", RenderingTests.templates]
    }

    @Test func closedStandardStreamsDoNotChangeTheOutcome() throws {
        let data = try unattended.sample()
        // Standard error closed: the build succeeds and its log goes nowhere.
        let out = Fixture.temporaryDirectory() + "/site"
        let quietErr = try shell("exec \"$0\" \"$@\" 2>&-", buildArguments(data, out))
        #expect(quietErr.reason == .exit)
        #expect(quietErr.status == InspectionReport.ExitStatus.success.rawValue)
        #expect(FileManager.default.fileExists(atPath: out + "/index.html"))
        // Standard output closed while the build writes to it (the pause message).
        let out2 = Fixture.temporaryDirectory() + "/site"
        let closedOut = try shell(
            "exec \"$0\" \"$@\" >&- </dev/null", buildArguments(data, out2) + ["--test-stop-at", "before-swap", "--test-stop-action", "pause"])
        #expect(closedOut.reason == .exit)
        #expect(closedOut.status == InspectionReport.ExitStatus.success.rawValue)
        #expect(FileManager.default.fileExists(atPath: out2 + "/index.html"))
        // Standard output a pipe whose reader has gone: no SIGPIPE, the report's outcome.
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        close(ends[0])
        let pipe = FileHandle(fileDescriptor: ends[1], closeOnDealloc: true)
        let broken = try shell("exec \"$0\" \"$@\"", ["validate", "--data", data], stdout: pipe)
        #expect(broken.reason == .exit)
        #expect(broken.status == InspectionReport.ExitStatus.success.rawValue)
        let brokenBuild = try shell(
            "exec \"$0\" \"$@\" </dev/null",
            buildArguments(data, out2) + ["--rebuild", "--test-stop-at", "locked", "--test-stop-action", "pause"], stdout: pipe)
        #expect(brokenBuild.reason == .exit)
        #expect(brokenBuild.status == InspectionReport.ExitStatus.success.rawValue)
    }

    @Test func aFileOverTheSizeLimitIsAnOutputError() throws {
        let data = try unattended.sample()
        let out = Fixture.temporaryDirectory() + "/site"
        #expect(try CLI.run(buildArguments(data, out)).status == 0)
        let before = RenderingTests.files(out)
        #expect((before["data/metrics.csv"]?.count ?? 0) > 50 * 512)
        // A changed setting changes metrics.csv, so it is written again, over the limit.
        let yml = try String(contentsOfFile: data + "/report.yml", encoding: .utf8).replacingOccurrences(of: "threshold: 5", with: "threshold: 6")
        try yml.write(toFile: data + "/report.yml", atomically: true, encoding: .utf8)
        let limited = try shell("ulimit -f 50; exec \"$0\" \"$@\"", buildArguments(data, out))
        #expect(limited.reason == .exit)
        #expect(limited.status == InspectionReport.ExitStatus.internalError.rawValue)
        #expect(limited.stderr.contains("File too large"))
        #expect(RenderingTests.files(out) == before)
        // The next build, without the limit, is clean.
        #expect(try CLI.run(buildArguments(data, out)).status == 0)
        #expect(try unattended.leftovers(out).isEmpty)
    }

    @Test func sourceDateEpochOutOfRangeIsAUsageError() throws {
        let data = try unattended.sample()
        let out = Fixture.temporaryDirectory() + "/site"
        for epoch in ["99999999999999", "253402300800", "-1", "1e9"] {
            let result = try CLI.run(buildArguments(data, out), environment: ["SOURCE_DATE_EPOCH": epoch])
            #expect(result.status == InspectionReport.ExitStatus.usage.rawValue, "\(epoch)")
            #expect(result.stderr.contains("SOURCE_DATE_EPOCH"), "\(epoch)")
        }
        #expect(!FileManager.default.fileExists(atPath: out))
        // The last second of 9999 is a date the pages can show.
        let last = try CLI.run(buildArguments(data, out), environment: ["SOURCE_DATE_EPOCH": "253402300799"])
        #expect(last.status == 0)
        #expect(RenderingTests.read(out + "/index.html").contains("31 December 9999"))
    }

    @Test(.tags(.slow), arguments: [(SIGTERM, InspectionReport.ExitStatus.terminated), (SIGQUIT, .quit), (SIGINT, .interrupted), (SIGHUP, .hangUp)])
    func stopSignalsEndWithTheirCodeAndLeaveThePreviousSite(signal: Int32, status: InspectionReport.ExitStatus) throws {
        let data = try unattended.sample()
        let out = Fixture.temporaryDirectory() + "/site"
        #expect(try CLI.run(buildArguments(data, out)).status == 0)
        let before = RenderingTests.files(out)
        let paused = try CLI.start(
            buildArguments(data, out) + [
                "--rebuild", "--log-format", "json",
                "--test-stop-at", "staged-half", "--test-stop-action", "pause",
            ])
        #expect(paused.readLine() == "paused staged-half")
        kill(paused.pid, signal)
        let ended = paused.finish()
        #expect(paused.process.terminationReason == .exit)
        #expect(ended.status == status.rawValue)
        #expect(ended.status == 128 + signal)
        let line = try #require(ended.stderr.split(separator: "\n").last)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["event"] as? String == "stopped")
        #expect((object["exit_code"] as? NSNumber)?.intValue == Int(status.rawValue))
        #expect(RenderingTests.files(out) == before)
        #expect(try !unattended.leftovers(out).isEmpty)
        // The next build removes what the stopped one left.
        #expect(try CLI.run(buildArguments(data, out) + ["--rebuild"]).status == 0)
        #expect(try unattended.leftovers(out).isEmpty)
    }

    @Test func jsonLogLinesHaveTypedNumbersAndATime() throws {
        let data = try unattended.sample()
        let out = Fixture.temporaryDirectory() + "/site"
        let result = try CLI.run(buildArguments(data, out) + ["--log-format", "json", "--timings"])
        #expect(result.status == 0)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count > 2)
        var timings = 0
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
            let time = try #require(object["time"] as? String)
            #expect(time.wholeMatch(of: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/) != nil)
            #expect(["info", "warning"].contains(object["level"] as? String))
            if object["event"] as? String == "timing" {
                timings += 1
                for key in ["elapsed_ms", "rss_kib", "peak_rss_kib"] {
                    #expect(object[key] is NSNumber && !(object[key] is String), "\(key)")
                }
            }
        }
        #expect(timings > 3)
        let built = try #require(try JSONSerialization.jsonObject(with: Data(lines.last!.utf8)) as? [String: Any])
        #expect(built["event"] as? String == "built")
        for key in ["areas", "pages", "rows_accepted", "rows_rejected", "warnings", "repaired", "files_differing", "seconds"] {
            #expect(built[key] is NSNumber && !(built[key] is String), "\(key)")
        }
        #expect((built["rows_rejected"] as? NSNumber)?.intValue == 1)
    }

    @Test func textLogLinesStartWithTimeAndLevel() throws {
        let data = try unattended.sample()
        let out = Fixture.temporaryDirectory() + "/site"
        let result = try CLI.run(buildArguments(data, out) + ["--timings"])
        #expect(result.status == 0)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count > 3)
        let timeAndLevel = try Regex(#"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z (info|warning|error) "#)
        for line in lines {
            #expect(line.prefixMatch(of: timeAndLevel) != nil, "\(line)")
        }
        let failed = try CLI.run(buildArguments(Fixture.temporaryDirectory(), out))
        #expect(failed.status == InspectionReport.ExitStatus.invalidInput.rawValue)
        #expect(failed.stderr.prefixMatch(of: timeAndLevel) != nil)
        #expect(failed.stderr.split(separator: " ").dropFirst().first == "error")
    }
}
