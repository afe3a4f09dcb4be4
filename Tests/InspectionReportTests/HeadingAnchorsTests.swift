import Testing

@testable import InspectionReport

/// Ids of the section headings and the contents list: exact output worked out by hand.
@Suite("Heading anchors")
struct HeadingAnchorsTests {
    @Test(arguments: [
        ("Headline figures", "headline-figures"),
        ("Forces’ progress", "forces-progress"),
        ("A force's place", "a-forces-place"),
        ("No. 3. Review the grading", "no-3-review-the-grading"),
        ("  Risk   assessment  ", "risk-assessment"),
        ("Annex: open cases past their timescale", "annex-open-cases-past-their-timescale"),
        ("Safeguarding & practice (2024/25)", "safeguarding-practice-2024-25"),
        ("Heddlu Dyfed–Powys: Gŵyl", "heddlu-dyfed-powys-gwyl"),
        ("Café Straße Ærø Łódź", "cafe-strasse-aero-lodz"),
        ("ＡＢＣ ２", "abc-2"),
        ("Δ 統計", "section"),
        ("—", "section"),
        ("", "section"),
    ])
    func slugs(_ text: String, _ slug: String) {
        #expect(HeadingAnchors.slug(text) == slug)
    }

    @Test func everyH2AndH3GetsAnIdAndTheOthersDoNot() {
        let html = "<h1>Title</h1>\n<p>Lede.</p>\n<h2>Referrals</h2>\n<h3>By source</h3>\n<h4>1. Act</h4>\n<h2>Grading of risk</h2>\n"
        let (out, headings) = HeadingAnchors.anchor(html)
        #expect(
            out
                == """
                <h1>Title</h1>\n<p>Lede.</p>\n<h2 id=\"referrals\">Referrals</h2>\n<h3 id=\"by-source\">By source</h3>\n<h4>1. Act</h4>\n<h2 \
                id=\"grading-of-risk\">Grading of risk</h2>\n
                """
        )
        #expect(
            headings == [
                .init(level: 2, id: "referrals", text: "Referrals"),
                .init(level: 3, id: "by-source", text: "By source"),
                .init(level: 2, id: "grading-of-risk", text: "Grading of risk"),
            ])
    }

    /// A second heading of the same text gets `-2`, a third `-3`; an id the page already has
    /// (a table's) or the layout uses is taken too, and so is a `-2` spelt by a heading.
    @Test func duplicatesGetTheFirstFreeNumber() {
        let html = """
            <h2>Regions</h2>
            <div class="table-wrap" role="region" aria-labelledby="regions-caption" tabindex="0"><table id="regions"></table></div>
            <h2>Main</h2>
            <h3>Notes</h3>
            <h3>Notes</h3>
            <h3>Notes 2</h3>
            <h3>Notes</h3>
            <h2>Contents title</h2>
            """
        let (out, headings) = HeadingAnchors.anchor(html)
        #expect(headings.map(\.id) == ["regions-2", "main-2", "notes", "notes-2", "notes-2-2", "notes-3", "contents-title-2"])
        #expect(out.hasPrefix("<h2 id=\"regions-2\">Regions</h2>\n<div class=\"table-wrap\""))
        #expect(out.contains("<table id=\"regions\">"))
    }

    /// The text of a heading with a link, code, emphasis and entities is its words; the link
    /// stays in the heading, and the contents list escapes the text again.
    @Test func headingsWithLinksCodeAndEntities() {
        let html = "<h2>See <a href=\"x.html\">the <code>metrics.csv</code> file</a> &amp; <em>more</em> &lt;b&gt; &quot;q&quot; &#39;s&#x21;</h2>\n"
        let (out, headings) = HeadingAnchors.anchor(html)
        let text = "See the metrics.csv file & more <b> \"q\" 's!"
        #expect(headings == [.init(level: 2, id: "see-the-metrics-csv-file-more-b-q-s", text: text)])
        #expect(
            out
                == """
                <h2 id=\"see-the-metrics-csv-file-more-b-q-s\">See <a href=\"x.html\">the <code>metrics.csv</code> file</a> &amp; <em>more</em> \
                &lt;b&gt; &quot;q&quot; &#39;s&#x21;</h2>\n
                """
        )
        #expect(
            HeadingAnchors.contents(headings) == """
                <nav class="contents" aria-labelledby="contents-title">
                <h2 id="contents-title">Contents</h2>
                <ul>
                <li><a href="#see-the-metrics-csv-file-more-b-q-s">See the metrics.csv file &amp; more &lt;b&gt; &quot;q&quot; &#39;s!</a></li>
                </ul>
                </nav>

                """)
    }

    @Test func aHeadingThatHasAnIdKeepsIt() {
        let (out, headings) = HeadingAnchors.anchor("<h2 id=\"own\">Own</h2>\n<h2>Own</h2>\n")
        #expect(out == "<h2 id=\"own\">Own</h2>\n<h2 id=\"own-2\">Own</h2>\n")
        #expect(headings.map(\.id) == ["own", "own-2"])
    }

    /// Text that only looks like a heading is left alone: escaped markup, `<header>`, `<hr />`.
    @Test func onlyRealHeadingTagsAreAnchored() {
        let html = "<p>&lt;h2&gt;x&lt;/h2&gt;</p>\n<header>h</header>\n<hr />\n<h5>Five</h5>\n"
        let (out, headings) = HeadingAnchors.anchor(html)
        #expect(out == html)
        #expect(headings.isEmpty)
    }

    /// The contents list of the h2s goes just before the first h2, after the h1 and the lede;
    /// a page with fewer than two h2s has none. The list is not numbered, so it adds no figure.
    @Test func contentsListGoesBeforeTheFirstH2() {
        let html =
            """
            <p>OFFICIAL-SENSITIVE</p>\n<h1>Kent Police: scorecard</h1>\n<p>Lede.</p>\n<h2>Where the force stands</h2>\n<h3>What to act on \
            now</h3>\n<h2>Referrals</h2>\n
            """
        #expect(
            HeadingAnchors.withContents(html) == """
                <p>OFFICIAL-SENSITIVE</p>
                <h1>Kent Police: scorecard</h1>
                <p>Lede.</p>
                <nav class="contents" aria-labelledby="contents-title">
                <h2 id="contents-title">Contents</h2>
                <ul>
                <li><a href="#where-the-force-stands">Where the force stands</a></li>
                <li><a href="#referrals">Referrals</a></li>
                </ul>
                </nav>
                <h2 id="where-the-force-stands">Where the force stands</h2>
                <h3 id="what-to-act-on-now">What to act on now</h3>
                <h2 id="referrals">Referrals</h2>

                """)
        #expect(HeadingAnchors.withContents("<h1>T</h1>\n<h2>Only</h2>\n") == "<h1>T</h1>\n<h2 id=\"only\">Only</h2>\n")
    }

    @Test func sameInputSameOutput() {
        let html = "<h2>A</h2><h2>A</h2><h3>B</h3>"
        #expect(HeadingAnchors.withContents(html) == HeadingAnchors.withContents(html))
    }
}
