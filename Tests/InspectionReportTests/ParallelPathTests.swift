import Foundation
import Testing

@testable import InspectionReport

/// The parallel paths run on small inputs (``Parallelism/alwaysSplit``) and give exactly what
/// one thread gives: records, rejections with their lines and columns, duplicate judgments,
/// tallies and every published file.
@Suite("Parallel paths")
struct ParallelPathTests {
    static let header =
        """
        case_id,force_id,source,received,risk_assessed,risk_grade,review_grade,child_in_household,action,arrested,partner_referral,pnd_checked,a\
        llocation
        """
    /// The id of the record that straddles the middle of the file.
    static let longID = "Q" + String(repeating: "x", count: 3_000)

    /// A case file with CRLF line ends whose middle falls inside a quoted id holding a line break
    /// (so both rows with that id are invalid: docs/data-contract.md, "Text"), with duplicate ids
    /// within each half and across them, and rejected rows in both.
    static let caseFile: String = {
        var rows = [header]
        for i in 0..<60 {
            let day = String(format: "%02d", i % 28 + 1)
            rows.append(
                i % 3 == 0
                    ? "P\(i),alpha,nca,2024-01-\(day),2024-01-\(day),high,,yes,,,,,"
                    : "P\(i),\(i % 2 == 0 ? "beta" : "gamma"),public,2024-02-\(day),,,,,2024-02-\(day),,,no,specialist")
        }
        rows.append("P3,beta,nca,2024-03-01,,,,,,,,,")  // repeats P3 in the first half
        rows.append("BAD1,alpha,nca,2024-02-30,,,,,,,,,")  // invalid date, first half
        rows.append("\"\(longID)\r\nend\",gamma,partner,2024-03-02,2024-03-02,very_high,,,,,,,")
        for i in 0..<20 {
            let day = String(format: "%02d", i + 1)
            rows.append(
                i % 4 == 0
                    ? "R\(i),gamma,nca,2024-04-\(day),2024-04-\(day),medium,low,no,,,,,"
                    : "R\(i),alpha,partner,2024-05-\(day),2024-05-\(day),low,,,2024-05-\(day),,,yes,non_specialist")
        }
        rows.append("R2,alpha,nca,2024-06-01,,,,,,,,,")  // repeats R2 in the second half
        rows.append("P5,gamma,nca,2024-06-02,,,,,,,,,")  // repeats P5 of the first half
        rows.append("Z1,zeta,nca,2024-06-03,,,,,,,,,")  // unknown force, second half
        rows.append("\"\(longID)\r\nend\",alpha,nca,2024-06-04,,,,,,,,,")  // repeats the straddling id
        return rows.joined(separator: "\r\n") + "\r\n"
    }()

    /// The fixture's settings, allowing the seven rejected rows.
    static let settings = """
        title: Fixture publication
        period:
          start: 2024-01-01
          end: 2024-06-30
        as_of: 2024-07-31
        quality:
          max_rejected_share: 0.25

        """

    /// A dataset directory with ``caseFile``.
    static func dataset() -> String {
        Fixture.dataset(writing: ["cases.csv": caseFile, "report.yml": settings])
    }

    @Test func theMiddleOfTheCaseFileFallsInsideAQuotedLineBreak() {
        let bytes = Array(Self.caseFile.utf8)
        let bodyStart = Self.header.utf8.count + 2
        let fieldStart = bytes.indices.first { bytes[$0] == UInt8(ascii: "\"") }!
        let fieldEnd = bytes.indices.last { bytes[$0] == UInt8(ascii: "\"") }!
        let split = bytes.withUnsafeBufferPointer { CaseTableReader.splitPoint($0, from: bodyStart) }!
        #expect(split > fieldStart && split < fieldStart + Self.longID.utf8.count + 4, "the split is not inside the first quoted id")
        #expect(split < fieldEnd)
        #expect(Parallelism.alwaysSplit.splitsCaseFile(bodyBytes: bytes.count - bodyStart))
        #expect(!Parallelism.serial.splitsCaseFile(bodyBytes: bytes.count - bodyStart))
        #expect(!Parallelism.automatic.splitsCaseFile(bodyBytes: bytes.count - bodyStart))
    }

    @Test func splitReadingGivesTheSameDataset() throws {
        let directory = Self.dataset()
        let serial = try DatasetReader(directory: directory, parallelism: .serial).read()
        let split = try DatasetReader(directory: directory, parallelism: .alwaysSplit).read()
        #expect(serial.caseParts.count == 1)
        #expect(split.caseParts.count == 2)
        #expect(serial.cases == split.cases)
        #expect(serial.rejections == split.rejections)
        #expect(serial.tallies == split.tallies)
        #expect(serial.openOverdue == split.openOverdue)
        #expect(serial.warnings == split.warnings)
        // Each duplicate is judged against the first occurrence, whichever half it is in.
        let duplicates = split.rejections.filter { $0.code == .duplicateCaseID }
        #expect(duplicates.map(\.line) == [62, 86, 87])
        #expect(duplicates.allSatisfy { $0.column == "case_id" })
        #expect(duplicates.map(\.characterColumn) == [1, 1, 1])
        #expect(
            split.rejections.map(\.code) == [
                .duplicateCaseID, .invalidDate, .invalidValue, .duplicateCaseID, .duplicateCaseID, .unknownForce, .invalidValue,
            ])
        #expect(split.rejections.map(\.line) == [62, 63, 64, 86, 87, 88, 89])
        #expect(split.rejections.filter { $0.code == .invalidValue }.map(\.characterColumn) == [1, 1])  // the quoted ids
        #expect(split.tally(.cases).rowsRead == 87)
        #expect(split.tally(.cases).rowsRejected == 7)
        #expect(split.cases.count == 80)
        let tables = [serial, split].map { DataFiles.metrics(MetricsTable(dataset: $0, parallelism: .serial)) }
        #expect(tables[0] == tables[1])
    }

    @Test func duplicateSearchInTwoPartitionsGivesTheSameJudgments() throws {
        let directory = Self.dataset()
        // The serial reader judges in one partition, the split one in two.
        #expect(!Parallelism.serial.splitsDuplicateSearch(rows: 87))
        #expect(Parallelism.alwaysSplit.splitsDuplicateSearch(rows: 87))
        let serial = try DatasetReader(directory: directory, parallelism: .serial).read()
        let split = try DatasetReader(directory: directory, parallelism: .alwaysSplit).read()
        let judged = [serial, split].map { $0.rejections.filter { $0.code == .duplicateCaseID } }
        #expect(judged[0] == judged[1])
        #expect(serial.tally(.cases).count(of: .duplicateCaseID) == 3)
    }

    @Test(arguments: [Audience.public, .restricted])
    func splitBuildsPublishTheSameFiles(_ audience: Audience) throws {
        let directory = Self.dataset()
        var sites: [[String: Data]] = []
        for parallelism in [Parallelism.serial, .alwaysSplit] {
            let out = Fixture.temporaryDirectory() + "/site"
            var options = BuildOptions(
                dataDirectory: directory, outputDirectory: out, templatesDirectory: RenderingTests.templates,
                audience: audience, parallelism: parallelism)
            options.generatedOn = Day(year: 2024, month: 8, day: 1)
            _ = try Builder(options: options).run()
            sites.append(RenderingTests.files(out))
        }
        #expect(sites[0].keys.contains("forces/gamma.html"))
        #expect(sites[0] == sites[1])
    }

    @Test func theHelperKeepsIndexOrder() {
        for parallelism in [Parallelism.serial, .automatic, .alwaysSplit] {
            #expect(parallelism.map(100) { $0 * $0 } == (0..<100).map { $0 * $0 })
            #expect(parallelism.map(0) { $0 }.isEmpty)
            let (a, b) = parallelism.both({ "first" }, { 2 })
            #expect(a == "first" && b == 2)
        }
    }
}
