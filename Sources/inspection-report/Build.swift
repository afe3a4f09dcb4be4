import ArgumentParser
import Foundation
import InspectionReport

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validates the dataset, computes every figure and publishes the output directory.",
        discussion: """
            The output is written into a fresh directory beside --out and swapped into place only when \
            every file is written; on any failure the previous output stays exactly as it was. A second \
            build on the same output exits at once (or waits, with --wait). When no input, template or \
            setting changed since the published output, nothing is done (use --rebuild to force).

            The published date is --published when given (a date, or 'today'), else SOURCE_DATE_EPOCH \
            when set, else the census date. With 'today', a build whose inputs did not change keeps the \
            published output and its date.

            \(ExitStatus.helpText)
            """
    )

    @OptionGroup var dataset: DatasetOptions

    @Option(help: "The output directory, replaced whole only when the build succeeds.")
    var out = "site"

    @Option(help: "The templates directory.")
    var templates = "Templates"

    @Option(
        help:
            """
            public (disclosure control applied), restricted (every figure, and open overdue case lists) or force (a force pack: the public \
            build with one force's own figures and annex; needs --force).
            """
    )
    var audience: AudienceArgument = .public

    @Option(name: .customLong("force"), help: ArgumentHelp("The force a force pack is for (its force_id in forces.csv).", valueName: "force-id"))
    var packForce: String?

    @Flag(help: "With --audience restricted: also write data/suppression.csv, every count the public edition hides and why.")
    var suppressionFile = false

    @Flag(help: "Build even when nothing changed.")
    var rebuild = false

    @Option(parsing: .upToNextOption, help: "Re-render only these forces' scorecards (force ids) in the published output.")
    var only: [String] = []

    @Option(help: "Seconds to wait for another build on the same output to finish.")
    var wait: Double = 0

    @Option(help: "The published date (YYYY-MM-DD, or 'today' for the clock).")
    var published: PublishedDate?

    @Option(help: "text or json (one object a line) for the log on standard error.")
    var logFormat: Log.Format = .text

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    @Flag(help: "Use one thread (the output is the same).")
    var singleThreaded = false

    @Flag(help: "Print the time and memory at the start of each phase on standard error.")
    var timings = false

    @Option(help: .private)
    var testStopAt: TestStopPoint?

    @Option(help: .private)
    var testStopAction: TestStopAction = .kill

    func validate() throws {
        guard wait >= 0 else { throw ValidationError("--wait must be 0 or more seconds") }
        if audience == .force, packForce == nil {
            throw ValidationError("--audience force builds a force pack: name the force with --force FORCE_ID")
        }
        if suppressionFile, audience != .restricted {
            throw ValidationError("--suppression-file describes the public edition for the inspectorate: add --audience restricted")
        }
        if audience != .force, packForce != nil {
            throw ValidationError("--force names the force of a force pack: add --audience force")
        }
        if let epoch = Self.sourceDateEpoch, Self.epochDay(epoch) == nil {
            throw ValidationError("SOURCE_DATE_EPOCH must be whole seconds from 0 to \(Self.latestEpoch) (9999-12-31)")
        }
    }

    /// The last second of 9999-12-31: a later published date has no four-digit year.
    static let latestEpoch: Int64 = 253_402_300_799

    /// `SOURCE_DATE_EPOCH` when it is set and not empty.
    static var sourceDateEpoch: String? {
        ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The day of a `SOURCE_DATE_EPOCH`, or nil when it is not whole seconds in range.
    static func epochDay(_ text: String) -> Day? {
        guard let seconds = Int64(text), (0...latestEpoch).contains(seconds) else { return nil }
        return Day(number: Int32(seconds / 86_400))
    }

    func run() throws {
        let log = Log(format: logFormat, quiet: quiet)
        var options = BuildOptions(
            dataDirectory: dataset.data, configPath: dataset.config, outputDirectory: out,
            templatesDirectory: templates, audience: audience.value(force: packForce ?? ""), strict: dataset.strict,
            parallelism: singleThreaded ? .serial : .automatic)
        options.rebuild = rebuild
        options.suppressionFile = suppressionFile
        options.onlyForces = only
        options.lockWait = wait
        options.generatedOn = try publishedDay()
        options.publishedToday = published?.isToday ?? false
        let showProgress = !quiet && logFormat == .text && ProgressBar.isTerminal
        if showProgress { options.progress = { ProgressBar.show($0) } }
        ProcessSetup.onStop { signal, status in
            log.error(
                "stopped", "stopped by \(ProcessSetup.signalName(signal)); the previous output is left as it was",
                [("signal", .string(ProcessSetup.signalName(signal))), ("exit_code", .int(Int(status.rawValue)))])
        }
        if timings {
            let start = Date()
            options.progress = { phase in
                let elapsed = Int(Date().timeIntervalSince(start) * 1000)
                let (rss, peak) = Self.memory()
                log.requested(
                    "timing", "\(phase.rawValue): \(elapsed) ms, resident \(rss) KiB, peak \(peak) KiB",
                    [
                        ("phase", .string(phase.rawValue)), ("elapsed_ms", .int(elapsed)),
                        ("rss_kib", .int(rss)), ("peak_rss_kib", .int(peak)),
                    ])
            }
        }
        if let testStopAt { options.reached = testStopAction.hook(at: testStopAt) }
        do {
            let summary = try Builder(options: options).run()
            if showProgress { ProgressBar.clear() }
            DatasetOptions.printWarnings(summary.warningLines, format: logFormat, quiet: quiet)
            for line in summary.disclosureLines { log.info("disclosure", line, []) }
            log.info(
                summary.upToDate ? "up_to_date" : "built", summary.line,
                [
                    ("output", .string(summary.outputDirectory)), ("areas", .int(summary.areas)), ("pages", .int(summary.pages)),
                    ("rows_accepted", .int(summary.rowsAccepted)), ("rows_rejected", .int(summary.rowsRejected)),
                    ("warnings", .int(summary.warnings)), ("repaired", .int(summary.repaired ? 1 : 0)),
                    ("files_differing", .int(summary.filesDiffering)), ("seconds", .decimal(summary.seconds, places: 3)),
                ])
            if summary.upToDate { throw ExitCode(ExitStatus.nothingToDo.rawValue) }
        } catch let error as BuildError {
            if showProgress { ProgressBar.clear() }
            log.error(Self.event(error), error.errorDescription ?? "build failed", [("exit_code", .int(Int(error.exitStatus.rawValue)))])
            throw ExitCode(error.exitStatus.rawValue)
        }
    }

    /// `--published` first (an operator's explicit date wins), then `SOURCE_DATE_EPOCH`, then
    /// nil (the census date).
    func publishedDay() throws -> Day? {
        if let published { return published.day }
        if let epoch = Self.sourceDateEpoch {
            guard let day = Self.epochDay(epoch) else {
                throw ValidationError("SOURCE_DATE_EPOCH must be whole seconds from 0 to \(Self.latestEpoch)")
            }
            return day
        }
        return nil
    }

    /// The resident and peak resident memory in KiB (`VmRSS`, `VmHWM`), 0 when unknown.
    static func memory() -> (Int, Int) {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        func kib(_ key: String) -> Int {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(key + ":") }) else { return 0 }
            return Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first { Int($0) != nil } ?? "") ?? 0
        }
        return (kib("VmRSS"), kib("VmHWM"))
    }

    static func event(_ error: BuildError) -> String {
        switch error {
        case .invalidInput: "invalid_input"
        case .rejectedOverThreshold: "rejected_over_threshold"
        case .template: "template_error"
        case .lockHeld: "lock_held"
        case .output: "output_error"
        case .unsafeOutput: "unsafe_output"
        case .disclosureAuditFailed: "disclosure_audit_failed"
        case .disclosureControlTooCostly: "disclosure_control_too_costly"
        case .unknownForce: "unknown_force"
        }
    }
}

enum AudienceArgument: String, ExpressibleByArgument, CaseIterable {
    case `public`, restricted, force

    func value(force id: String) -> Audience {
        switch self {
        case .public: .public
        case .restricted: .restricted
        case .force: .forcePack(id)
        }
    }
}
