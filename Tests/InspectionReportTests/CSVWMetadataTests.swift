import Foundation
import Testing

@testable import InspectionReport

/// `data/metrics.csv-metadata.json`: CSV on the Web metadata of the data files, read back with
/// Foundation's JSON parser and checked against the files it describes.
@Suite("CSV on the Web metadata")
struct CSVWMetadataTests {
    /// A dataset with rejected rows of every kind the fixtures have, so that rejections.csv
    /// has rows (one with an empty column) and quality.csv has `rejected:` measures.
    static func datasetWithRejections() -> String {
        let settings = RenderingTests.read(Fixture.root.appendingPathComponent("base/report.yml").path) + "quality:\n  max_rejected_share: 1\n"
        let cases =
            RenderingTests.read(Fixture.root.appendingPathComponent("base/cases.csv").path)
            + "X1,alpha,nca,2024-02-30,,,,,,,,,\nX2,nowhere,nca,2024-02-01,,,,,,,,,\nX3,alpha,nca\n"
        return Fixture.dataset(writing: ["cases.csv": cases, "report.yml": settings])
    }

    static let publicSite: String = try! RenderingTests.build(datasetWithRejections())
    static let restrictedSite: String = try! RenderingTests.build(datasetWithRejections(), audience: .restricted)

    static func metadata(_ site: String) throws -> [String: Any] {
        let data = try #require(FileManager.default.contents(atPath: site + "/" + CSVWMetadata.path))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func tables(_ site: String) throws -> [[String: Any]] {
        try #require(try metadata(site)["tables"] as? [[String: Any]])
    }

    @Test func theTableGroupNamesTheCSVWContextAndEachFile() throws {
        let document = try Self.metadata(Self.publicSite)
        #expect(document["@context"] as? String == "http://www.w3.org/ns/csvw")
        #expect(document["dc:title"] as? String == "Fixture publication")
        #expect(document["dc:issued"] as? String == "2024-08-01")
        #expect(document["dc:temporal"] as? String == "2024-01-01/2024-06-30")
        #expect(document["dc:accessRights"] == nil, "a public output carries no marking")
        #expect(try Self.tables(Self.publicSite).map { $0["url"] as? String } == ["metrics.csv", "quality.csv", "rejections.csv"])
        let restricted = try Self.metadata(Self.restrictedSite)
        #expect(restricted["dc:accessRights"] as? String == "OFFICIAL-SENSITIVE")
        #expect(
            try Self.tables(Self.restrictedSite).map { $0["url"] as? String } == [
                "metrics.csv", "quality.csv", "rejections.csv", "open-overdue-cases.csv",
            ])
    }

    /// Each table's columns are its file's header, in order, each with a title, a datatype
    /// and a description.
    @Test(arguments: [Audience.public, .restricted])
    func theColumnsAreEachFilesHeader(_ audience: Audience) throws {
        let site = audience == .public ? Self.publicSite : Self.restrictedSite
        for table in try Self.tables(site) {
            let url = try #require(table["url"] as? String)
            let schema = try #require(table["tableSchema"] as? [String: Any])
            let columns = try #require(schema["columns"] as? [[String: Any]])
            let header = RenderingTests.read(site + "/data/" + url).split(separator: "\n").first.map { $0.split(separator: ",").map(String.init) }
            #expect(columns.map { $0["name"] as? String } == header ?? [], "\(url)")
            for column in columns {
                #expect(column["titles"] as? String == column["name"] as? String)
                #expect(!((column["dc:description"] as? String) ?? "").isEmpty)
                #expect(column["datatype"] != nil)
            }
            let key = try #require(schema["primaryKey"] as? [String])
            #expect(Set(key).isSubset(of: Set(columns.compactMap { $0["name"] as? String })))
        }
    }

    /// The metadata is right about the data: every value of every file matches its column's
    /// datatype and format, and the primary key names one row.
    @Test(arguments: [Audience.public, .restricted])
    func everyValueOfEveryFileMatchesItsColumn(_ audience: Audience) throws {
        let site = audience == .public ? Self.publicSite : Self.restrictedSite
        var checked = 0
        for table in try Self.tables(site) {
            let url = try #require(table["url"] as? String)
            let validator = try CSVWColumnCheck(table)
            let rows = RenderingTests.read(site + "/data/" + url).split(separator: "\n").dropFirst()
                .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            #expect(!rows.isEmpty, "\(url) has no rows to check")
            for (i, row) in rows.enumerated() {
                let problems = validator.problems(row)
                #expect(problems.isEmpty, "\(url) line \(i + 2): \(problems)")
                checked += 1
            }
            #expect(validator.repeatedKeys(rows).isEmpty, "\(url): the primary key repeats")
        }
        #expect(checked > 100)
        #expect(
            RenderingTests.read(site + "/data/rejections.csv").contains("cases.csv,8,,wrong_field_count\n"),
            "a rejection with an empty column is checked")
    }

    /// The check above can fail: a misspelt metric, a rate with five places, a count with a
    /// letter, an empty required value and a repeated key are each caught.
    @Test func theValueCheckCatchesValuesTheMetadataForbids() throws {
        let metrics = try #require(try Self.tables(Self.publicSite).first)
        let check = try CSVWColumnCheck(metrics)
        #expect(check.problems(["national", "all", "referrals", "all", "12"]).isEmpty)
        #expect(check.problems(["national", "all", "referralls", "all", "12"]).count == 1)
        #expect(check.problems(["national", "all", "action_compliance", "all", "0.12345"]).count == 1)
        #expect(check.problems(["nation", "all", "referrals", "grade=urgent", "[c]"]).count == 2)
        #expect(check.problems(["force", "", "referrals", "all", "12"]).count == 1)
        #expect(check.repeatedKeys([["force", "a", "referrals", "all", "1"], ["force", "a", "referrals", "all", "2"]]).count == 1)
        let quality = try CSVWColumnCheck(try Self.tables(Self.publicSite)[1])
        #expect(quality.problems(["cases.csv", "rows_read", "12a"]).count == 1)
        #expect(quality.problems(["cases.csv", "rejected:typo", "1"]).count == 1)
    }

    /// Every metric and every breakdown is described in the notes of metrics.csv, from the one
    /// place the tool keeps their words.
    @Test func everyMetricAndBreakdownIsDescribed() throws {
        let metrics = try #require(try Self.tables(Self.publicSite).first)
        let schemes = try #require(metrics["notes"] as? [[String: Any]])
        #expect(schemes.count == 2)
        let concepts = schemes.map { ($0["skos:hasTopConcept"] as? [[String: Any]]) ?? [] }
        #expect(concepts[0].map { $0["skos:notation"] as? String } == Metric.allCases.map(\.csvName))
        #expect(concepts[0].map { $0["skos:definition"] as? String } == Metric.allCases.map(\.definition))
        #expect(concepts[0].allSatisfy { !(($0["skos:prefLabel"] as? String) ?? "").isEmpty && $0["schema:unitText"] is String })
        #expect(concepts[1].map { $0["skos:notation"] as? String } == Breakdown.Dimension.allCases.map(\.pattern))
        #expect(concepts[1].allSatisfy { !(($0["skos:definition"] as? String) ?? "").isEmpty })
        let referrals = try #require(concepts[0].first)
        #expect(referrals["rdfs:comment"] as? String == "Breakdowns: all; source=S; quarter=YYYY-Qn")
    }

    /// Written by hand with keys in a fixed order, so the bytes never depend on a hash seed.
    @Test func theBytesAreTheSameEveryTimeWithKeysInTheirOrder() throws {
        let data = Fixture.dataset()
        let first = RenderingTests.read(try RenderingTests.build(data) + "/" + CSVWMetadata.path)
        #expect(first == RenderingTests.read(try RenderingTests.build(data) + "/" + CSVWMetadata.path))
        #expect(first.hasPrefix("{\n  \"@context\": \"http://www.w3.org/ns/csvw\",\n  \"dc:title\": \"Fixture publication\",\n"))
        #expect(first.contains("\"url\": \"metrics.csv\",\n      \"dc:title\": \"Every figure of the publication\","))
        #expect(first.hasSuffix("}\n"))
    }
}

/// The columns of a CSVW table description, as a check of rows: required values present,
/// `integer` and `date` values well formed, and string values matching their `format` (a
/// regular expression matched against the whole value).
struct CSVWColumnCheck {
    struct Column {
        var name: String
        var base: String
        var format: NSRegularExpression?
        var required: Bool
    }

    var columns: [Column] = []
    var primaryKey: [Int] = []

    init(_ table: [String: Any]) throws {
        let schema = try #require(table["tableSchema"] as? [String: Any])
        for column in try #require(schema["columns"] as? [[String: Any]]) {
            let name = try #require(column["name"] as? String)
            var base = column["datatype"] as? String ?? "string"
            var format: NSRegularExpression?
            if let datatype = column["datatype"] as? [String: Any] {
                base = try #require(datatype["base"] as? String)
                if let pattern = datatype["format"] as? String { format = try NSRegularExpression(pattern: "^(?:" + pattern + ")$") }
            }
            columns.append(Column(name: name, base: base, format: format, required: column["required"] as? Bool ?? false))
        }
        let names = columns.map(\.name)
        primaryKey = ((schema["primaryKey"] as? [String]) ?? []).compactMap { names.firstIndex(of: $0) }
    }

    /// What is wrong with a row, one message a problem.
    func problems(_ row: [String]) -> [String] {
        guard row.count == columns.count else { return ["\(row.count) fields, \(columns.count) columns"] }
        var problems: [String] = []
        for (column, value) in zip(columns, row) {
            if value.isEmpty {
                if column.required { problems.append("\(column.name): empty") }
                continue
            }
            switch column.base {
            case "integer":
                if Int(value) == nil { problems.append("\(column.name): \(value) is not an integer") }
            case "date":
                if value.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}/) == nil { problems.append("\(column.name): \(value) is not a date") }
            default:
                if let format = column.format, format.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)) == nil {
                    problems.append("\(column.name): \(value) does not match its format")
                }
            }
        }
        return problems
    }

    /// The primary keys that more than one row has.
    func repeatedKeys(_ rows: [[String]]) -> [[String]] {
        var seen = Set<[String]>(), repeated: [[String]] = []
        for row in rows where row.count == columns.count {
            let key = primaryKey.map { row[$0] }
            if !seen.insert(key).inserted { repeated.append(key) }
        }
        return repeated
    }
}
