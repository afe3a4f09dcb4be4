import ArgumentParser
import InspectionReport

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validates the dataset, computes every figure and publishes the output directory.",
        discussion: ExitStatus.helpText
    )

    @Option(help: "The dataset directory.")
    var data = "SampleData"

    @Option(help: "The settings file (default: DATA/report.yml).")
    var config: String?

    @Option(help: "The output directory, replaced whole only when the build succeeds.")
    var out = "site"

    @Option(help: "The templates directory.")
    var templates = "Templates"

    @Option(help: "public (disclosure control applied) or restricted (every figure, and open overdue case lists).")
    var audience: AudienceArgument = .public

    @Flag(help: "Fail when any case row is rejected.")
    var strict = false

    func run() throws {
        let options = BuildOptions(dataDirectory: data, configPath: config, outputDirectory: out, templatesDirectory: templates,
                                   audience: audience.value, strict: strict)
        do {
            let summary = try Builder(options: options).run()
            Console.error(summary.line)
        } catch {
            Console.error(error.errorDescription ?? "build failed")
            throw ExitCode(error.exitStatus.rawValue)
        }
    }
}

enum AudienceArgument: String, ExpressibleByArgument, CaseIterable {
    case `public`, restricted

    var value: Audience { self == .public ? .public : .restricted }
}
