import Foundation
import Testing

@testable import InspectionReport

/// Markdown from the data, sanitised once and rendered from the same tree to both outputs
/// (`docs/data-contract.md`, "Text"). Each case is written out in full: the Markdown, then the
/// HTML.
@Suite("SafeMarkdown")
struct SafeMarkdownTests {
    @Test(arguments: [
        // Raw HTML is dropped: a whole HTML block, or the tags of inline HTML.
        ("<script>alert(1)</script>", "", ""),
        ("<img src=x onerror=alert(1)>", "", ""),
        ("<iframe src=x></iframe> done", "", ""),
        ("before\n\n<div>\nunclosed\n\nafter", "before\n\nafter\n", "<p>before</p>\n<p>after</p>\n"),
        ("a <b onclick=\"x\">bold</b> c <!-- note -->", "a bold c \n", "<p>a bold c </p>\n"),
        ("a <img src=x onerror=alert(1)> b", "a  b\n", "<p>a  b</p>\n"),
    ])
    func rawHTMLIsDropped(_ input: String, _ markdown: String, _ html: String) {
        let safe = SafeMarkdown(input)
        #expect(safe.markdown == markdown)
        #expect(safe.html == html)
    }

    /// A link whose destination has a scheme other than http, https or mailto keeps its text.
    @Test(arguments: [
        "[x](javascript:alert(1))",
        "[x](JavaScript:alert(1))",
        "[x](java&#115;cript:alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](< javascript:alert(1)>)",
        "[x](<\tjava\tscript:alert(1)>)",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "[x](DATA:text/html,hi)",
        "[x](vbscript:msgbox(1))",
        "[x](VBScript:msgbox(1))",
        "[x](file:///etc/passwd)",
        "[x][r]\n\n[r]: javascript:alert(1)",
        "![x](javascript:alert(1))",
        "![x](data:image/gif;base64,R0lGOD)",
    ])
    func unsafeDestinationIsDropped(_ input: String) {
        let safe = SafeMarkdown(input)
        #expect(safe.markdown == "x\n")
        #expect(safe.html == "<p>x</p>\n")
    }

    @Test func autolinkWithAnUnsafeSchemeBecomesText() {
        let safe = SafeMarkdown("<javascript:alert(1)>")
        #expect(safe.html == "<p>javascript:alert(1)</p>\n")
        #expect(!safe.html.contains("href"))
        #expect(CommonMark.html(safe.markdown) == safe.html)
    }

    @Test func safeDestinationsAreKept() {
        let safe = SafeMarkdown(
            "[a](https://x.example/a) [b](HTTP://x.example) [c](mailto:a@x.example) [d](../national.md#recommendations) [e](//x.example/e)")
        #expect(
            safe.markdown
                == "[a](https://x.example/a) [b](HTTP://x.example) [c](mailto:a@x.example) [d](../national.md#recommendations) [e](//x.example/e)\n")
        #expect(
            safe.html
                == """
                <p><a href=\"https://x.example/a\">a</a> <a href=\"HTTP://x.example\">b</a> <a href=\"mailto:a@x.example\">c</a> <a \
                href=\"../national.md#recommendations\">d</a> <a href=\"//x.example/e\">e</a></p>\n
                """
        )
    }

    /// No image is loaded: an image is shown as a link to what it would have loaded.
    @Test(arguments: [
        (
            "![pixel](https://tracker.example/p.gif)", "[pixel](https://tracker.example/p.gif)\n",
            "<p><a href=\"https://tracker.example/p.gif\">pixel</a></p>\n"
        ),
        (
            "![pixel](//tracker.example/p.gif \"t\")", "[pixel](//tracker.example/p.gif \"t\")\n",
            "<p><a href=\"//tracker.example/p.gif\" title=\"t\">pixel</a></p>\n"
        ),
        (
            "![](https://tracker.example/p.gif)", "<https://tracker.example/p.gif>\n",
            "<p><a href=\"https://tracker.example/p.gif\">https://tracker.example/p.gif</a></p>\n"
        ),
        ("![chart](chart.svg)", "[chart](chart.svg)\n", "<p><a href=\"chart.svg\">chart</a></p>\n"),
        // Inside a link: only the description, never a link in a link.
        ("[![a](https://x.example/i.png)](https://y.example)", "[a](https://y.example)\n", "<p><a href=\"https://y.example\">a</a></p>\n"),
    ])
    func imagesBecomeLinks(_ input: String, _ markdown: String, _ html: String) {
        let safe = SafeMarkdown(input)
        #expect(safe.markdown == markdown)
        #expect(safe.html == html)
        #expect(!safe.html.contains("<img"))
    }

    /// Headings become strong paragraphs; a rule, a code fence and a pipe line stay inside.
    @Test func blocksStayInside() {
        let safe = SafeMarkdown("# Heading\n\nSetext\n---\n\n---\n\n| a |\n\n```\ncode")
        #expect(safe.markdown == "**Heading**\n\n**Setext**\n\n-----\n\n| a |\n\n``` \ncode\n```\n")
        #expect(
            safe.html == "<p><strong>Heading</strong></p>\n<p><strong>Setext</strong></p>\n<hr />\n<p>| a |</p>\n<pre><code>code\n</code></pre>\n")
    }

    /// The Markdown output reads back as the HTML output: one document in both.
    @Test(arguments: [
        "Act **quickly** \"now\" -- please.",
        "- one\n- two\n\ntext\n\n1. first\n2. second",
        "> quoted *text*\n\n    code",
        "a\\<b & c_d_ [x](javascript:y) ![p](https://t.example/p.gif)",
        "# H\n\n```\n<script>\n```",
    ])
    func markdownRendersAsTheHTML(_ input: String) {
        let safe = SafeMarkdown(input)
        #expect(CommonMark.html(safe.markdown) == safe.html)
        #expect(SafeMarkdown(safe.markdown) == safe)
    }

    /// Two lists in a row would merge when re-read: libcmark writes its own HTML comment between
    /// them, the only HTML a Markdown output can hold, and none of it from the input.
    @Test func adjacentListsAreSeparatedByLibcmark() {
        let safe = SafeMarkdown("- one\n\n\n* two")
        #expect(safe.markdown == "  - one\n\n<!-- end list -->\n\n  - two\n")
        #expect(safe.html == "<ul>\n<li>one</li>\n</ul>\n<ul>\n<li>two</li>\n</ul>\n")
    }

    @Test(
        arguments: [
            ("https://x", "https"), ("JavaScript:x", "javascript"), (" \u{1}javascript:x", "javascript"),
            ("java\tscript:x", "javascript"), ("a+b.c-d:x", "a+b.c-d"),
            ("../a:b", nil), ("//host/x", nil), ("a/b:c", nil), (":x", nil), ("1a:x", nil), ("x", nil), ("", nil),
        ] as [(String, String?)])
    func scheme(_ destination: String, _ expected: String?) {
        #expect(SafeMarkdown.scheme(of: destination) == expected)
    }

    /// Plain text for a spreadsheet cell: markup gone, soft breaks as spaces, paragraphs and
    /// items on lines of their own, a link's destination after its text, unsafe parts removed.
    @Test(arguments: [
        (
            "Revised in the *next* edition;\nsee [the policy](https://example.org/p).",
            "Revised in the next edition; see the policy (https://example.org/p)."
        ),
        ("First.\n\nSecond `code`.", "First.\nSecond code."),
        ("- one\n- two", "- one\n- two"),
        ("Text <b>bold</b> [x](javascript:alert(1))", "Text bold x"),
        ("", ""),
    ])
    func plainText(_ source: String, _ text: String) {
        #expect(SafeMarkdown.plainText(source) == text)
    }
}
