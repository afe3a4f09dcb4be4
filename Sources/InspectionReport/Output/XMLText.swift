/// Text written into XML, so that text from the data can never become markup and reads back
/// exactly as given.
enum XMLText {
    /// Appends `text` as element content or an attribute value: `&`, `<`, `>`, `"` and `'` become
    /// entities, tab, line feed and carriage return become character references (so that an
    /// attribute keeps them), and the few characters XML 1.0 cannot hold at all (other C0 controls,
    /// U+FFFE, U+FFFF) become U+FFFD. The input rules (`docs/data-contract.md`, "Text") keep such
    /// controls out of every input text that reaches a cell; this is the last line of defence, not
    /// a way to change text.
    static func append(_ text: String, to out: inout [UInt8]) {
        if !text.utf8.contains(where: { needsEscape[Int($0)] }) {
            out.append(contentsOf: text.utf8)
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".utf8)
            case "<": out.append(contentsOf: "&lt;".utf8)
            case ">": out.append(contentsOf: "&gt;".utf8)
            case "\"": out.append(contentsOf: "&quot;".utf8)
            case "'": out.append(contentsOf: "&apos;".utf8)
            case "\t": out.append(contentsOf: "&#9;".utf8)
            case "\n": out.append(contentsOf: "&#10;".utf8)
            case "\r": out.append(contentsOf: "&#13;".utf8)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out.append(contentsOf: "\u{FFFD}".utf8)
                } else {
                    out.append(contentsOf: String(scalar).utf8)
                }
            }
        }
    }

    /// The escaped text.
    static func escaped(_ text: String) -> String {
        var out: [UInt8] = []
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text` as the content of an OpenDocument paragraph (`<text:p>`), where a run of
    /// spaces would collapse into one and a leading space would vanish (ODF 1.2, 6.1.2): every
    /// space that does not follow a visible character is written as `<text:s/>`, a tab as
    /// `<text:tab/>` and a line break as `<text:line-break/>`, so the paragraph reads back as
    /// `text` exactly.
    static func appendParagraphContent(_ text: String, to out: inout [UInt8]) {
        if !text.utf8.contains(where: { paragraphSpecial[Int($0)] }) {
            out.append(contentsOf: text.utf8)
            return
        }
        var afterVisible = false
        var spaces = 0
        func flushSpaces() {
            guard spaces > 0 else { return }
            out.append(contentsOf: (spaces == 1 ? "<text:s/>" : "<text:s text:c=\"\(spaces)\"/>").utf8)
            spaces = 0
        }
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case " ":
                if afterVisible {
                    out.append(0x20)
                    afterVisible = false
                } else {
                    spaces += 1
                }
            case "\t":
                flushSpaces()
                out.append(contentsOf: "<text:tab/>".utf8)
                afterVisible = false
            case "\n" where previousWasCarriageReturn:
                continue
            case "\n", "\r":
                flushSpaces()
                out.append(contentsOf: "<text:line-break/>".utf8)
                afterVisible = false
            default:
                flushSpaces()
                append(String(scalar), to: &out)
                afterVisible = true
            }
        }
        flushSpaces()
    }

    /// Bytes that ``append(_:to:)`` replaces.
    static let needsEscape: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for b in 0..<0x20 { table[b] = true }
        for b in Array("&<>\"'".utf8) { table[Int(b)] = true }
        // U+FFFE and U+FFFF start with 0xEF 0xBF: look at them scalar by scalar.
        table[0xEF] = true
        return table
    }()

    /// Bytes that ``appendParagraphContent(_:to:)`` treats specially: the escaped ones and the space.
    static let paragraphSpecial: [Bool] = {
        var table = needsEscape
        table[0x20] = true
        return table
    }()
}
