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
        // Restricted: the links do not depend on the audience, and a public build of 4,000
        // cases over 43 forces spends its time on secondary suppression.
        let out = try RenderingTests.build(data, audience: .restricted)
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
            #expect(markdown.contains("[Every force's figures are in the national publication](../national.md)"))
        }
    }

    @Test func scorecardFunnelsDrawEveryForceOnlyUpToTheLimit() throws {
        // 61 forces (one over the limit of 60), each with one case acted on in time and, for
        // every second force, one acted on late, so that the national rate is between 0 and 1.
        func dataset(forces count: Int) throws -> String {
            let ids = (0..<count).map { String(format: "f%02d", $0) }
            let forces = "force_id,name,region,child_population\n" + ids.map { "\($0),Force \($0),North,1000\n" }.joined()
            var cases = [
                """
                case_id,force_id,source,received,risk_assessed,risk_grade,review_grade,child_in_household,action,arrested,partner_referral,pnd_c\
                hecked,allocation
                """
            ]
            for (i, id) in ids.enumerated() {
                cases.append("M\(i),\(id),nca,2024-02-01,2024-02-01,high,,,2024-02-02,,,,")
                if i % 2 == 0 { cases.append("L\(i),\(id),nca,2024-02-01,2024-02-01,high,,,2024-03-01,,,,") }
            }
            return Fixture.dataset(writing: [
                "forces.csv": forces, "cases.csv": cases.joined(separator: "\n") + "\n",
                "progress.csv": "force_id,recommendation_id,status,updated,evidence\n",
            ])
        }
        /// The forces drawn: a dot each, and the scorecard's own force as a diamond.
        func circles(_ svg: String) -> Int {
            svg.components(separatedBy: "<circle").count - 1 + svg.components(separatedBy: "class=\"focal\"").count - 1
        }
        let within = try RenderingTests.build(try dataset(forces: Publication.scorecardFunnelForces), audience: .restricted)
        #expect(circles(RenderingTests.read(within + "/charts/f00-funnel.svg")) == Publication.scorecardFunnelForces)
        let over = try RenderingTests.build(try dataset(forces: Publication.scorecardFunnelForces + 1), audience: .restricted)
        #expect(circles(RenderingTests.read(over + "/charts/f00-funnel.svg")) == 1)
        #expect(circles(RenderingTests.read(over + "/charts/national-funnel.svg")) == Publication.scorecardFunnelForces + 1)
    }
}
