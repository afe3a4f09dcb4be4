import Foundation
import Testing

@testable import InspectionReport

/// `docs/data-contract.md`, "Audiences": a force pack is the public build with one force's own
/// figures as computed and its annex; nothing of any other force that the public cannot see; marked
/// as restricted.
@Suite("Force packs")
struct ForcePackTests {
    /// `area_type,area,metric,breakdown` → value, for every row of a `metrics.csv`.
    static func rows(_ site: String) -> [String: String] {
        var rows: [String: String] = [:]
        for line in RenderingTests.read(site + "/data/metrics.csv").split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            rows[fields.dropLast().joined(separator: ",")] = String(fields.last!)
        }
        return rows
    }

    @Test func aPackShowsItsOwnForceAsComputedAndEveryOtherFigureAsPublished() throws {
        let data = Fixture.dataset()
        let pack = Self.rows(try RenderingTests.build(data, audience: .forcePack("alpha")))
        let published = Self.rows(try RenderingTests.build(data, audience: .public))
        let restricted = Self.rows(try RenderingTests.build(data, audience: .restricted))
        #expect(pack.keys.sorted() == published.keys.sorted())
        var ownHidden = 0
        for (key, value) in pack {
            if key.hasPrefix("force,alpha,") {
                #expect(value == restricted[key], "\(key)")
                if published[key] == "[c]" { ownHidden += 1 }
            } else {
                #expect(value == published[key], "\(key)")
            }
        }
        // The fixture's alpha has small counts, so the pack does show something the public cannot.
        #expect(ownHidden > 0)
    }

    @Test func aPackListsOnlyItsOwnCasesAndIsMarked() throws {
        let site = try RenderingTests.build(Fixture.dataset(), audience: .forcePack("alpha"))
        let annex = RenderingTests.read(site + "/data/open-overdue-cases.csv").split(separator: "\n")
        #expect(annex.first == "force_id,case_id,risk_grade,received,days_since_received")
        #expect(annex.dropFirst().allSatisfy { $0.hasPrefix("alpha,") })
        #expect(annex.count > 1)
        let alpha = RenderingTests.read(site + "/forces/alpha.html")
        let beta = RenderingTests.read(site + "/forces/beta.html")
        #expect(alpha.contains("Annex: open cases past their timescale"))
        #expect(!beta.contains("Annex: open cases past their timescale"))
        for page in ["index.html", "forces/alpha.html", "forces/beta.html"] {
            let html = RenderingTests.read(site + "/" + page)
            #expect(html.contains("<title>\(MarkingTests.marking): "), "\(page)")
            #expect(html.contains("Force pack for"), "\(page)")
        }
        for file in ["national.md", "forces/alpha.md", "forces/beta.md"] {
            let lines = MarkingTests.lines(RenderingTests.read(site + "/" + file))
            #expect(lines.first == Substring(MarkingTests.marking) && lines.last == Substring(MarkingTests.marking), "\(file)")
        }
        // No other force's case id anywhere in the pack.
        let restricted = try RenderingTests.build(Fixture.dataset(), audience: .restricted)
        let others = RenderingTests.read(restricted + "/data/open-overdue-cases.csv").split(separator: "\n").dropFirst()
            .filter { !$0.hasPrefix("alpha,") }.map { String($0.split(separator: ",")[1]) }
        #expect(!others.isEmpty)
        // The workbook is read inside its container: its deflated bytes can hold a short id
        // by chance.
        var texts: [(String, String)] = []
        for (path, bytes) in RenderingTests.files(site) {
            if path.hasSuffix(".ods") {
                let workbook = try OpenDocumentReader(Array(bytes))
                for (name, data) in workbook.files.sorted(by: { $0.key < $1.key }) {
                    texts.append((path + "/" + name, String(decoding: data, as: UTF8.self)))
                }
            } else {
                texts.append((path, String(decoding: bytes, as: UTF8.self)))
            }
        }
        for (path, text) in texts {
            for id in others { #expect(!text.contains(id), "\(path) holds \(id)") }
        }
    }
}
