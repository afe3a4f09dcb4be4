import Testing

@testable import InspectionReport

@Suite("CommonMark")
struct CommonMarkTests {
    @Test func rendersMarkdown() {
        #expect(CommonMark.html("Act **quickly**.") == "<p>Act <strong>quickly</strong>.</p>\n")
        #expect(CommonMark.html("- one\n- two") == "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n")
    }

    @Test func dropsRawHTMLAndUnsafeLinks() {
        let html = CommonMark.html("<script>alert(1)</script>\n\n[x](javascript:alert(1))")
        #expect(!html.contains("<script>"))
        #expect(html.contains("raw HTML omitted"))
        #expect(html.contains("href=\"\""))
    }

    @Test func smartPunctuation() {
        #expect(CommonMark.html("\"quoted\" -- dash") == "<p>\u{201C}quoted\u{201D} \u{2013} dash</p>\n")
    }
}
