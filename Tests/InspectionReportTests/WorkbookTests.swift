import Foundation
import Testing
import ZIPFoundation

@testable import InspectionReport

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `data/inspection-report.ods`, read back by ``OpenDocumentReader`` (ZIPFoundation's reader
/// and Foundation's XML parser), never by the code that wrote it.
@Suite("Workbook")
struct WorkbookTests {
    static let marking = "OFFICIAL-SENSITIVE"
    static let sheetNames = ["Cover", "Contents", "Notes", "Definitions", "Breakdowns", "Forces", "Regions", "Metrics", "Quality"]

    static let publicSite: String = try! RenderingTests.build(Fixture.dataset())
    static let restrictedSite: String = try! RenderingTests.build(Fixture.dataset(), audience: .restricted)

    static func bytes(_ site: String) throws -> [UInt8] {
        [UInt8](try #require(FileManager.default.contents(atPath: site + "/" + Workbook.path), "no workbook in \(site)"))
    }

    static func workbook(_ site: String) throws -> OpenDocumentReader {
        try OpenDocumentReader(bytes(site))
    }

    /// The rows of a CSV file of the site without quoted fields (the fixtures have none).
    static func csv(_ site: String, _ name: String) -> [[String]] {
        RenderingTests.read(site + "/data/" + name).split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
    }

    /// The OpenDocument rule: `mimetype` is the first entry, stored, so that its media type
    /// sits at byte 38 of the file for programs that sniff it.
    @Test func theContainerStartsWithTheMimetypeStoredUncompressed() throws {
        let bytes = try Self.bytes(Self.publicSite)
        #expect(Array(bytes[0..<4]) == [0x50, 0x4B, 0x03, 0x04], "a local file header first")
        #expect(bytes[8] == 0 && bytes[9] == 0, "compression method 0 (stored)")
        #expect(bytes[26] == 8 && bytes[27] == 0 && bytes[28] == 0 && bytes[29] == 0, "an 8-byte name and no extra field")
        #expect(String(decoding: bytes[30..<38], as: UTF8.self) == "mimetype")
        #expect(String(decoding: bytes[38..<84], as: UTF8.self) == "application/vnd.oasis.opendocument.spreadsheet")
        let workbook = try Self.workbook(Self.publicSite)
        #expect(workbook.entries.map(\.path) == ["mimetype", "META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml"])
        #expect(workbook.entries.map(\.compressed) == [false, true, true, true, true])
        let manifest = String(decoding: try #require(workbook.files["META-INF/manifest.xml"]), as: UTF8.self)
        for path in ["content.xml", "styles.xml", "meta.xml"] {
            #expect(manifest.contains("manifest:full-path=\"\(path)\" manifest:media-type=\"text/xml\""))
            _ = try XMLDocument(data: Data(try #require(workbook.files[path])))
        }
        #expect(
            manifest.contains(
                "manifest:full-path=\"/\" manifest:version=\"1.2\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\""))
    }

    /// Reproducible bytes: every entry is dated the publication day (here 1 August 2024), never
    /// the moment of the build.
    @Test func everyEntryIsDatedThePublishedDay() throws {
        let archive = try Archive(data: Data(try Self.bytes(Self.publicSite)), accessMode: .read)
        let published = Date(timeIntervalSince1970: TimeInterval(try #require(Day(year: 2024, month: 8, day: 1)).number) * 86_400)
        for entry in archive {
            #expect(entry.fileAttributes[.modificationDate] as? Date == published, "\(entry.path)")
        }
        let meta = String(decoding: try #require(try Self.workbook(Self.publicSite).files["meta.xml"]), as: UTF8.self)
        #expect(meta.contains("<meta:creation-date>2024-08-01T00:00:00</meta:creation-date>"))
        #expect(meta.contains("<dc:title>Fixture publication</dc:title><dc:language>en-GB</dc:language>"))
    }

    @Test func twoBuildsGiveTheSameBytes() throws {
        let data = Fixture.dataset()
        #expect(try Self.bytes(try RenderingTests.build(data)) == Self.bytes(try RenderingTests.build(data)))
    }

    /// "Releasing statistics in spreadsheets": one table per sheet, its title in A1, one header
    /// row marked as such, no merged cells, no blank rows or cells inside a table.
    @Test(arguments: [Audience.public, .restricted])
    func everySheetIsOneTableWithItsTitleInA1(_ audience: Audience) throws {
        let workbook = try Self.workbook(audience == .public ? Self.publicSite : Self.restrictedSite)
        #expect(workbook.sheets.map(\.name) == Self.sheetNames)
        #expect(workbook.sheets.map(\.name) == Workbook.guide.map(\.name), "the data dictionary's guide names the sheets")
        for sheet in workbook.sheets {
            let merged = sheet.rows.joined().contains { $0.spanned }
            #expect(!merged, "\(sheet.name) has a merged cell")
            #expect(!sheet.rows.contains { $0.allSatisfy { $0.text.isEmpty } }, "\(sheet.name) has an empty row")
            let a1 = try #require(sheet.rows.first?.first)
            #expect(a1.type == "string" && !a1.text.isEmpty, "\(sheet.name): A1 holds no title")
            guard sheet.name != "Cover" else {
                #expect(sheet.headerRows.isEmpty)
                #expect(sheet.rows.allSatisfy { $0.count == 1 }, "the cover is one column")
                continue
            }
            #expect(sheet.headerRows == [2], "\(sheet.name): the header row is row 3 and the only one")
            let header = sheet.rows[2]
            #expect(header.allSatisfy { $0.type == "string" && !$0.text.isEmpty })
            #expect(sheet.rows.count > 3, "\(sheet.name): a table with no rows")
            for (i, row) in sheet.rows.enumerated().dropFirst(3) {
                #expect(
                    row.count == header.count && row.allSatisfy { $0.type != nil && !$0.text.isEmpty },
                    "\(sheet.name) row \(i + 1) is not a full row of the table: \(row.map(\.text))")
            }
        }
        let contents = try #require(workbook.sheet("Contents"))
        #expect(contents.rows.dropFirst(3).map { $0[0].text } == Array(Self.sheetNames.dropFirst(2)))
        #expect(contents.rows.dropFirst(3).map { $0[0].link } == Self.sheetNames.dropFirst(2).map { "#\($0).A1" })
        #expect(contents.rows.dropFirst(3).map { $0[1].text } == workbook.sheets.dropFirst(2).map { $0.rows[0][0].text })
    }

    /// The Metrics sheet is `metrics.csv`: every row, in order; numbers stored as numbers with
    /// the file's text as their value, `[c]` and words as strings.
    @Test(arguments: [Audience.public, .restricted])
    func theMetricsSheetIsMetricsCSV(_ audience: Audience) throws {
        let site = audience == .public ? Self.publicSite : Self.restrictedSite
        let sheet = try #require(try Self.workbook(site).sheet("Metrics"))
        let csv = Self.csv(site, "metrics.csv")
        #expect(sheet.texts(2) == csv[0])
        let rows = Array(sheet.rows.dropFirst(3))
        #expect(rows.count == csv.count - 1)
        var numbers = 0, symbols = 0, words = 0
        for (row, expected) in zip(rows, csv.dropFirst()) {
            #expect(row.prefix(4).map(\.text) == Array(expected.prefix(4)))
            #expect(row.prefix(4).allSatisfy { $0.type == "string" })
            let value = row[4], text = expected[4]
            if text.wholeMatch(of: /-?[0-9]+(\.[0-9]{6})?/) != nil {
                #expect(value.type == "float" && value.value == text && value.text == text, "\(expected): \(value)")
                numbers += 1
            } else {
                #expect(value.type == "string" && value.value == nil && value.text == text, "\(expected): \(value)")
                if text == "[c]" { symbols += 1 } else { words += 1 }
            }
        }
        #expect(numbers > 0 && words > 0)
        #expect(audience == .public ? symbols > 0 : symbols == 0)
    }

    /// A spreadsheet shows a number in its general format (0.74041); a style with six decimal
    /// places shows a proportion as `metrics.csv` writes it (0.740410). Whole numbers keep the
    /// general format.
    @Test func decimalsAreShownWithAllTheirPlaces() throws {
        let workbook = try Self.workbook(Self.restrictedSite)
        let content = String(decoding: try #require(workbook.files["content.xml"]), as: UTF8.self)
        #expect(
            content.contains(
                """
                <number:number-style style:name=\"N6\"><number:number number:decimal-places=\"6\" \
                number:min-integer-digits=\"1\"/></number:number-style>
                """
            ))
        #expect(
            content.contains(
                """
                <style:style style:name=\"ce-decimal6\" style:family=\"table-cell\" style:parent-style-name=\"Default\" \
                style:data-style-name=\"N6\"/>
                """
            ))
        let numbers = workbook.sheets.flatMap { $0.rows.joined() }.filter { $0.type == "float" }
        #expect(numbers.contains { $0.text.contains(".") } && numbers.contains { !$0.text.contains(".") })
        for cell in numbers {
            #expect(cell.style == (cell.text.contains(".") ? "ce-decimal6" : nil), "\(cell.text)")
        }
    }

    @Test func theQualitySheetIsQualityCSV() throws {
        let settings = RenderingTests.read(Fixture.root.appendingPathComponent("base/report.yml").path) + "quality:\n  max_rejected_share: 1\n"
        let site = try RenderingTests.build(Fixture.dataset(replacing: ["cases.csv": "cases/invalid_date.csv"], writing: ["report.yml": settings]))
        let sheet = try #require(try Self.workbook(site).sheet("Quality"))
        let csv = Self.csv(site, "quality.csv")
        #expect(csv.contains { $0[1].hasPrefix("rejected:") })
        #expect(sheet.rows.dropFirst(2).map { $0.map(\.text) } == csv)
        #expect(sheet.rows.dropFirst(3).allSatisfy { $0[2].type == "float" && $0[2].value == $0[2].text })
    }

    /// Each figure of the Forces and Regions tables is its area's `all` row of `metrics.csv`,
    /// as the row shows it, and `–` where the file has no row.
    @Test(arguments: [Audience.public, .restricted])
    func forcesAndRegionsShowTheirAreasRows(_ audience: Audience) throws {
        let site = audience == .public ? Self.publicSite : Self.restrictedSite
        let workbook = try Self.workbook(site)
        var rows: [String: String] = [:]
        for row in Self.csv(site, "metrics.csv").dropFirst() where row[3] == "all" { rows["\(row[0]),\(row[1]),\(row[2])"] = row[4] }
        let forces = try #require(workbook.sheet("Forces"))
        #expect(forces.texts(2) == ["Force", "Force ID", "Region"] + Workbook.keyMetrics.map(\.label))
        #expect(
            forces.rows.dropFirst(3).map { $0[0...2].map(\.text) } == [
                ["Alpha Police", "alpha", "North"], ["Beta Constabulary", "beta", "North"], ["Gamma Police", "gamma", "South"],
            ])
        let regions = try #require(workbook.sheet("Regions"))
        #expect(
            regions.rows.dropFirst(3).map { $0[0...1].map(\.text) } == [
                ["England and Wales", "national"], ["North", "region"], ["South", "region"],
            ])
        var shown = 0
        for (sheet, key) in [
            (forces, { (row: [OpenDocumentReader.Cell]) in "force,\(row[1].text)" }),
            (regions, { row in row[1].text == "national" ? "national,all" : "region,\(row[0].text)" }),
        ] {
            let first = sheet.rows[2].count - Workbook.keyMetrics.count
            for row in sheet.rows.dropFirst(3) {
                for (metric, cell) in zip(Workbook.keyMetrics, row[first...]) {
                    let expected = rows["\(key(row)),\(metric.csvName)"] ?? Workbook.noFigure
                    #expect(cell.text == expected, "\(sheet.name) \(row[0].text) \(metric.csvName)")
                    #expect(cell.type == (expected.first?.isNumber == true || expected.hasPrefix("-") ? "float" : "string"))
                    shown += 1
                }
            }
        }
        #expect(shown == 6 * Workbook.keyMetrics.count)
    }

    /// `docs/data-contract.md`, "Audiences": a restricted workbook carries the marking in A1 of its
    /// cover (and on every printed page); a public one nowhere.
    @Test func theRestrictedCoverCarriesTheMarkingInA1AndThePublicWorkbookNowhere() throws {
        let restricted = try Self.workbook(Self.restrictedSite)
        let cover = try #require(restricted.sheet("Cover"))
        #expect(cover.rows.first?.first?.text == Self.marking)
        #expect(cover.rows.last?.first?.text == Self.marking)
        #expect(cover.rows[1].first?.text == "Fixture publication")
        let styles = String(decoding: try #require(restricted.files["styles.xml"]), as: UTF8.self)
        #expect(
            styles.contains(
                "<style:header><text:p>\(Self.marking)</text:p></style:header><style:footer><text:p>\(Self.marking)</text:p></style:footer>"))
        let pack = try Self.workbook(try RenderingTests.build(Fixture.dataset(), audience: .forcePack("alpha")))
        #expect(pack.sheet("Cover")?.rows.first?.first?.text == Self.marking)
        for (path, bytes) in try Self.workbook(Self.publicSite).files {
            #expect(!String(decoding: bytes, as: UTF8.self).contains(Self.marking), "\(path)")
        }
        let publicCover = try #require(try Self.workbook(Self.publicSite).sheet("Cover"))
        #expect(publicCover.rows.first?.first?.text == "Fixture publication")
    }

    /// The cover states the publication settings (`docs/data-contract.md`, "Settings") and the
    /// symbols.
    @Test func theCoverStatesThePublicationSettings() throws {
        let settings = """
            title: Fixture publication
            period:
              start: 2024-01-01
              end: 2024-06-30
            as_of: 2024-07-31
            publication:
              status: Official statistics in development
              producer: HM Inspectorate & Co <stats>
              contact: stats@example.org
              next_release: 2025-01-15
              revisions: |
                Figures are revised in the *next* edition; see
                [our policy](https://example.org/revisions).

            """
        let site = try RenderingTests.build(Fixture.dataset(writing: ["report.yml": settings]))
        let cover = try #require(try Self.workbook(site).sheet("Cover"))
        let lines = cover.rows.map { $0[0].text }
        for (heading, text) in [
            ("Period covered", "1 January 2024 to 30 June 2024"), ("Published", "1 August 2024"),
            ("Status of the statistics", "Official statistics in development"), ("Producer", "HM Inspectorate & Co <stats>"),
            ("Contact", "stats@example.org"), ("Next release", "15 January 2025"),
            ("Revisions policy", "Figures are revised in the next edition; see our policy (https://example.org/revisions)."),
        ] {
            let i = try #require(lines.firstIndex(of: heading), "no \(heading)")
            #expect(lines[i + 1] == text)
        }
        #expect(
            lines.contains { $0.hasPrefix("[c]: suppressed to protect confidentiality: a count from 1 to 4 (below the disclosure threshold of 5)") })
        #expect(lines.contains { $0.hasPrefix("–: there is nothing to compute") })
        #expect(lines.contains("Public. Statistical disclosure control has been applied to every figure about cases."))
        let publicCover = try #require(try Self.workbook(Self.publicSite).sheet("Cover"))
        #expect(!publicCover.rows.map { $0[0].text }.contains("Producer"), "no producer line without a producer")
        // The data dictionary states them too, as every page does.
        let dictionary = RenderingTests.read(site + "/data-dictionary.md")
        for text in [
            "**Official statistics in development.**", "Next release: 15 January 2025.", "- Producer: HM Inspectorate \\& Co \\<stats\\>.",
            "- Contact: stats@example.org.", "**Revisions policy.**", "[our policy](https://example.org/revisions)",
        ] {
            #expect(dictionary.contains(text), "\(text)")
        }
    }

    /// Names and titles from the inputs read back exactly: markup characters escaped, runs of
    /// spaces kept (an ODF paragraph would collapse them), nothing altered.
    @Test func textFromTheInputsReadsBackExactly() throws {
        let forces =
            """
            force_id,name,region,child_population\nalpha,Alpha  &  <b>Police</b>,North & East,20000\nbeta,\"\"\"Beta\"\" 'Constabulary'   \
            x\",North & East,10000\ngamma,Gämma Pölice ✓,South]]>,\n
            """
        let settings = "title: \"A <title> & 'more'  spaced\"\nperiod:\n  start: 2024-01-01\n  end: 2024-06-30\nas_of: 2024-07-31\n"
        let site = try RenderingTests.build(Fixture.dataset(writing: ["forces.csv": forces, "report.yml": settings]))
        let workbook = try Self.workbook(site)
        let rows = try #require(workbook.sheet("Forces")).rows.dropFirst(3)
        #expect(rows.map { $0[0].text } == ["Alpha  &  <b>Police</b>", "\"Beta\" 'Constabulary'   x", "Gämma Pölice ✓"])
        #expect(rows.map { $0[2].text } == ["North & East", "North & East", "South]]>"])
        #expect(try #require(workbook.sheet("Regions")).rows.dropFirst(3).map { $0[0].text } == ["England and Wales", "North & East", "South]]>"])
        #expect(workbook.sheet("Cover")?.rows.first?.first?.text == "A <title> & 'more'  spaced")
        let content = String(decoding: try #require(workbook.files["content.xml"]), as: UTF8.self)
        #expect(!content.contains("<b>") && content.contains("Alpha <text:s/>&amp; <text:s/>&lt;b&gt;Police&lt;/b&gt;"))
    }

    /// The workbook's size follows the areas, never the cases: the restricted annex of open
    /// cases (`open-overdue-cases.csv`) is not in it.
    @Test func theRestrictedWorkbookLeavesOutTheOpenCases() throws {
        let cases =
            """
            case_id,force_id,source,received,risk_assessed,risk_grade,review_grade,child_in_household,action,arrested,partner_referral,pnd_check\
            ed,allocation\n
            """
            + "OPENCASEQ17,alpha,nca,2024-01-10,2024-01-11,high,,,,,,,\nWAITINGQ42,beta,nca,2024-02-10,,,,,,,,,\n"
        let site = try RenderingTests.build(Fixture.dataset(writing: ["cases.csv": cases]), audience: .restricted)
        let annex = RenderingTests.read(site + "/data/open-overdue-cases.csv")
        #expect(annex.contains("OPENCASEQ17") && annex.contains("WAITINGQ42"))
        for (path, bytes) in try Self.workbook(site).files {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.contains("OPENCASEQ17") && !text.contains("WAITINGQ42"), "\(path) holds a case id")
        }
    }
}
