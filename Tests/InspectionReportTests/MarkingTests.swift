import Foundation
import Testing

@testable import InspectionReport

/// `docs/data-contract.md`, "Audiences": every restricted output carries the marking wherever its
/// format allows; public outputs never do.
@Suite("Protective marking")
struct MarkingTests {
    static let marking = "OFFICIAL-SENSITIVE"

    static func lines(_ text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: true)
    }

    @Test func restrictedPagesCarryTheMarkingInTheTitleAndAtTheTopAndBottom() throws {
        let site = try RenderingTests.build(Fixture.dataset(), audience: .restricted)
        for page in ["index.html", "forces/alpha.html", "data-dictionary.html"] {
            let html = RenderingTests.read(site + "/" + page)
            let title = try #require(html.firstMatch(of: /<title>([^<]*)<\/title>/)?.1)
            #expect(title.hasPrefix(Self.marking), "\(page): \(title)")
            let body = try #require(html.range(of: "<body>").map { html[$0.upperBound...] })
            // The first thing after the skip link, and the last thing before </body>.
            let top = Self.lines(String(body)).dropFirst().first ?? ""
            #expect(top.hasPrefix("<p class=\"marking marking-top\" role=\"note\"><strong>\(Self.marking)</strong>"), "\(page): \(top)")
            let tail = Self.lines(String(body)).suffix(3)
            #expect(
                Array(tail) == ["<p class=\"marking marking-bottom\" role=\"note\"><strong>\(Self.marking)</strong></p>", "</body>", "</html>"],
                "\(page)")
            // In print, the page rules repeat it in the margins of every page.
            #expect(html.contains("@top-center { content: \"\(Self.marking)\""))
            #expect(html.contains("@bottom-center { content: \"\(Self.marking)\""))
        }
    }

    @Test func restrictedMarkdownStartsAndEndsWithTheMarking() throws {
        let site = try RenderingTests.build(Fixture.dataset(), audience: .restricted)
        for file in ["national.md", "forces/alpha.md", "forces/beta.md", "data-dictionary.md"] {
            let lines = Self.lines(RenderingTests.read(site + "/" + file))
            #expect(lines.first == Substring(Self.marking), "\(file)")
            #expect(lines.last == Substring(Self.marking), "\(file)")
        }
    }

    @Test func noPublicOutputCarriesTheMarking() throws {
        let files = RenderingTests.files(try RenderingTests.build(Fixture.dataset()))
        #expect(files.count > 10)
        for (path, data) in files {
            #expect(!String(decoding: data, as: UTF8.self).contains(Self.marking), "\(path) carries the marking")
        }
    }
}
