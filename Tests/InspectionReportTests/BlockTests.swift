import Foundation
import Testing

@testable import InspectionReport

/// Blocks become placeholder tokens in a template context, and the tokens become each
/// block's Markdown or HTML after rendering.
@Suite("Block")
struct BlockTests {
    static let a = Block(markdown: "| a |\n", html: "<table>a</table>\n")
    static let b = Block(markdown: "| b |\n", html: "<table>b</table>\n")

    @Test func resolveReplacesBlocksInsideNestedDictionariesAndArrays() throws {
        let context: [String: Any] = [
            "title": "T",
            "count": 3,
            "section": ["rows": [["name": "x", "table": Self.a], ["name": "y", "table": Self.b]] as [[String: Any]]] as [String: Any],
        ]
        var blocks: [Block] = []
        let resolved = try #require(Block.resolve(context, blocks: &blocks) as? [String: Any])
        #expect(blocks.map(\.markdown) == ["| a |\n", "| b |\n"])
        #expect(resolved["title"] as? String == "T")
        #expect(resolved["count"] as? Int == 3)
        let rows = try #require((resolved["section"] as? [String: Any])?["rows"] as? [[String: Any]])
        #expect(rows.map { $0["table"] as? String } == ["\n\nIRBLOCK0X\n\n", "\n\nIRBLOCK1X\n\n"])
        #expect(rows.map { $0["name"] as? String } == ["x", "y"])
    }

    /// Two blocks in one dictionary: whichever number each gets, its token leads back to it.
    @Test func resolveNumbersEachBlockByItsPlaceInTheList() throws {
        var blocks: [Block] = []
        let resolved = try #require(Block.resolve(["first": Self.a, "second": Self.b] as [String: Any], blocks: &blocks) as? [String: String])
        #expect(blocks.count == 2)
        let first = try #require(resolved["first"]), second = try #require(resolved["second"])
        #expect(Block.substituteMarkdown(first, blocks: blocks) == "| a |\n")
        #expect(Block.substituteMarkdown(second, blocks: blocks) == "| b |\n")
        #expect(Block.substitute("<p>\(first.trimmingCharacters(in: .newlines))</p>\n", blocks: blocks) == "<table>a</table>\n")
    }

    /// A template with a block on its own line between blank lines, as the templates write it:
    /// `Intro\n\n{{a}}\n\n{{b}}\n\nOutro\n` rendered with the resolved context.
    static let rendered = "Intro\n\n" + "\n\nIRBLOCK0X\n\n" + "\n\n" + "\n\nIRBLOCK1X\n\n" + "\n\nOutro\n"

    @Test func substituteMarkdownDropsTheBlankLinesThatResolveAdded() {
        #expect(
            Block.substituteMarkdown(Self.rendered, blocks: [Self.a, Self.b]) == """
                Intro

                | a |


                | b |


                Outro

                """)
    }

    @Test func substituteReplacesThePlaceholderParagraphs() {
        let html = CommonMark.html(Self.rendered)
        #expect(html == "<p>Intro</p>\n<p>IRBLOCK0X</p>\n<p>IRBLOCK1X</p>\n<p>Outro</p>\n")
        #expect(Block.substitute(html, blocks: [Self.a, Self.b]) == "<p>Intro</p>\n<table>a</table>\n<table>b</table>\n<p>Outro</p>\n")
    }

    /// A token with text around it and no wrapper: only the token is replaced.
    @Test func tokenInsideTextKeepsTheTextAroundIt() {
        #expect(Block.substitute("<p>see IRBLOCK1X here</p>\n", blocks: [Self.a, Self.b]) == "<p>see <table>b</table>\n here</p>\n")
        #expect(Block.substituteMarkdown("see IRBLOCK0X here", blocks: [Self.a]) == "see | a |\n here")
    }

    /// Text that only looks like a token is left alone.
    @Test(arguments: ["IRBLOCK2X", "IRBLOCKX", "IRBLOCK0", "IRBLOCK0Y", "irblock0x", "IRBLOCK-1X"])
    func textThatIsNotATokenIsKept(_ text: String) {
        #expect(Block.substituteMarkdown("a \(text) b", blocks: [Self.a, Self.b]) == "a \(text) b")
        #expect(Block.substitute("<p>\(text)</p>\n", blocks: [Self.a, Self.b]) == "<p>\(text)</p>\n")
    }

    @Test func noBlocksLeavesTheTextAsItIs() {
        #expect(Block.substituteMarkdown("IRBLOCK0X", blocks: []) == "IRBLOCK0X")
        #expect(Block.substitute("<p>IRBLOCK0X</p>\n", blocks: []) == "<p>IRBLOCK0X</p>\n")
    }

    /// Text from the data that spells a placeholder token must read as written
    /// (`docs/data-contract.md`, "Text": no input text can open a block of the page around it).
    @Test func dataThatSpellsATokenIsNotReplacedByABlock() throws {
        let recommendations =
            "id,title,owner,deadline,force_action,text\n1,Act within timescales,Chief constables,2024-03-31,yes,See IRBLOCK0X here.\n"
            + "2,Grade risk well,Chief constables,,yes,Use the tool.\n3,Publish guidance,College of Policing,2024-03-31,no,\n"
        let site = try RenderingTests.build(Fixture.dataset(writing: ["recommendations.csv": recommendations]))
        #expect(RenderingTests.read(site + "/national.md").contains("See IRBLOCK0X here."))
        #expect(RenderingTests.read(site + "/index.html").contains("See IRBLOCK0X here."))
    }
}

/// The marker of a page's tokens is one that the page's own text does not hold.
@Suite("Block marker")
struct BlockMarkerTests {
    @Test func markerAvoidsEveryText() {
        #expect(Block.marker(avoiding: []) == "IRBLOCK")
        #expect(Block.marker(avoiding: ["a", "b IRBLOCK0X"]) == "IRBLOCKZ")
        #expect(Block.marker(avoiding: ["IRBLOCK", "<p>IRBLOCKZ</p>"]) == "IRBLOCKZZ")
    }

    @Test func dataSpellingTheDefaultMarkerIsKeptAndTheBlockStillLands() {
        let block = Block(markdown: "| t |\n", html: "<table>t</table>\n")
        let marker = Block.marker(avoiding: ["See IRBLOCK0X."])
        var blocks: [Block] = []
        let token = Block.resolve(block, blocks: &blocks, marker: marker) as! String
        let page = "See IRBLOCK0X.\n\n" + token + "\n\nEnd\n"
        #expect(Block.substituteMarkdown(page, blocks: blocks, marker: marker) == "See IRBLOCK0X.\n\n| t |\n\n\nEnd\n")
        #expect(Block.substitute(CommonMark.html(page), blocks: blocks, marker: marker) == "<p>See IRBLOCK0X.</p>\n<table>t</table>\n<p>End</p>\n")
    }
}
