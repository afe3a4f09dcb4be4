import ArgumentParser
import InspectionReport

@main
struct InspectionReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspection-report",
        abstract: "Turns anonymised case data into the inspectorate's national publication and force scorecards.",
        discussion: ExitStatus.helpText,
        version: ToolInfo.version,
        subcommands: [Build.self, Validate.self, Sample.self, Audit.self]
    )

    /// Signals and standard descriptors are arranged before any thread starts.
    static func main() {
        ProcessSetup.prepare()
        main(nil)
    }
}
