import Testing

@testable import InspectionReport

/// `Table` on tiny tables, each expected output written out in full.
@Suite("Table")
struct TableTests {
    /// A text column and two numeric columns; a linked row header holding `|`, a RAG cell,
    /// suppressed cells, and `<`, `&` in the caption and cells.
    static let forces = Table(
        id: "forces",
        caption: "Referrals & <compliance>",
        columns: [Table.Column("Force", numeric: false), Table.Column("Referrals"), Table.Column("Compliance")],
        rows: [
            [Table.Cell("Alpha | North", link: "forces/alpha.html"), Table.Cell("12"), Table.Cell("0.950", status: .green)],
            [Table.Cell("Beta <b> & Co"), Table.Cell("[c]"), Table.Cell("[c]")],
        ])

    @Test func markdownOfASmallTable() {
        #expect(
            Self.forces.markdown() == """
                **Referrals \\& \\<compliance\\>**

                | Force | Referrals | Compliance |
                | --- | ---: | ---: |
                | [Alpha \\| North](forces/alpha.md) | 12 | 0.950 (Green) |
                | Beta \\<b\\> \\& Co | \\[c\\] | \\[c\\] |

                """)
    }

    @Test func htmlOfASmallTable() {
        #expect(
            Self.forces.html() == """
                <div class="table-wrap" role="region" aria-labelledby="forces-caption" tabindex="0">
                <table id="forces">
                <caption id="forces-caption">Referrals &amp; &lt;compliance&gt;</caption>
                <thead>
                <tr><th scope="col">Force</th><th scope="col" class="num">Referrals</th><th scope="col" class="num">Compliance</th></tr>
                </thead>
                <tbody>
                <tr><th scope="row"><a href="forces/alpha.html">Alpha | North</a></th><td class="num">12</td>\
                <td class="num">0.950 <span class="rag rag-green">Green</span></td></tr>
                <tr><th scope="row">Beta &lt;b&gt; &amp; Co</th>\
                <td class="num"><abbr title="suppressed to protect confidentiality">[c]</abbr></td>\
                <td class="num"><abbr title="suppressed to protect confidentiality">[c]</abbr></td></tr>
                </tbody>
                </table>
                </div>

                """)
    }

    /// Amber and red carry their word as well as their colour; a link that is not to an HTML
    /// page keeps its target in Markdown, and a numeric first column is right-aligned.
    static let statuses = Table(
        id: "rag",
        caption: "Status",
        columns: [Table.Column("Year"), Table.Column("Rate")],
        rows: [
            [Table.Cell("2023"), Table.Cell("0.800", status: .amber, link: "data/metrics.csv")],
            [Table.Cell("2024"), Table.Cell("0.100", status: .red)],
        ])

    @Test func markdownOfAmberAndRedCells() {
        #expect(
            Self.statuses.markdown() == """
                **Status**

                | Year | Rate |
                | ---: | ---: |
                | 2023 | [0.800 (Amber)](data/metrics.csv) |
                | 2024 | 0.100 (Red) |

                """)
    }

    @Test func htmlOfAmberAndRedCells() {
        #expect(
            Self.statuses.html() == """
                <div class="table-wrap" role="region" aria-labelledby="rag-caption" tabindex="0">
                <table id="rag">
                <caption id="rag-caption">Status</caption>
                <thead>
                <tr><th scope="col" class="num">Year</th><th scope="col" class="num">Rate</th></tr>
                </thead>
                <tbody>
                <tr><th scope="row" class="num">2023</th>\
                <td class="num"><a href="data/metrics.csv">0.800 <span class="rag rag-amber">Amber</span></a></td></tr>
                <tr><th scope="row" class="num">2024</th><td class="num">0.100 <span class="rag rag-red">Red</span></td></tr>
                </tbody>
                </table>
                </div>

                """)
    }

    /// A line break in a cell would end a Markdown table row: it becomes a space.
    @Test func lineBreakInACellStaysInItsRow() {
        let table = Table(
            id: "t", caption: "C", columns: [Table.Column("Name", numeric: false)],
            rows: [[Table.Cell("two\nlines")]])
        #expect(table.markdown() == "**C**\n\n| Name |\n| --- |\n| two lines |\n")
    }

    /// A link target with a quote cannot leave the `href` attribute.
    @Test func linkTargetIsEscapedInHTML() {
        let table = Table(
            id: "t", caption: "C", columns: [Table.Column("Name", numeric: false)],
            rows: [[Table.Cell("x", link: "a\"b&c.html")]])
        #expect(table.html().contains("<tr><th scope=\"row\"><a href=\"a&quot;b&amp;c.html\">x</a></th></tr>\n"))
    }
}
