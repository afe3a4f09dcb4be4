/// A table of figures, rendered by our own code as a GitHub pipe table or an accessible
/// HTML table (caption, `scope` on header cells, numbers right-aligned).
struct Table: Sendable {
    struct Column: Sendable {
        var header: String
        /// Numbers are right-aligned.
        var numeric: Bool

        init(_ header: String, numeric: Bool = true) {
            self.header = header
            self.numeric = numeric
        }
    }

    /// A cell: plain text, optionally with a RAG status shown as a word and a colour.
    struct Cell: Sendable {
        var text: String
        var status: RAGStatus?
        /// A link target for the cell (relative path), if any.
        var link: String?
        /// A class of the stylesheet that colours the HTML cell; the text always says the same in words.
        var style: String?

        init(_ text: String, status: RAGStatus? = nil, link: String? = nil, style: String? = nil) {
            self.text = text
            self.status = status
            self.link = link
            self.style = style
        }
    }

    var caption: String
    var columns: [Column]
    /// The first cell of each row is its header.
    var rows: [[Cell]]
    /// An id for the HTML table (for links and `aria-describedby`).
    var id: String

    init(id: String, caption: String, columns: [Column], rows: [[Cell]]) {
        self.id = id
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }

    /// A GitHub-style pipe table with its caption in bold above it.
    func markdown() -> String {
        var lines = ["**\(Escaping.markdown(caption))**", ""]
        lines.append("| " + columns.map { Escaping.markdown($0.header) }.joined(separator: " | ") + " |")
        lines.append("|" + columns.map { $0.numeric ? " ---: |" : " --- |" }.joined())
        for row in rows {
            let cells = row.map { cell -> String in
                var text = Escaping.markdown(cell.text)
                if let status = cell.status { text += " (\(status.word))" }
                if let link = cell.link {
                    let target = link.hasSuffix(".html") ? String(link.dropLast(5)) + ".md" : link
                    text = "[\(text)](\(target))"
                }
                return text
            }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// An HTML table.
    func html() -> String {
        var out = "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"\(id)-caption\" tabindex=\"0\">\n"
        out += "<table id=\"\(id)\">\n<caption id=\"\(id)-caption\">\(Escaping.html(caption))</caption>\n<thead>\n<tr>"
        for column in columns {
            out += "<th scope=\"col\"\(column.numeric ? " class=\"num\"" : "")>\(Escaping.html(column.header))</th>"
        }
        out += "</tr>\n</thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>"
            for (i, cell) in row.enumerated() {
                let numeric = i < columns.count && columns[i].numeric
                let classes = ([numeric ? "num" : nil, cell.style].compactMap { $0 }).joined(separator: " ")
                let classAttribute = classes.isEmpty ? "" : " class=\"\(classes)\""
                var content = Escaping.html(cell.text)
                if cell.text == MetricValue.suppressionSymbol {
                    content = "<abbr title=\"suppressed to protect confidentiality\">[c]</abbr>"
                }
                if let status = cell.status {
                    content += " <span class=\"rag rag-\(status.rawValue)\">\(status.word)</span>"
                }
                if let link = cell.link { content = "<a href=\"\(Escaping.html(link))\">\(content)</a>" }
                if i == 0 {
                    out += "<th scope=\"row\"\(classAttribute)>\(content)</th>"
                } else {
                    out += "<td\(classAttribute)>\(content)</td>"
                }
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n"
        return out
    }
}
