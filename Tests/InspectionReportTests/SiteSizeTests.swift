import Foundation
import Testing
@testable import InspectionReport

/// A scorecard names the forces of its region only (navigation and funnel table), so the
/// site grows linearly with the number of forces; the national page names every force.
@Suite("Site size")
struct SiteSizeTests {
    /// The text between `start` and the next `end` after it, or "" when `start` is absent.
    func section(_ text: String, from start: String, to end: String) -> String {
        guard let a = text.range(of: start), let b = text.range(of: end, range: a.upperBound..<text.endIndex) else { return "" }
        return String(text[a.lowerBound..<b.upperBound])
    }

    func links(_ text: String, _ prefix: String) -> Int {
        text.components(separatedBy: "href=\"\(prefix)forces/").count - 1
    }

    @Test func scorecardsNameOnlyTheForcesOfTheirRegion() throws {
        let data = Fixture.temporaryDirectory() + "/data"
        try SampleGenerator(caseCount: 4_000, seed: 11).write(to: data)
        let forces = try Fixture.read(data).forces
        let out = try RenderingTests.build(data)
        let national = RenderingTests.read(out + "/index.html")
        #expect(links(section(national, from: "<ul class=\"force-list\">", to: "</ul>"), "") == forces.count)
        #expect(links(section(national, from: "<table id=\"national-funnel-table\">", to: "</table>"), "") == forces.count)
        for force in forces {
            let page = RenderingTests.read(out + "/forces/\(force.id).html")
            let region = forces.filter { $0.region == force.region }.count
            let navigation = section(page, from: "<ul class=\"force-list\">", to: "</ul>")
            #expect(links(navigation, "../") == region, "\(force.id)")
            #expect(navigation.contains("href=\"../index.html#forces\""))
            let funnel = section(page, from: "<table id=\"force-funnel-table\">", to: "</table>")
            #expect(links(funnel, "../") == region, "\(force.id)")
            #expect(page.contains("href=\"../index.html#national-funnel-table\""))
            let markdown = RenderingTests.read(out + "/forces/\(force.id).md")
            #expect(markdown.contains("(../index.html#national-funnel-table)"))
        }
    }
}
