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

        The published date is SOURCE_DATE_EPOCH when set, else --published, else the census date.

        \(ExitStatus.helpText)
        """
    )

    @OptionGroup var dataset: DatasetOptions

    @Option(help: "The output directory, replaced whole only when the build succeeds.")
    var out = "site"

    @Option(help: "The templates directory.")
    var templates = "Templates"

    @Option(help: "public (disclosure control applied) or restricted (every figure, and open overdue case lists).")
    var audience: AudienceArgument = .public

    @Flag(help: "Build even when nothing changed.")
    var rebuild = false

    @Option(parsing: .upToNextOption, help: "Re-render only these forces' scorecards (force ids) in the published output.")
    var only: [String] = []

    @Option(help: "Seconds to wait for another build on the same output to finish.")
    var wait: Double = 0

    @Option(help: "The published date (YYYY-MM-DD, or 'today' for the clock).")
    var published: String?

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
        if let published, published != "today", DayParser.parse(published) == nil {
            throw ValidationError("--published must be a date YYYY-MM-DD or 'today'")
        }
    }

    func run() throws {
        let log = Log(format: logFormat, quiet: quiet)
        var options = BuildOptions(dataDirectory: dataset.data, configPath: dataset.config, outputDirectory: out,
                                   templatesDirectory: templates, audience: audience.value, strict: dataset.strict,
                                   parallelism: singleThreaded ? .serial : .automatic)
        options.rebuild = rebuild
        options.onlyForces = only
        options.lockWait = wait
        options.generatedOn = try publishedDay()
        let showProgress = !quiet && logFormat == .text && ProgressBar.isTerminal
        if showProgress { options.progress = { ProgressBar.show($0) } }
        if timings {
            let start = Date()
            options.progress = { phase in
                let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
                let memory = status.split(separator: "\n").filter { $0.hasPrefix("VmRSS") || $0.hasPrefix("VmHWM") }.joined(separator: " ")
                Console.error("\(Int(Date().timeIntervalSince(start) * 1000)) ms  \(phase.rawValue)  \(memory)")
            }
        }
        if let testStopAt { options.reached = testStopAction.hook(at: testStopAt) }
        do {
            let summary = try Builder(options: options).run()
            if showProgress { ProgressBar.clear() }
            DatasetOptions.printWarnings(summary.warningLines, format: logFormat, quiet: quiet)
            log.info(summary.upToDate ? "up_to_date" : "built", summary.line, [
                ("output", summary.outputDirectory), ("areas", String(summary.areas)), ("pages", String(summary.pages)),
                ("rows_accepted", String(summary.rowsAccepted)), ("rows_rejected", String(summary.rowsRejected)),
                ("seconds", String(format: "%.3f", summary.seconds)),
            ])
            if summary.upToDate { throw ExitCode(ExitStatus.nothingToDo.rawValue) }
        } catch let error as BuildError {
            if showProgress { ProgressBar.clear() }
            log.error(Self.event(error), error.errorDescription ?? "build failed", [("exit_code", String(error.exitStatus.rawValue))])
            throw ExitCode(error.exitStatus.rawValue)
        }
    }

    func publishedDay() throws -> Day? {
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Int64(epoch) else { throw ValidationError("SOURCE_DATE_EPOCH must be whole seconds since 1970") }
            return Day(number: Int32(seconds / 86_400))
        }
        if published == "today" { return Day(number: Int32(Int64(Date().timeIntervalSince1970) / 86_400)) }
        return published.flatMap(DayParser.parse)
    }

    static func event(_ error: BuildError) -> String {
        switch error {
        case .invalidInput: "invalid_input"
        case .rejectedOverThreshold: "rejected_over_threshold"
        case .template: "template_error"
        case .lockHeld: "lock_held"
        case .output: "output_error"
        case .unsafeOutput: "unsafe_output"
        }
    }
}

enum AudienceArgument: String, ExpressibleByArgument, CaseIterable {
    case `public`, restricted

    var value: Audience { self == .public ? .public : .restricted }
}
