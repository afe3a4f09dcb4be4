import Foundation
import Testing

@testable import InspectionReport

/// The input rules of `docs/data-contract.md` ("CSV files", "Settings", "Text", "Limits", "Errors,
/// rejected rows and warnings") that the review found missing: warnings that are seen, settings
/// that were accepted without a word, text that reaches the outputs, and bounded input.
@Suite("Input rules")
struct InputRulesTests {
    /// The first fatal diagnostic of reading a dataset, or nil when it reads.
    func fatal(_ directory: String, audience: Audience? = nil) -> Diagnostic? {
        do {
            _ = try DatasetReader(directory: directory, parallelism: .serial, audience: audience).read()
            return nil
        } catch {
            return error.diagnostics.first
        }
    }

    // MARK: Warnings

    @Test func misspeltSettingsWarnAndStrictRefuses() throws {
        for (fixture, line) in [("warnings/misspelt_setting.yml", 7), ("warnings/misspelt_top_level_setting.yml", 5)] {
            let dataset = try Fixture.read(Fixture.dataset(replacing: ["report.yml": fixture]))
            let warning = try #require(dataset.warnings.first { $0.code == "unknown_setting" })
            #expect(warning.description.hasPrefix("report.yml:\(line):"), "\(warning)")
            #expect(warning.description.contains(": warning: unknown_setting: "))
            let strict = try #require(dataset.warningsAsErrors())
            #expect(strict.diagnostics.contains { $0.code == "unknown_setting" && $0.severity == .error })
        }
    }

    @Test func unknownHeaderWarnsAndCaseChangesSuggest() throws {
        let ignored = try Fixture.read(Fixture.dataset(replacing: ["cases.csv": "warnings/unknown_header_action_date.csv"]))
        let warning = try #require(ignored.warnings.first { $0.file == "cases.csv" })
        #expect(warning.description.hasPrefix("cases.csv:1:34: warning: unused_column: column 5 `Action_Date` is not used"), "\(warning)")
        #expect(ignored.warningsAsErrors() != nil)

        let suggested = try Fixture.read(Fixture.dataset(replacing: ["cases.csv": "warnings/case_changed_optional_header.csv"]))
        let messages = suggested.warnings.filter { $0.file == "cases.csv" }.map(\.description)
        #expect(messages.count == 2)
        #expect(messages[0].hasPrefix("cases.csv:1:34: warning: unused_column: "))
        #expect(messages[0].contains("did you mean `action`?"))
        #expect(messages[1].contains("did you mean `risk_grade`?"))
        // The column is still ignored: the case has no action date.
        #expect(suggested.cases.first?.action == CaseRecord.missing)
    }

    @Test func caseChangedRequiredHeaderIsFatalWithSuggestion() throws {
        let problem = try #require(fatal(Fixture.dataset(replacing: ["cases.csv": "fatal/case_changed_required_header.csv"])))
        #expect(problem.description.hasPrefix("cases.csv:1:1: missing_column: "), "\(problem)")
        #expect(problem.message.contains("did you mean `case_id`?"))
    }

    @Test func datesAfterAsOfWarnAndRejectedRowsAreSummarisedForTheBuild() throws {
        let dataset = try Fixture.read(Fixture.dataset(replacing: ["cases.csv": "cases/invalid_date.csv"]))
        // The base progress file has one update after as_of.
        #expect(
            dataset.warnings.map(\.description) == [
                """
                progress.csv: warning: dates_after_as_of: 1 date is later than as_of and read as missing (the event had not happened by the \
                census date); see dates_after_as_of in data/quality.csv
                """
            ])
        #expect(dataset.warningsAsErrors() == nil)
        let summary = dataset.buildWarnings.map(\.description)
        #expect(summary.count == 2)
        #expect(summary[1].hasPrefix("cases.csv: warning: rows_rejected: 1 of 1 rows were rejected"))
        #expect(summary[1].contains("data/rejections.csv"))
    }

    // MARK: Settings

    @Test func byteOrderMarkInSettingsIsAccepted() throws {
        let dataset = try Fixture.read(Fixture.dataset(replacing: ["report.yml": "settings/bom.yml"]))
        #expect(dataset.settings.title == "Fixture publication")
        #expect(dataset.warnings.allSatisfy { $0.file != "report.yml" })
    }

    @Test(arguments: [
        ("fatal/invalid_utf8.yml", "report.yml:1:16: invalid_utf8"),
        ("fatal/green_below_amber.yml", "report.yml:8:10: invalid_setting"),
        ("fatal/green_below_default_amber.yml", "report.yml:7:10: invalid_setting"),
        ("fatal/period_over_100_years.yml", "report.yml:4:8: invalid_setting"),
        ("fatal/as_of_over_100_years_after.yml", "report.yml:5:8: invalid_setting"),
        ("fatal/title_with_control_character.yml", "report.yml:1:8: control_character"),
    ])
    func wrongSettingsAreFatalAndLocated(_ fixture: String, _ prefix: String) throws {
        let problem = try #require(fatal(Fixture.dataset(replacing: ["report.yml": fixture])))
        #expect(problem.description.hasPrefix(prefix), "\(problem)")
    }

    @Test func thresholdBelowTwoRefusedForAPublicBuildOnly() throws {
        let directory = Fixture.dataset(replacing: ["report.yml": "fatal/public_threshold_one.yml"])
        let problem = try #require(fatal(directory, audience: .public))
        #expect(problem.description.hasPrefix("report.yml:7:14: invalid_setting: "), "\(problem)")
        #expect(fatal(directory, audience: .restricted) == nil)
        // Validation, for any audience, warns.
        let dataset = try Fixture.read(directory)
        #expect(dataset.warnings.contains { $0.code == "public_threshold" && $0.severity == .warning })
    }

    // MARK: Text that reaches the outputs (docs/data-contract.md, "Text")

    @Test(arguments: ["case_id_line_separator", "case_id_next_line", "case_id_quoted_line_feed"])
    func caseIDWithALineBreakIsInvalid(_ fixture: String) throws {
        for parallelism in [Parallelism.serial, .alwaysSplit] {
            let directory = Fixture.dataset(replacing: ["cases.csv": "cases/\(fixture).csv"])
            let dataset = try DatasetReader(directory: directory, parallelism: parallelism).read()
            #expect(dataset.rejections.map(\.code) == [.invalidValue])
            #expect(dataset.rejections.first?.column == "case_id")
            #expect(dataset.rejections.first?.line == 2)
            #expect(dataset.cases.isEmpty)
        }
    }

    @Test func controlCharactersInOtherCaseColumnsAreInvalidValues() throws {
        let rows = ["K1,al\u{7}pha,nca,2024-01-10", "K2,alpha,n\u{85}ca,2024-01-10", "K3,alpha,nca,2024-01-10\u{2029}", "K4,alpha,nca,2024-01-10"]
        let dataset = try Fixture.read(Fixture.dataset(writing: ["cases.csv": "case_id,force_id,source,received\n" + rows.joined(separator: "\n")]))
        #expect(dataset.rejections.map(\.code) == [.invalidValue, .invalidValue, .invalidValue])
        #expect(dataset.rejections.map(\.column) == ["force_id", "source", "received"])
        #expect(dataset.cases.count == 1)
    }

    @Test func progressEvidenceMayHoldLineBreaksButNoOtherControlCharacter() throws {
        let bad = try Fixture.read(Fixture.dataset(replacing: ["progress.csv": "progress/evidence_control_character.csv"]))
        #expect(bad.rejections.map(\.code) == [.invalidValue])
        #expect(bad.rejections.first?.column == "evidence")
        let good = try Fixture.read(Fixture.dataset(replacing: ["progress.csv": "progress/evidence_markdown_line_breaks.csv"]))
        #expect(good.rejections.isEmpty)
        #expect(good.progress.first?.evidence == "Done:\r\n\t- a list.")
    }

    @Test(arguments: [
        ("forces.csv", "fatal/forces_formula_name.csv", "forces.csv:2:7: spreadsheet_formula"),
        ("forces.csv", "fatal/forces_region_line_separator.csv", "forces.csv:2:20: control_character"),
        ("recommendations.csv", "fatal/recommendations_formula_owner.csv", "recommendations.csv:2:25: spreadsheet_formula"),
    ])
    func referenceFileTextIsFatal(_ target: String, _ fixture: String, _ prefix: String) throws {
        let problem = try #require(fatal(Fixture.dataset(replacing: [target: fixture])))
        #expect(problem.description.hasPrefix(prefix), "\(problem)")
        #expect(!problem.message.contains("HYPERLINK"))
    }

    // MARK: Bounded input

    @Test func headerOfMoreThanAThousandColumnsIsFatalAtOnce() throws {
        let names = ["case_id", "force_id", "source", "received"] + (1...997).map { "extra_\($0)" }
        let header = names.joined(separator: ",")
        let directory = Fixture.dataset(writing: ["cases.csv": header + "\nA1,alpha,nca,2024-01-10" + String(repeating: ",", count: 997) + "\n"])
        let problem = try #require(fatal(directory))
        #expect(problem.description.hasPrefix("cases.csv:1: too_many_columns: the header has 1001 columns"), "\(problem)")
        // A thousand columns are allowed.
        let allowed = Fixture.dataset(writing: [
            "cases.csv": names.dropLast().joined(separator: ",") + "\nA1,alpha,nca,2024-01-10" + String(repeating: ",", count: 996) + "\n"
        ])
        let dataset = try Fixture.read(allowed)
        #expect(dataset.cases.count == 1)
        #expect(dataset.warnings.filter { $0.code == "unused_column" }.count == 996)
    }

    @Test func headerLineOverOneMebibyteIsFatalWithoutReadingIt() throws {
        let long = "case_id,force_id,source,received," + String(repeating: "x", count: 1 << 20) + "\nA1,alpha,nca,2024-01-10,\n"
        let problem = try #require(fatal(Fixture.dataset(writing: ["progress.csv": long])))
        #expect(problem.description.hasPrefix("progress.csv:1: header_too_long: "), "\(problem)")
        // A quoted name may hold commas and line ends; it counts as one column.
        let quoted = "force_id,recommendation_id,status,updated,\"a,b\nc\"\n"
        let dataset = try Fixture.read(Fixture.dataset(writing: ["progress.csv": quoted]))
        #expect(dataset.warnings.contains { $0.file == "progress.csv" && $0.code == "unused_column" })
    }

    @Test func measuringARecordFollowsQuotes() {
        func measure(_ text: String, _ max: Int = 100) -> CSVRecordExtent {
            Array(text.utf8).withUnsafeBufferPointer { CSVRecordExtent.measure($0, from: 0, maxBytes: max) }
        }
        #expect(measure("a,b,c\nd") == CSVRecordExtent(fieldCount: 3, ends: true))
        #expect(measure("\n\r\n\"a,\"\"b\nc\",d\",e\n") == CSVRecordExtent(fieldCount: 3, ends: true))
        #expect(measure("a,b", 3) == CSVRecordExtent(fieldCount: 2, ends: true))
        #expect(measure("abcd,e\n", 3) == CSVRecordExtent(fieldCount: 1, ends: false))
        #expect(measure("abc\n", 3) == CSVRecordExtent(fieldCount: 1, ends: true))
    }

    @Test func columnsOfManyFieldsInOnePass() {
        let text = Array("é,b\nxyz,\"q\"".utf8)
        text.withUnsafeBufferPointer { b in
            let offsets = [0, 3, 5, 9]
            #expect(CSVScanner.columns(of: offsets, in: b) == offsets.map { CSVScanner.column(of: $0, in: b) })
        }
    }

    @Test func moreThanAThousandForcesIsFatal() throws {
        let rows = (1...1_001).map { "f\($0),Force \($0),Region" }
        let directory = Fixture.dataset(writing: ["forces.csv": "force_id,name,region\n" + rows.joined(separator: "\n") + "\n"])
        let problem = try #require(fatal(directory))
        #expect(problem.description.hasPrefix("forces.csv:1002: too_many_rows: lists more than 1000 forces"), "\(problem)")
    }
}

@Suite("Bounded records")
struct BoundedRecordTests {
    @Test func fieldsBeyondTheLimitAreCountedNotKept() throws {
        let text = Array("a,b,c,\"d\"\"\",e\nf\n".utf8)
        try text.withUnsafeBufferPointer { (b) throws(CSVSyntaxError) in
            var scanner = CSVScanner(bytes: b)
            scanner.fieldLimit = 2
            var record = CSVRecord()
            #expect(try scanner.next(into: &record))
            #expect(record.count == 5)
            #expect(record.fields.count == 2)
            #expect(try scanner.next(into: &record))
            #expect(record.count == 1)
            #expect(record.string(0, in: b) == "f")
        }
    }

    @Test func aRowOfAMillionFieldsIsOneWrongFieldCount() throws {
        let wide = String(repeating: ",", count: 1_000_000)
        let progress = "force_id,recommendation_id,status,updated\nalpha,1,complete,2024-05-01\(wide)\nalpha,2,complete,2024-05-01\n"
        let cases = "case_id,force_id,source,received\n\"Q1\",alpha,nca,2024-01-10\(wide)\nQ2,alpha,nca,2024-01-10\n"
        let dataset = try Fixture.read(Fixture.dataset(writing: ["progress.csv": progress, "cases.csv": cases]))
        #expect(dataset.rejections.map(\.code) == [.wrongFieldCount, .wrongFieldCount])
        #expect(dataset.progress.count == 1)
        #expect(dataset.cases.count == 1)
    }
}
