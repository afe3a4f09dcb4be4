import ArgumentParser

/// The options that name and judge a dataset, shared by `build` and `validate`.
struct DatasetOptions: ParsableArguments {
    /// No default: a command line that forgets `--data` (a cron line, say) is a usage error
    /// (exit 64), never a build of whatever dataset happens to be in the working directory.
    @Option(help: "The dataset directory (required; the synthetic sample is SampleData).")
    var data: String

    @Option(help: "The settings file (default: DATA/report.yml).")
    var config: String?

    @Flag(help: "Make every warning fatal, and fail when any case row is rejected.")
    var strict = false

    /// Prints each warning about the inputs on standard error, as a line of text
    /// (`file:line:column: warning: code: message`) or, for `--log-format json`, one object a
    /// line; nothing with `--quiet`.
    static func printWarnings(_ lines: [String], format: Log.Format, quiet: Bool) {
        let log = Log(format: format, quiet: quiet)
        for line in lines { log.warning("input_warning", line) }
    }
}
