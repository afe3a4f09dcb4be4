import ArgumentParser
import InspectionReport

struct Sample: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Writes a deterministic synthetic dataset directory."
    )

    @Option(help: "The directory to write: new, empty, or an earlier sample (anything else is refused).")
    var out: String

    @Option(help: "The number of case rows.")
    var cases = 50_000

    @Option(help: "The random seed; the same seed gives the same bytes.")
    var seed: UInt64 = 2023

    func validate() throws {
        guard cases >= 0 else { throw ValidationError("--cases must be 0 or more") }
    }

    func run() throws {
        do {
            try SampleGenerator(caseCount: cases, seed: seed).write(to: out)
        } catch let error as BuildError {
            Console.error("sample: \(error.errorDescription ?? "cannot write the sample")")
            throw ExitCode(error.exitStatus.rawValue)
        } catch {
            Console.error("sample: \(error)")
            throw ExitCode(ExitStatus.internalError.rawValue)
        }
        print("wrote a synthetic dataset of \(cases) cases to \(out)")
    }
}
