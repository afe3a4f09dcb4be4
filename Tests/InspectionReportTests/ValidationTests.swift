import Foundation
import Testing

@testable import InspectionReport

@Suite("Validation")
struct ValidationTests {
    @Test func baseFixtureIsValid() throws {
        let dataset = try Fixture.read(Fixture.dataset())
        #expect(dataset.tally(.cases).rowsRead == 4)
        #expect(dataset.tally(.cases).rowsRejected == 0)
        #expect(dataset.tally(.progress).rowsRead == 4)
        #expect(dataset.tally(.progress).datesAfterAsOf == 1)
        #expect(dataset.forces.map(\.id) == ["alpha", "beta", "gamma"])
        #expect(dataset.forces[2].childPopulation == nil)
        #expect(dataset.settings.asOf.description == "2024-07-31")
        #expect(dataset.settings.timescales == [30, 14, 7, 1])
    }

    /// Each row-error code of `cases.csv`, from a fixture named after it: rejected on line 2
    /// (line 3 for the duplicate), with the column named, and every row accounted for: each
    /// fixture has one data row (two for the duplicate, whose first row is accepted).
    @Test(
        arguments: [
            ("invalid_date", RowErrorCode.invalidDate, 2, "received", 14, 1),
            ("missing_value", .missingValue, 2, "source", 10, 1),
            ("invalid_value", .invalidValue, 2, "source", 10, 1),
            ("unknown_force", .unknownForce, 2, "force_id", 4, 1),
            ("duplicate_case_id", .duplicateCaseID, 3, "case_id", 1, 2),
            ("date_before_received", .dateBeforeReceived, 2, "action", 25, 1),
            ("review_without_grade", .reviewWithoutGrade, 2, "review_grade", 26, 1),
            ("wrong_field_count", .wrongFieldCount, 2, nil, 1, 1),
        ] as [(String, RowErrorCode, Int, String?, Int, Int)])
    func caseRowErrors(_ fixture: String, _ code: RowErrorCode, _ line: Int, _ column: String?, _ characterColumn: Int, _ rows: Int) throws {
        let dataset = try Fixture.read(Fixture.dataset(replacing: ["cases.csv": "cases/\(fixture).csv"]))
        let tally = dataset.tally(.cases)
        #expect(tally.rowsRejected == 1)
        #expect(tally.count(of: code) == 1)
        #expect(tally.rowsRead == rows)
        // The accepted rows (all received in the period) are the cases kept.
        #expect(dataset.cases.count == rows - 1)
        #expect(dataset.rejections.count == 1)
        let rejection = try #require(dataset.rejections.first)
        #expect(rejection.code == code)
        #expect(rejection.line == line)
        #expect(rejection.column == column)
        #expect(rejection.characterColumn == characterColumn)
        #expect(rejection.diagnostic.description.hasPrefix("cases.csv:\(line):\(characterColumn): \(code.code): "))
    }

    @Test(
        arguments: [
            ("invalid_date", RowErrorCode.invalidDate, "updated"),
            ("missing_value", .missingValue, "status"),
            ("invalid_value", .invalidValue, "status"),
            ("unknown_force", .unknownForce, "force_id"),
            ("unknown_recommendation", .unknownRecommendation, "recommendation_id"),
            ("wrong_field_count", .wrongFieldCount, nil),
        ] as [(String, RowErrorCode, String?)])
    func progressRowErrors(_ fixture: String, _ code: RowErrorCode, _ column: String?) throws {
        let dataset = try Fixture.read(Fixture.dataset(replacing: ["progress.csv": "progress/\(fixture).csv"]))
        let tally = dataset.tally(.progress)
        #expect(tally.rowsRead == 1)
        #expect(tally.rowsRejected == 1)
        #expect(tally.count(of: code) == 1)
        #expect(dataset.rejections.first?.column == column)
        #expect(dataset.rejections.first?.line == 2)
    }

    @Test func firstCodeByPrecedence() throws {
        let header = "case_id,force_id,source,received,action,risk_grade,review_grade"
        let rows = [
            // Two column errors: the first column in file order wins.
            "P1,nowhere,bad_source,2024-01-01,,,",
            // A column error beats date_before_received.
            "P2,alpha,nca,2024-01-05,2024-01-01,bad_grade,",
            // date_before_received beats review_without_grade.
            "P3,alpha,nca,2024-01-05,2024-01-01,,low",
            // A later duplicate of a rejected row is judged against accepted rows only.
            "P4,alpha,nca,2024-01-05,,,",
            "P3,alpha,nca,2024-01-05,,,",
            "P4,alpha,nca,2024-01-05,,,",
            // Leading zeros and spaces, mixed case, hyphens and spaces in enums.
            " P5 ,alpha, Other-Force ,2024-01-05,2024-01-05,Very High,very-high",
        ]
        let directory = Fixture.dataset(writing: ["cases.csv": ([header] + rows).joined(separator: "\r\n")])
        let dataset = try Fixture.read(directory)
        #expect(dataset.rejections.map(\.code) == [.unknownForce, .invalidValue, .dateBeforeReceived, .duplicateCaseID])
        #expect(dataset.rejections.map(\.line) == [2, 3, 4, 7])
        #expect(dataset.rejections.map(\.column) == ["force_id", "risk_grade", "action", "case_id"])
        #expect(dataset.tally(.cases).rowsAccepted == 3)
    }

    @Test func unusedColumnsWarnAndMissingOptionalColumnsReadAsMissing() throws {
        let dataset = try Fixture.read(
            Fixture.dataset(writing: ["cases.csv": "case_id,force_id,source,received,notes\nZ1,alpha,nca,2024-01-01,hello\n"]))
        #expect(dataset.warnings.contains { $0.code == "unused_column" && $0.file == "cases.csv" })
        #expect(dataset.cases.count == 1)
        #expect(dataset.cases[0].riskGrade == CaseRecord.noGrade)
    }

    @Test func flagsAndDateTimes() throws {
        let header = "case_id,force_id,source,received,child_in_household,pnd_checked,action"
        let rows = [
            "F1,alpha,nca,2024-01-01,Y,TRUE,2024-01-02T10:00:00Z", "F2,alpha,nca,2024-01-01,0,unknown,2024-01-02 23:59",
            "F3,alpha,nca,2024-01-01,maybe,,", "F4,alpha,nca,2024-01-01,,no,2024-01-02T24:00",
        ]
        let dataset = try Fixture.read(Fixture.dataset(writing: ["cases.csv": ([header] + rows).joined(separator: "\n")]))
        #expect(dataset.cases.map(\.childInHousehold) == [0, 1])
        #expect(dataset.cases.map(\.pndChecked) == [0, 2])
        #expect(dataset.rejections.map(\.code) == [.invalidValue, .invalidDate])
    }

    /// Fatal errors stop everything and name the file, line and column.
    @Test(arguments: [
        ("cases.csv", "fatal/missing_required_column.csv", "missing_column", "cases.csv:1: missing_column"),
        ("cases.csv", "fatal/personal_data_header.csv", "personal_data", "cases.csv:1:34: personal_data"),
        ("cases.csv", "fatal/unterminated_quote.csv", "malformed_csv", "cases.csv:2:4: malformed_csv"),
        ("cases.csv", "fatal/character_after_closing_quote.csv", "malformed_csv", "cases.csv:2:11: malformed_csv"),
        ("cases.csv", "fatal/invalid_utf8.csv", "invalid_utf8", "cases.csv:2:13: invalid_utf8"),
        ("cases.csv", "fatal/empty_file.csv", "missing_header", "cases.csv:1:1: missing_header"),
        ("cases.csv", "fatal/duplicate_header_names.csv", "duplicate_column", "cases.csv:1:34: duplicate_column"),
        ("forces.csv", "fatal/forces_invalid_population.csv", "invalid_value", "forces.csv:2:19: invalid_value"),
        ("forces.csv", "fatal/forces_invalid_id.csv", "invalid_value", "forces.csv:2:1: invalid_value"),
        ("forces.csv", "fatal/forces_duplicate_id.csv", "duplicate_force_id", "forces.csv:3:1: duplicate_force_id"),
        ("recommendations.csv", "fatal/recommendations_invalid_flag.csv", "invalid_value", "recommendations.csv:2:7: invalid_value"),
        ("report.yml", "fatal/period_end_before_start.yml", "invalid_setting", "report.yml:4:8: invalid_setting"),
        ("report.yml", "fatal/as_of_before_period_end.yml", "invalid_setting", "report.yml:5:8: invalid_setting"),
        ("report.yml", "fatal/negative_timescale.yml", "invalid_setting", "report.yml:6:9: invalid_setting"),
        ("report.yml", "fatal/invalid_period_date.yml", "invalid_setting", "report.yml:4:8: invalid_setting"),
        ("report.yml", "fatal/yaml_syntax.yml", "invalid_setting", "report.yml:"),
        ("report.yml", "fatal/missing_title.yml", "missing_setting", "report.yml: missing_setting"),
    ])
    func fatalErrors(_ target: String, _ fixture: String, _ code: String, _ prefix: String) {
        do {
            _ = try Fixture.read(Fixture.dataset(replacing: [target: fixture]))
            Issue.record("expected a fatal error")
        } catch {
            let first = error.diagnostics[0]
            #expect(first.code == code)
            #expect(first.description.hasPrefix(prefix), "\(first.description)")
            #expect(!first.message.isEmpty)
        }
    }

    @Test func repeatedUnusedColumnsOnlyWarn() throws {
        // Spreadsheet exports often end the header with empty names.
        let dataset = try Fixture.read(Fixture.dataset(writing: ["cases.csv": "case_id,force_id,source,received,,\nE1,alpha,nca,2024-01-01,,\n"]))
        #expect(dataset.tally(.cases).rowsAccepted == 1)
        #expect(dataset.warnings.filter { $0.code == "unused_column" }.count == 2)
    }

    @Test func headerOnlyFileHasNoRows() throws {
        let dataset = try Fixture.read(Fixture.dataset(replacing: ["cases.csv": "fatal/header_only.csv"]))
        #expect(dataset.tally(.cases).rowsRead == 0)
        #expect(!dataset.rejectedShareExceeded(strict: true))
    }

    @Test func missingFileIsFatalAndNamed() {
        let directory = Fixture.dataset()
        try? FileManager.default.removeItem(atPath: directory + "/progress.csv")
        #expect(throws: InputError.self) { try Fixture.read(directory) }
        do { _ = try Fixture.read(directory) } catch {
            #expect(error.diagnostics.map(\.code) == ["missing_file"])
            #expect(error.diagnostics[0].file.hasSuffix("progress.csv"))
        }
    }

    @Test func messagesNeverEchoCellValues() throws {
        let secret = "SECRET-VALUE-123"
        let rows = ["S1,\(secret),nca,2024-01-01", "S2,alpha,\(secret),2024-01-01", "S3,alpha,nca,\(secret)"]
        let dataset = try Fixture.read(Fixture.dataset(writing: ["cases.csv": "case_id,force_id,source,received\n" + rows.joined(separator: "\n")]))
        let report = ValidationReport(dataset: dataset, strict: false)
        #expect(report.problemLines.count == 4)  // three rejected rows and the base progress file's date after as_of
        #expect(!report.problemLines.joined().contains(secret))
        #expect(!report.reconciliation.contains(secret))
    }

    @Test func rejectedShareDecidesTheBuild() throws {
        // 1 rejected of 4 read is over 0.01 but not over 0.25.
        let rows = ["R1,alpha,nca,2024-01-01", "R2,alpha,nca,2024-01-01", "R3,alpha,nca,2024-01-01", "R4,alpha,nca,bad"]
        let cases = "case_id,force_id,source,received\n" + rows.joined(separator: "\n")
        let strictish = try Fixture.read(Fixture.dataset(writing: ["cases.csv": cases]))
        #expect(strictish.rejectedShareExceeded(strict: false))
        let yml = "title: T\nperiod:\n  start: 2024-01-01\n  end: 2024-06-30\nquality:\n  max_rejected_share: 0.25\n"
        let lenient = try Fixture.read(Fixture.dataset(writing: ["cases.csv": cases, "report.yml": yml]))
        #expect(!lenient.rejectedShareExceeded(strict: false))
        #expect(lenient.rejectedShareExceeded(strict: true))
    }
}

@Suite("Reading cases fast")
struct CaseReadingTests {
    @Test func quotedAndUnquotedIDsAreComparedByValue() throws {
        let rows = [
            "X\"1,alpha,nca,2024-01-01",  // a quote inside an unquoted field is text
            "\"X\"\"1\",alpha,nca,2024-01-02",  // the same id, quoted and escaped
            "\"a very long case identifier, with a comma\",alpha,nca,2024-01-03",
            "a very long case identifier; without one,alpha,nca,2024-01-04",
            "\"a very long case identifier, with a comma\",beta,nca,2024-01-05",
            "\"multi\nline\",alpha,nca,2024-01-06",
            "last,alpha,nca,2024-01-07",
        ]
        let text = "case_id,force_id,source,received\n" + rows.joined(separator: "\n")
        let dataset = try Fixture.read(Fixture.dataset(writing: ["cases.csv": text]))
        // An id holding a line break is invalid (docs/data-contract.md, "Text"); the record still
        // spans two lines.
        #expect(dataset.rejections.map(\.code) == [.duplicateCaseID, .duplicateCaseID, .invalidValue])
        #expect(dataset.rejections.map(\.line) == [3, 6, 7])
        #expect(dataset.cases.count == 4)
        #expect(dataset.tally(.cases).rowsRead == 7)
        // The two-line record is lines 7 and 8, so the row after `last` (line 9) is on line 10.
        let shifted = try Fixture.read(Fixture.dataset(writing: ["cases.csv": text + "\nbad,alpha,nca,2024-13-01"]))
        #expect(shifted.rejections.last?.line == 10)
    }

    @Test func twoThreadsReadAsOneWithManyRowsAndDuplicates() throws {
        let directory = Fixture.temporaryDirectory()
        try SampleGenerator(caseCount: 120_000, seed: 9).write(to: directory)
        let serial = try DatasetReader(directory: directory, parallelism: .serial).read()
        let parallel = try DatasetReader(directory: directory, parallelism: .alwaysSplit).read()
        #expect(serial.tally(.cases).count(of: .duplicateCaseID) > 0)
        #expect(serial.caseParts.count == 1)
        #expect(parallel.caseParts.count == 2)
        #expect(serial.cases == parallel.cases)
        #expect(serial.rejections == parallel.rejections)
        #expect(serial.tallies == parallel.tallies)
        #expect(serial.openOverdue == parallel.openOverdue)
    }

    @Test func aQuotedFieldAcrossTheMiddleOfTheFile() throws {
        // One huge quoted field with line breaks in the middle of a file large enough to be
        // split: the second half must be read again from where the first ended.
        var lines = ["case_id,force_id,source,received"]
        for i in 0..<20_000 { lines.append("M\(i),alpha,nca,2024-01-01") }
        let field = String(repeating: "line of text\n", count: 200_000)
        lines.append("\"\(field)\",alpha,nca,2024-01-02")
        for i in 0..<20_000 { lines.append("N\(i),beta,nca,2024-01-03") }
        let directory = Fixture.dataset(writing: ["cases.csv": lines.joined(separator: "\n") + "\n"])
        let serial = try DatasetReader(directory: directory, parallelism: .serial).read()
        let parallel = try DatasetReader(directory: directory, parallelism: .alwaysSplit).read()
        #expect(serial.tally(.cases).rowsRead == 40_001)
        #expect(serial.cases == parallel.cases)
        #expect(serial.tallies == parallel.tallies)
        #expect(parallel.cases.count == 40_000)  // the id holding line breaks is invalid ("Text")
        #expect(parallel.rejections.map(\.code) == [.invalidValue])
    }
}
