import ArgumentParser
import InspectionReport

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Checks a dataset directory and prints the reconciliation and every located problem.",
        discussion: ExitStatus.helpText
    )

    @Option(help: "The dataset directory.")
    var data = "SampleData"

    @Option(help: "The settings file (default: DATA/report.yml).")
    var config: String?

    @Flag(help: "Fail when any case row is rejected.")
    var strict = false

    func run() throws {
        let report: ValidationReport
        do {
            report = try ValidationReport(reader: DatasetReader(directory: data, configPath: config), strict: strict)
        } catch {
            Console.error(error.errorDescription ?? "invalid input")
            throw ExitCode(ExitStatus.invalidInput.rawValue)
        }
        for line in report.problemLines { Console.error(line) }
        print(report.reconciliation)
        if !report.passes { throw ExitCode(ExitStatus.rejectedOverThreshold.rawValue) }
    }
}
