import Foundation
import Testing

@testable import InspectionReport

#if canImport(Glibc)
    import Glibc
#endif

/// Malformed datasets thrown at the real binary, as a careless export or a hostile user would:
/// every run must end with a documented exit code, within a bound on its work, leave the
/// previous site whole when it fails, and write nothing outside its output directory.
///
/// The bound is CPU time relative to a build of the undamaged dataset on the same machine, not
/// seconds: a slow or busy machine slows both alike, so no machine fails a run for being slow,
/// and a run that loops or blows up on its input still stops.
// Builds here are restricted: what they test does not depend on the audience, and a public
// build of a few hundred cases over 43 forces, nearly every count small, spends its time on
// secondary suppression (LinkedSuppressionTests and the sample's golden files cover that).
@Suite("Fuzzing the build", .serialized)
struct FuzzTests {
    /// A deterministic generator (SplitMix64), so a failing case can be run again by its seed.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// A change to one file of a dataset.
    struct Mutation: CustomStringConvertible, Sendable {
        var file: String
        var name: String
        var apply: @Sendable (inout [UInt8], inout Seeded) -> Void
        var description: String { "\(name) in \(file)" }
    }

    static let files = ["report.yml", "forces.csv", "cases.csv", "recommendations.csv", "progress.csv", "national-progress.csv"]

    /// Every kind of damage, for every file.
    static let mutations: [Mutation] =
        files.flatMap { file -> [Mutation] in
            [
                Mutation(file: file, name: "truncated at a random byte") { bytes, random in
                    bytes.removeLast(Int.random(in: 0...bytes.count, using: &random))
                },
                Mutation(file: file, name: "random bytes inserted") { bytes, random in
                    let at = Int.random(in: 0...bytes.count, using: &random)
                    bytes.insert(
                        contentsOf: (0..<Int.random(in: 1...64, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }, at: at)
                },
                Mutation(file: file, name: "random bytes overwritten") { bytes, random in
                    for _ in 0..<8 where !bytes.isEmpty {
                        bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
                    }
                },
                Mutation(file: file, name: "a NUL byte") { bytes, random in
                    bytes.insert(0, at: Int.random(in: 0...bytes.count, using: &random))
                },
                Mutation(file: file, name: "an unterminated quote") { bytes, random in
                    bytes.insert(UInt8(ascii: "\""), at: Int.random(in: 0...bytes.count, using: &random))
                },
                Mutation(file: file, name: "a 2 MB line") { bytes, _ in
                    bytes += Array(repeating: UInt8(ascii: "x"), count: 2 << 20) + [UInt8(ascii: "\n")]
                },
                Mutation(file: file, name: "UTF-16 with a byte-order mark") { bytes, _ in
                    let text = String(decoding: bytes, as: UTF8.self)
                    bytes = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
                },
                Mutation(file: file, name: "Latin-1 text") { bytes, random in
                    bytes.insert(0xE9, at: Int.random(in: 0...bytes.count, using: &random))
                },
                Mutation(file: file, name: "emptied") { bytes, _ in bytes = [] },
                Mutation(file: file, name: "lines shuffled") { bytes, random in
                    var lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                    lines.shuffle(using: &random)
                    bytes = Array(lines.joined(separator: "\n").utf8)
                },
            ]
        } + [
            Mutation(file: "cases.csv", name: "every row error") { bytes, _ in
                bytes += Array(
                    """
                    E1,kent,nca
                    ,kent,nca,2024-05-01,,,,,,,,,
                    E3,kent,nca,2024-02-30,,,,,,,,,
                    E4,kent,telepathy,2024-05-01,,,,,,,,,
                    E5,atlantis,nca,2024-05-01,,,,,,,,,
                    E6,kent,nca,2024-05-01,2024-04-01,high,,,,,,,
                    E7,kent,nca,2024-05-01,,,high,,,,,,
                    E8,kent,nca,2024-05-01,,,,,,,,,
                    E8,kent,nca,2024-05-01,,,,,,,,,

                    """.utf8)
            },
            Mutation(file: "cases.csv", name: "a 100,000-column header") { bytes, _ in
                let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                bytes.insert(contentsOf: Array((0..<100_000).map { ",extra\($0)" }.joined().utf8), at: newline)
            },
            Mutation(file: "report.yml", name: "a billion laughs") { bytes, _ in
                var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
                for i in 1..<9 { yaml += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
                bytes += Array(yaml.utf8)
            },
            Mutation(file: "report.yml", name: "a deeply nested value") { bytes, _ in
                bytes += Array(("deep: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "\n").utf8)
            },
            Mutation(file: "report.yml", name: "a far census date") { bytes, _ in
                let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").filter { !$0.hasPrefix("as_of:") }
                bytes = Array((lines + ["as_of: 9999-12-31"]).joined(separator: "\n").utf8) + [UInt8(ascii: "\n")]
            },
        ]

    /// What a run may end with: success, nothing to do, usage, invalid input, too many rejected rows.
    static let documented: Set<Int32> = [0, 3, 64, 65, 66]

    /// How one run of the binary ended.
    struct Outcome {
        /// The exit status; nil when a signal ended the run.
        var status: Int32?
        /// The signal that ended the run, if one did.
        var signal: Int32?
        /// The CPU time it used, user and system, every thread, as last read while it ran:
        /// seconds.
        var cpuSeconds: Double
        /// Why it was stopped, when it was.
        var stopped: String?
    }

    /// Work allowed to one run on a damaged dataset: this many times the CPU time of a build of
    /// the undamaged one. Every damaged run here is stopped early or is at most a build of
    /// similar data (at most 1.2 times the baseline when this was written); a run that loops or
    /// expands its input without bound goes far past it.
    static let workFactor = 20.0

    /// A run that uses no CPU at all for this long is blocked (a deadlock), not slow: seconds.
    static let idleLimit = 120.0

    /// Runs the binary (standard streams on the null device) and waits for it, stopping it with
    /// SIGKILL once it has used more than `cpuBudget` seconds of CPU or sat idle for
    /// ``idleLimit``. Its CPU time is read while it runs, every few milliseconds.
    static func run(_ arguments: [String], cpuBudget: Double = .infinity) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.executable)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = "1722470400"
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let pid = process.processIdentifier
        let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))
        var stopped: String?
        var ticks = 0
        var idleSince = Date()
        while process.isRunning {
            if stopped == nil, let now = cpuTicks(pid) {
                if Double(now) / ticksPerSecond > cpuBudget {
                    stopped = "over its CPU budget of \(cpuBudget) s"
                } else if now != ticks {
                    idleSince = Date()
                } else if Date().timeIntervalSince(idleSince) > idleLimit {
                    stopped = "idle for \(Int(idleLimit)) s: blocked"
                }
                ticks = max(ticks, now)
                if stopped != nil { kill(pid, SIGKILL) }
            }
            usleep(2_000)
        }
        process.waitUntilExit()
        let signalled = process.terminationReason == .uncaughtSignal
        return Outcome(
            status: signalled ? nil : process.terminationStatus, signal: signalled ? process.terminationStatus : nil,
            cpuSeconds: Double(ticks) / ticksPerSecond, stopped: stopped)
    }

    /// The CPU time a running process has used so far, every thread, in clock ticks
    /// (`/proc/PID/stat`, fields 14 and 15); nil once it is gone.
    static func cpuTicks(_ pid: pid_t) -> Int? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let end = stat.lastIndex(of: ")")
        else { return nil }
        // The fields after the command name, which ends at the last ')': field 3 comes first.
        let fields = stat[stat.index(after: end)...].split(separator: " ")
        guard fields.count > 12, let user = Int(fields[11]), let system = Int(fields[12]) else { return nil }
        return user + system
    }

    /// The paths below a directory (entries that are links are listed, never followed).
    static func listing(_ root: String) -> [String] {
        (FileManager.default.subpaths(atPath: root) ?? []).sorted()
    }

    @Test(.tags(.slow)) func malformedDatasetsEndWithADocumentedCodeAndLeaveThePreviousSiteWhole() throws {
        let base = Fixture.temporaryDirectory() + "/base"
        try SampleGenerator(caseCount: 300, seed: 11).write(to: base)
        let master = Fixture.temporaryDirectory() + "/site"
        let baseline = try Self.run(["build", "--audience", "restricted", "--data", base, "--out", master, "--templates", RenderingTests.templates])
        #expect(baseline.status == 0, "the undamaged dataset: \(baseline.stopped ?? "exit \(baseline.status ?? -1)")")
        // At least one clock tick of the kernel's accounting, however fast the machine.
        let budget = Self.workFactor * max(baseline.cpuSeconds, 0.01)
        let published = RenderingTests.files(master)
        var random = Seeded(state: 2026)
        for (index, mutation) in Self.mutations.enumerated() {
            let work = Fixture.temporaryDirectory()
            let data = work + "/data", out = work + "/site"
            try FileManager.default.copyItem(atPath: base, toPath: data)
            try FileManager.default.copyItem(atPath: master, toPath: out)
            var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: data + "/" + mutation.file)))
            mutation.apply(&bytes, &random)
            try Data(bytes).write(to: URL(fileURLWithPath: data + "/" + mutation.file))
            let dataBefore = RenderingTests.files(data)
            let outcome = try Self.run(
                ["build", "--audience", "restricted", "--data", data, "--out", out, "--templates", RenderingTests.templates],
                cpuBudget: budget)
            let status = outcome.status
            let label = "case \(index): \(mutation)"
            #expect(outcome.stopped == nil, "\(label): stopped, \(outcome.stopped ?? "")")
            #expect(outcome.stopped != nil || outcome.signal == nil, "\(label): ended by signal \(outcome.signal ?? 0)")
            #expect(status.map { Self.documented.contains($0) } ?? true, "\(label): exit \(status ?? -1) is not a documented code")
            if status != 0 {
                #expect(RenderingTests.files(out) == published, "\(label): a failed build changed the previous site")
            }
            // Nothing outside the output: the dataset untouched, and beside the site only its lock.
            #expect(RenderingTests.files(data) == dataBefore, "\(label): the dataset changed")
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: work).sorted() == [".site.lock", "data", "site"],
                "\(label): something was written beside the output")
        }
    }

    @Test func everyDocumentedCodeIsInTheExitStatusList() {
        let listed = Set(ExitStatus.allCases.map(\.rawValue))
        #expect(Self.documented.isSubset(of: listed))
    }
}
