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

    /// Text for Markdown inline content: every ASCII punctuation character is backslash-escaped
    /// and line breaks become spaces, so a force named `<script>` or `*x*` reads as written.
    static func markdown(_ text: String) -> String {
        if let first = text.utf8.first, first != 0x2D, first != 0x2B,
           !text.utf8.contains(where: { Self.markdownSpecial[Int($0)] }) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for ch in text.unicodeScalars {
            if ch == "\n" || ch == "\r" || ch == "\t" {
                out += " "
            } else if ch.isASCII, "\\`*_{}[]#!<>|~&".unicodeScalars.contains(ch) || (out.isEmpty && (ch == "-" || ch == "+")) {
                out += "\\"
                out.unicodeScalars.append(ch)
            } else {
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// Bytes that `markdown(_:)` escapes or replaces.
    static let markdownSpecial: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for b in Array("\\`*_{}[]#!<>|~&\n\r\t".utf8) { table[Int(b)] = true }
        return table
    }()
}
