import Testing

@testable import InspectionReport

/// Each escaping function on the characters that could turn data into markup.
@Suite("Escaping")
struct EscapingTests {
    // MARK: HTML

    @Test(arguments: [
        ("Alpha Police", "Alpha Police"),
        ("<>&\"'", "&lt;&gt;&amp;&quot;&#39;"),
        ("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
        ("Tom & Jerry's \"caf\u{E9}\"", "Tom &amp; Jerry&#39;s &quot;caf\u{E9}&quot;"),
        ("&amp;", "&amp;amp;"),
        // Markdown has no meaning in HTML: left as it is.
        ("*_[]()#|`\\", "*_[]()#|`\\"),
        ("# heading", "# heading"),
        ("- item", "- item"),
        ("1. first", "1. first"),
        ("two\nlines", "two\nlines"),
        ("", ""),
    ])
    func html(_ input: String, _ expected: String) {
        #expect(Escaping.html(input) == expected)
    }

    // MARK: Markdown inline text

    @Test(arguments: [
        ("Alpha Police", "Alpha Police"),
        ("<>&\"'", "\\<\\>\\&\"'"),
        ("<script>", "\\<script\\>"),
        ("*_[]()#|`", "\\*\\_\\[\\]()\\#\\|\\`"),
        ("{}!~", "\\{\\}\\!\\~"),
        ("back\\slash", "back\\\\slash"),
        ("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"),
        ("![img](http://x)", "\\!\\[img\\](http://x)"),
        ("&amp;", "\\&amp;"),
        // Block starts at the beginning of the text.
        ("# Heading", "\\# Heading"),
        ("- item", "\\- item"),
        ("+ item", "\\+ item"),
        ("> quote", "\\> quote"),
        // A hyphen or plus inside the text starts nothing.
        ("North-East + West - South", "North-East + West - South"),
        // Line breaks could end a heading or a table row: each becomes a space.
        ("two\nlines", "two lines"),
        ("crlf\r\nline", "crlf  line"),
        ("tab\there", "tab here"),
        ("", ""),
        ("caf\u{E9} \u{20AC}", "caf\u{E9} \u{20AC}"),
    ])
    func markdown(_ input: String, _ expected: String) {
        #expect(Escaping.markdown(input) == expected)
    }

    /// `force.md.mustache` starts a paragraph with `{{force_name}}`, so a name like "1. Alpha"
    /// would open an ordered list there (docs/data-contract.md, "Text": no input text can open a
    /// block).
    @Test(arguments: [
        ("1. Alpha Police", "1\\. Alpha Police"), ("2024) Police", "2024\\) Police"), ("7.", "7\\."),
        // Not a marker: no space after it, or not leading.
        ("0.950", "0.950"), ("Unit 1. Alpha", "Unit 1. Alpha"),
        // A setext underline, and leading spaces that could indent a code block.
        ("===", "\\==="), ("    code", "&#32;&#32;&#32;&#32;code"),
    ])
    func markdownLeadingOrderedListMarker(_ input: String, _ expected: String) {
        #expect(Escaping.markdown(input) == expected)
    }

    /// What the escaped text renders as: the text itself, in one paragraph.
    @Test func escapedMarkdownRendersAsTheText() {
        let escaped = Escaping.markdown("# <b>*Alpha*</b> & [x](y)\n- z")
        #expect(escaped == "\\# \\<b\\>\\*Alpha\\*\\</b\\> \\& \\[x\\](y) - z")
        #expect(CommonMark.html(escaped) == "<p># &lt;b&gt;*Alpha*&lt;/b&gt; &amp; [x](y) - z</p>\n")
    }

    // MARK: Markdown prose

    /// Prose is a block: the sanitised Markdown and its HTML, from one tree.
    @Test(arguments: [
        ("Act **quickly**.", "Act **quickly**.\n", "<p>Act <strong>quickly</strong>.</p>\n"),
        ("a < b", "a \\< b\n", "<p>a &lt; b</p>\n"),
        // Raw HTML is dropped, not shown as text.
        ("<script>alert(1)</script>", "", ""),
        ("a <b>bold</b> c", "a bold c\n", "<p>a bold c</p>\n"),
        // Markdown stays Markdown, re-serialised; a heading becomes a strong paragraph.
        ("- one\n- two\n\n# Title", "  - one\n  - two\n\n**Title**\n", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<p><strong>Title</strong></p>\n"),
        ("a > b & \"c\" 'd'", "a \\> b & \u{201C}c\u{201D} \u{2018}d\u{2019}\n", "<p>a &gt; b &amp; \u{201C}c\u{201D} \u{2018}d\u{2019}</p>\n"),
        ("", "", ""),
    ])
    func prose(_ input: String, _ markdown: String, _ html: String) {
        let block = Escaping.prose(input)
        #expect(block.markdown == markdown)
        #expect(block.html == html)
    }
}
