import ArgumentParser
import InspectionReport

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Checks a dataset directory and prints the reconciliation and every located problem.",
        discussion: ExitStatus.helpText
    )

    @OptionGroup var dataset: DatasetOptions

    func run() throws {
        let report: ValidationReport
        do {
            report = try ValidationReport(reader: DatasetReader(directory: dataset.data, configPath: dataset.config), strict: dataset.strict)
        } catch {
            Console.error(error.errorDescription ?? "invalid input")
            throw ExitCode(ExitStatus.invalidInput.rawValue)
        }
        for line in report.problemLines { Console.error(line) }
        print(report.reconciliation)
        if !report.passes { throw ExitCode(ExitStatus.rejectedOverThreshold.rawValue) }
    }
}
