/// Escaping of text from the data, so that it can never become markup.
public enum Escaping {
    /// Text for HTML content and attribute values.
    public static func html(_ text: String) -> String {
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
    public static func markdown(_ text: String) -> String {
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

    /// A Markdown table cell: inline escaping (which also escapes `|`).
    public static func markdownCell(_ text: String) -> String { markdown(text) }
}
