/// Escaping of text from the data, so that it can never become markup.
enum Escaping {
    /// Text for HTML content and attribute values.
    static func html(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// Text for Markdown inline content, so that a force named `<script>`, `*x*`, `1. Alpha` or
    /// `# Alpha` reads as written wherever a template puts it, a line's start included:
    /// - everywhere: `` \ ` * _ { } [ ] # ! < > | ~ & `` are backslash-escaped (emphasis, code,
    ///   links, images, headings, HTML, tables, entities, strikethrough);
    /// - at the start (after any spaces): `-`, `+` and `=` (list items, thematic breaks, setext
    ///   underlines), and a `.` or `)` after leading digits and before a space or the end (an
    ///   ordered list item: `1. Alpha`, `2024)`, but not `0.950`);
    /// - leading spaces become `&#32;` (four would open an indented code block), and line
    ///   breaks and tabs become spaces (a break could end a heading or a table row).
    /// Other ASCII punctuation has no meaning in CommonMark once these are escaped (`(` `)`
    /// `"` `'` have one only inside a link, whose `[` is escaped; `-` `+` `.` only where listed
    /// above; `:` `,` `;` `?` `@` `$` `%` `^` `/` none), so it stays as written.
    static func markdown(_ text: String) -> String {
        if let first = text.utf8.first, !Self.markdownStart[Int(first)],
            !text.utf8.contains(where: { Self.markdownSpecial[Int($0)] })
        {
            return text
        }
        let scalars = text.unicodeScalars.map { ($0 == "\n" || $0 == "\r" || $0 == "\t") ? " " : $0 }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        var atStart = true
        var leadingDigits = false
        for (i, c) in scalars.enumerated() {
            if atStart, c == " " {
                out += "&#32;"
                continue
            }
            let escape: Bool
            if c.isASCII, "\\`*_{}[]#!<>|~&".unicodeScalars.contains(c) {
                escape = true
            } else if atStart {
                escape = c == "-" || c == "+" || c == "="
            } else {
                // `1.` or `2024)` is a list marker when a space or the end follows it.
                escape = leadingDigits && (c == "." || c == ")") && (i + 1 == scalars.count || scalars[i + 1] == " ")
            }
            leadingDigits = (atStart || leadingDigits) && c >= "0" && c <= "9"
            atStart = false
            if escape { out += "\\" }
            out.unicodeScalars.append(c)
        }
        return out
    }

    /// Bytes that `markdown(_:)` escapes or replaces wherever they are.
    static let markdownSpecial: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for b in Array("\\`*_{}[]#!<>|~&\n\r\t".utf8) { table[Int(b)] = true }
        return table
    }()

    /// First bytes that may need `markdown(_:)` to escape or replace them: a block start, a
    /// space, or a digit that an ordered-list marker may follow.
    static let markdownStart: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for b in Array("-+= 0123456789".utf8) { table[Int(b)] = true }
        return table
    }()
}
