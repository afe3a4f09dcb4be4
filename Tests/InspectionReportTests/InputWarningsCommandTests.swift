import Foundation
import Testing

@testable import InspectionReport

/// Every command that reads a dataset shows its warnings on standard error, and `--strict`
/// makes a warning about settings or columns fatal (exit 65).
@Suite("Warnings on the command line", .serialized)
struct InputWarningsCommandTests {
    /// The base fixture with a misspelt setting, a misspelt optional column and one rejected row.
    func misspeltDataset() -> String {
        let yml =
            """
            title: Fixture publication\nperiod:\n  start: 2024-01-01\n  end: 2024-06-30\nas_of: 2024-07-31\nquality:\n  max_rejected_share: \
            0.5\ndisclosure:\n  treshold: 10\n
            """
        let cases =
            "case_id,force_id,source,received,Action_Date\nA1,alpha,nca,2024-01-10,2024-01-15\nA2,alpha,nca,2024-01-11,\nA3,alpha,nca,2024-02-30,\n"
        return Fixture.dataset(writing: ["report.yml": yml, "cases.csv": cases])
    }

    func build(_ data: String, _ extra: [String] = []) throws -> CLI.Result {
        let out = Fixture.temporaryDirectory() + "/site"
        return try CLI.run(["build", "--data", data, "--out", out, "--templates", RenderingTests.templates] + extra)
    }

    @Test func buildPrintsEveryWarningAndCountsThem() throws {
        let data = misspeltDataset()
        let result = try build(data)
        #expect(result.status == ExitStatus.success.rawValue)
        #expect(result.stderr.contains("report.yml:9:3: warning: unknown_setting: `disclosure.treshold` is not a setting"), "\(result.stderr)")
        #expect(result.stderr.contains("cases.csv:1:34: warning: unused_column: column 5 `Action_Date` is not used"))
        #expect(result.stderr.contains("progress.csv: warning: dates_after_as_of: 1 date is later than as_of"))
        #expect(result.stderr.contains("cases.csv: warning: rows_rejected: 1 of 3 rows were rejected"))
        #expect(result.stderr.contains("data/rejections.csv"))
        #expect(result.stderr.contains(", 4 warnings, "))
        // JSON logs carry them as objects; --quiet prints only errors.
        let json = try build(data, ["--log-format", "json"])
        #expect(
            json.stderr.hasPrefix("{\"level\":\"warning\",\"event\":\"input_warning\",\"message\":\"report.yml:9:3: warning: unknown_setting: "),
            "\(json.stderr)")
        #expect(try build(data, ["--quiet"]).stderr.isEmpty)
    }

    @Test func strictMakesSettingAndColumnWarningsFatal() throws {
        let data = misspeltDataset()
        let strict = try build(data, ["--strict"])
        #expect(strict.status == ExitStatus.invalidInput.rawValue)
        #expect(strict.stderr.contains("report.yml:9:3: unknown_setting: "), "\(strict.stderr)")
        #expect(strict.stderr.contains("cases.csv:1:34: unused_column: "))
        let validate = try CLI.run(["validate", "--data", data, "--strict"])
        #expect(validate.status == ExitStatus.invalidInput.rawValue)
        #expect(validate.stderr.contains("report.yml:9:3: unknown_setting: "))
    }

    @Test func validatePrintsWarningsAndThePublicThresholdRule() throws {
        let yml = "title: Fixture publication\nperiod:\n  start: 2024-01-01\n  end: 2024-06-30\nasof: 2024-07-31\ndisclosure:\n  threshold: 1\n"
        let data = Fixture.dataset(writing: ["report.yml": yml])
        let validate = try CLI.run(["validate", "--data", data])
        #expect(validate.status == ExitStatus.success.rawValue)
        #expect(validate.stderr.contains("report.yml:5:1: warning: unknown_setting: `asof` is not a setting"), "\(validate.stderr)")
        #expect(validate.stderr.contains("report.yml:7:14: warning: public_threshold: "))
        // A public build refuses the threshold; a restricted one does not use it.
        let fixed = Fixture.dataset(writing: ["report.yml": yml.replacingOccurrences(of: "asof", with: "as_of")])
        let publicBuild = try build(fixed)
        #expect(publicBuild.status == ExitStatus.invalidInput.rawValue)
        #expect(publicBuild.stderr.contains("report.yml:7:14: invalid_setting: "), "\(publicBuild.stderr)")
        #expect(try build(fixed, ["--audience", "restricted"]).status == ExitStatus.success.rawValue)
    }
}
