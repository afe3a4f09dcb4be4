import ArgumentParser
import InspectionReport

struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Checks a public output's disclosure control with linear programs (see docs/methodology.md, \"Disclosure audit (linked tables)\").",
        discussion: """
            For every suppressed count, the smallest and largest values consistent with the published \
            counts and the identities between them are found with COIN-OR Clp. With --restricted (the \
            restricted build of the same dataset) the sensitive counts are known: each must range from 0 \
            to at least the threshold for the public and, for other forces' counts, for every one force \
            that knows its own counts. Without it, every suppressed count whose range excludes 0 or stays \
            below the threshold is reported. --data gives each force's region (forces.csv) and the \
            threshold (report.yml); without it the nation is tied to its forces but no region to its forces.

            Each exposed count is printed as `metrics.csv:LINE: exposed: AREA METRIC BREAKDOWN: reader \
            public|force F: between A and B`; the summary goes to standard output.

            \(ExitStatus.helpText)
            """
    )

    @Argument(help: "The public output directory (its data/metrics.csv is audited).")
    var site: String

    @Option(help: "The restricted output of the same dataset: the true counts.")
    var restricted: String?

    @Option(help: "The dataset directory: forces' regions and the threshold.")
    var data: String?

    @Option(help: "The disclosure threshold (default: --data's report.yml, else 5).")
    var threshold: Int?

    func validate() throws {
        if let threshold, threshold < 1 { throw ValidationError("--threshold must be 1 or more") }
    }

    func run() throws {
        let outcome: SiteAudit.Outcome
        do {
            outcome = try SiteAudit(site: site, restrictedSite: restricted, data: data, threshold: threshold).run()
        } catch {
            Console.error(error.message)
            throw ExitCode(ExitStatus.invalidInput.rawValue)
        }
        for line in outcome.problems { Console.error(line) }
        Console.output(outcome.summary)
        if !outcome.passes { throw ExitCode(ExitStatus.auditFailed.rawValue) }
    }
}
