import Foundation
import Testing

@testable import InspectionReport

/// `data-dictionary.html` and `.md`: every metric, breakdown and column of the open data, linked
/// from the national page's methodology.
@Suite("Data dictionary page")
struct DataDictionaryPageTests {
    static let publicSite: String = try! RenderingTests.build(Fixture.dataset())

    /// Each metric is a row of the metrics table, named as `metrics.csv` writes it, with its
    /// unit, breakdowns and definition; each breakdown and each column of the data files too.
    @Test func everyMetricBreakdownAndColumnIsListed() throws {
        let html = RenderingTests.read(Self.publicSite + "/data-dictionary.html")
        for metric in Metric.allCases {
            let row =
                """
                <tr><th scope=\"row\">\(metric.csvName)</th><td>\(Escaping.html(metric.label))</td><td>\(Escaping.html(metric.unit.label))</td><\
                td>\(Escaping.html(metric.breakdownPatterns))</td><td>\(Escaping.html(metric.definition))</td></tr>
                """
            #expect(html.contains(row), "\(metric.csvName)")
        }
        for dimension in Breakdown.Dimension.allCases {
            #expect(
                html.contains("<tr><th scope=\"row\">\(Escaping.html(dimension.pattern))</th><td>\(Escaping.html(dimension.values))</td>"),
                "\(dimension.pattern)")
        }
        for file in DataDictionary.published {
            let table = try #require(
                html.components(separatedBy: "<caption id=\"dictionary-\(file.name.dropLast(4))-columns-caption\">").dropFirst().first,
                "no table of the columns of \(file.name)")
            let names = table.components(separatedBy: "</table>")[0].matches(of: /<th scope="row">([^<]+)<\/th>/).map { String($0.1) }
            #expect(names == file.columns.map(\.name), "\(file.name)")
        }
        #expect(!html.contains("open-overdue-cases.csv"), "a public page names the restricted file")
        let markdown = RenderingTests.read(Self.publicSite + "/data-dictionary.md")
        #expect(markdown.hasPrefix("# Data dictionary\n"))
        #expect(markdown.contains("| referrals\\_per\\_10k\\_children | Referrals per 10,000 children |"))
    }

    /// The page links the data files, the workbook and the metadata, which the build wrote.
    @Test func theFilesItLinksExist() throws {
        let html = RenderingTests.read(Self.publicSite + "/data-dictionary.html")
        let links = Set(html.matches(of: /href="(data\/[^"#]+)"/).map { String($0.1) })
        #expect(
            links.isSuperset(of: [
                "data/metrics.csv", "data/quality.csv", "data/rejections.csv", "data/inspection-report.ods", "data/metrics.csv-metadata.json",
            ]))
        for link in links {
            #expect(FileManager.default.fileExists(atPath: Self.publicSite + "/" + link), "\(link)")
        }
        // Its own Markdown, and the national page not marked as the current one.
        #expect(html.contains("<li><a href=\"data-dictionary.md\">This page in Markdown</a></li>"))
        #expect(html.contains("<li><a href=\"index.html\">National publication</a></li>"))
        #expect(html.contains("<title>Data dictionary: Fixture publication</title>"))
    }

    @Test func theRestrictedPageDescribesTheAnnexFileAndCarriesTheMarking() throws {
        let site = try RenderingTests.build(Fixture.dataset(), audience: .restricted)
        let markdown = RenderingTests.read(site + "/data-dictionary.md")
        let lines = markdown.split(separator: "\n")
        #expect(lines.first == "OFFICIAL-SENSITIVE" && lines.last == "OFFICIAL-SENSITIVE")
        #expect(markdown.contains("## open-overdue-cases.csv"))
        #expect(markdown.contains("[open-overdue-cases.csv](data/open-overdue-cases.csv)"))
        #expect(
            RenderingTests.read(site + "/data-dictionary.html").contains("<title>OFFICIAL-SENSITIVE: Data dictionary: Fixture publication</title>"))
    }

    /// The national page's methodology links the dictionary, the workbook and the metadata, and
    /// its data-quality paragraph the two data-quality files.
    @Test func theNationalMethodologyLinksTheDictionaryAndTheDataQualityFiles() throws {
        let html = RenderingTests.read(Self.publicSite + "/index.html")
        let methodology = try #require(html.components(separatedBy: ">Methodology and data quality</h2>").dropFirst().first)
        let definitions = try #require(methodology.components(separatedBy: ">Data quality</h3>").first)
        for link in ["data-dictionary.html", "data/inspection-report.ods", "data/metrics.csv-metadata.json"] {
            #expect(definitions.contains("href=\"\(link)\""), "\(link)")
        }
        let quality = try #require(methodology.components(separatedBy: ">Data quality</h3>").dropFirst().first?.components(separatedBy: "<h3").first)
        #expect(quality.contains("<a href=\"data/rejections.csv\"><code>data/rejections.csv</code></a>"))
        #expect(quality.contains("<a href=\"data/quality.csv\"><code>data/quality.csv</code></a>"))
    }
}
