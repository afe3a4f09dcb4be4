/// The rules of `docs/data-contract.md`, "Text", for text that reaches the outputs: control
/// characters and spreadsheet formulas.
enum TextRules {
    /// Whether UTF-8 bytes hold a control character: U+0000 to U+001F, U+007F to U+009F, U+2028
    /// or U+2029. A Markdown value (`markdown`) may hold tab, LF and CR.
    @inline(__always)
    static func hasControlCharacter(_ v: UnsafeBufferPointer<UInt8>, markdown: Bool = false) -> Bool {
        let n = v.count
        var i = 0
        while i < n {
            let c = v[i]
            // Printable ASCII, by far the most common byte, costs one comparison.
            if c &- 0x20 < 0x5F {
                i += 1
                continue
            }
            if c < 0x20 {
                if !(markdown && (c == 0x09 || c == 0x0A || c == 0x0D)) { return true }
            } else if c == 0x7F {
                return true
            } else if c == 0xC2, i + 1 < n, v[i + 1] <= 0x9F {
                return true  // U+0080 to U+009F (the second byte is 0x80 or more in valid UTF-8)
            } else if c == 0xE2, i + 2 < n, v[i + 1] == 0x80, v[i + 2] == 0xA8 || v[i + 2] == 0xA9 {
                return true  // U+2028, U+2029
            }
            i += 1
        }
        return false
    }

    /// ``hasControlCharacter(_:markdown:)`` for a string.
    static func hasControlCharacter(_ s: String, markdown: Bool = false) -> Bool {
        var s = s
        return s.withUTF8 { hasControlCharacter($0, markdown: markdown) }
    }

    /// Whether a text would be run as a formula by a spreadsheet: it begins with `=`, `+`, `-`,
    /// `@`, tab or CR.
    static func startsLikeFormula(_ s: String) -> Bool {
        guard let first = s.utf8.first else { return false }
        return first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
            || first == UInt8(ascii: "@") || first == 0x09 || first == 0x0D
    }

    /// A header name or settings key as a message may show it: quoted when short and free of
    /// control characters, else nil (a message never carries what it cannot print safely).
    static func shown(_ name: String) -> String? {
        guard name.utf8.count <= 64, !hasControlCharacter(name) else { return nil }
        return "`\(name)`"
    }
}
