import Foundation

/// Stable ids for a page's section headings, and the contents list that links to them.
///
/// The HTML is libcmark's output with the tool's blocks substituted: a heading is one
/// `<h2>…</h2>` (or `h3`) on one line, its text already escaped (raw HTML never gets through
/// libcmark), and evidence from the data never holds a heading. Ids are slugs of the heading's
/// text, so they stay the same from one edition to the next while the headings do.
enum HeadingAnchors {
    struct Heading: Equatable, Sendable, CustomStringConvertible {
        var level: Int
        var id: String
        /// The heading's text, tags removed and entities decoded (escape it to put it in HTML).
        var text: String

        var description: String { "h\(level)#\(id) \(text)" }
    }

    /// The id of the contents list's own heading, and the ids the layout gives to elements of
    /// every page: no heading takes them.
    static let contentsTitleID = "contents-title"
    static let layoutIDs: Set<String> = ["main", contentsTitleID]

    /// Gives every heading of `levels` that has no id an id made from its text (``slug(_:)``),
    /// unique within the page: an id that the page or `reserved` already has, or that an
    /// earlier heading took, gets `-2`, `-3`, … (the first free one). A heading that has an id
    /// keeps it. Returns the page with the ids and its headings in order.
    static func anchor(_ html: String, levels: ClosedRange<Int> = 2...3, reserved: Set<String> = layoutIDs) -> (html: String, headings: [Heading]) {
        let bytes = Array(html.utf8)
        var used = reserved.union(ids(in: bytes))
        var headings: [Heading] = []
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 1_024)
        var position = 0
        while let open = nextHeading(in: bytes, from: position, levels: levels) {
            out += bytes[position..<open.start]
            let text = plainText(ofHTML: String(decoding: bytes[open.contentStart..<open.contentEnd], as: UTF8.self))
            var id = open.existingID ?? ""
            if open.existingID == nil {
                let base = slug(text)
                id = base
                var n = 2
                while used.contains(id) {
                    id = "\(base)-\(n)"
                    n += 1
                }
                used.insert(id)
                out += "<h\(open.level) id=\"\(Escaping.html(id))\">".utf8
            } else {
                out += bytes[open.start..<open.contentStart]
            }
            out += bytes[open.contentStart..<open.end]
            headings.append(Heading(level: open.level, id: id, text: text))
            position = open.end
        }
        if headings.isEmpty { return (html, []) }
        out += bytes[position...]
        return (String(decoding: out, as: UTF8.self), headings)
    }

    /// A heading's text as an id: letters and digits, lower case, with accents dropped
    /// (`é` → `e`, `ß` → `ss`), apostrophes left out and every other run of characters one
    /// hyphen, none at either end. A heading with no letter or digit that can be spelt so is
    /// `section`.
    static func slug(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in text.decomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if apostrophes.contains(scalar) { continue }
            let spelt: String? =
                if scalar.isASCII {
                    (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") ? String(scalar) : nil
                } else {
                    latinLetters[scalar]
                }
            guard let spelt else {
                pendingHyphen = !out.isEmpty
                continue
            }
            if pendingHyphen { out += "-" }
            pendingHyphen = false
            out += spelt
        }
        return out.isEmpty ? "section" : out
    }

    /// The contents list of a page: a link to each heading, in order, or "" for none.
    /// Unnumbered, so that it adds no figure to the page.
    static func contents(_ headings: [Heading]) -> String {
        guard !headings.isEmpty else { return "" }
        var out = "<nav class=\"contents\" aria-labelledby=\"\(contentsTitleID)\">\n<h2 id=\"\(contentsTitleID)\">Contents</h2>\n<ul>\n"
        for heading in headings {
            out += "<li><a href=\"#\(Escaping.html(heading.id))\">\(Escaping.html(heading.text))</a></li>\n"
        }
        out += "</ul>\n</nav>\n"
        return out
    }

    /// The page with ids on its h2 and h3 headings and, when it has at least `minimum` h2
    /// headings, a contents list of them just before the first (after the h1 and the lede).
    static func withContents(_ html: String, minimum: Int = 2) -> String {
        let (anchored, headings) = anchor(html)
        let sections = headings.filter { $0.level == 2 }
        let bytes = Array(anchored.utf8)
        guard sections.count >= minimum, let first = find(Array("<h2 ".utf8), in: bytes, from: 0) else { return anchored }
        return String(decoding: bytes[..<first] + Array(contents(sections).utf8) + bytes[first...], as: UTF8.self)
    }

    // MARK: - Reading the HTML

    struct OpenHeading {
        var level: Int
        var start: Int
        var contentStart: Int
        var contentEnd: Int
        var end: Int
        var existingID: String?
    }

    /// The first index at or after `from` where `pattern` starts, in one pass.
    static func find(_ pattern: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard let first = pattern.first, pattern.count <= bytes.count else { return nil }
        var i = from
        let last = bytes.count - pattern.count
        while i <= last {
            if bytes[i] == first {
                var k = 1
                while k < pattern.count && bytes[i + k] == pattern[k] { k += 1 }
                if k == pattern.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// The next `<hN>` or `<hN …>` of `levels` at or after `from`, with its `</hN>`.
    static func nextHeading(in bytes: [UInt8], from: Int, levels: ClosedRange<Int>) -> OpenHeading? {
        var search = from
        while let lt = find(Array("<h".utf8), in: bytes, from: search) {
            let digitAt = lt + 2
            search = digitAt
            guard digitAt + 1 < bytes.count, bytes[digitAt] >= UInt8(ascii: "0"), bytes[digitAt] <= UInt8(ascii: "9"),
                levels.contains(Int(bytes[digitAt] - UInt8(ascii: "0"))),
                bytes[digitAt + 1] == UInt8(ascii: ">") || bytes[digitAt + 1] == UInt8(ascii: " ")
            else { continue }
            let level = Int(bytes[digitAt] - UInt8(ascii: "0"))
            guard let tagEnd = bytes[(digitAt + 1)...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
            // `</hN>` is five bytes.
            guard let close = find(Array("</h\(level)>".utf8), in: bytes, from: tagEnd + 1) else { return nil }
            let attributes = Array(bytes[(digitAt + 1)..<tagEnd])
            var existingID: String?
            if let idStart = find(Array(" id=\"".utf8), in: attributes, from: 0),
                let idEnd = attributes[(idStart + 5)...].firstIndex(of: UInt8(ascii: "\""))
            {
                existingID = decodeEntities(String(decoding: attributes[(idStart + 5)..<idEnd], as: UTF8.self))
            }
            return OpenHeading(level: level, start: lt, contentStart: tagEnd + 1, contentEnd: close, end: close + 5, existingID: existingID)
        }
        return nil
    }

    /// Every `id="…"` value in the page (the tables', the charts', …).
    static func ids(in bytes: [UInt8]) -> Set<String> {
        var found: Set<String> = []
        let pattern = Array(" id=\"".utf8)
        var position = 0
        while let r = find(pattern, in: bytes, from: position) {
            let valueStart = r + pattern.count
            guard let end = bytes[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            found.insert(decodeEntities(String(decoding: bytes[valueStart..<end], as: UTF8.self)))
            position = end
        }
        return found
    }

    /// The text of an HTML fragment: tags dropped, entities decoded, white space collapsed.
    static func plainText(ofHTML html: String) -> String {
        var text = ""
        var inTag = false
        for ch in html {
            if inTag {
                if ch == ">" { inTag = false }
            } else if ch == "<" {
                inTag = true
            } else {
                text.append(ch)
            }
        }
        return decodeEntities(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Decodes the entities libcmark and ``Escaping/html(_:)`` write: `&amp;` `&lt;` `&gt;`
    /// `&quot;` `&apos;` `&nbsp;` and numeric ones. Anything else is left as written.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(12).firstIndex(of: ";"), let decoded = entity(String(after[..<semicolon])) {
                out.unicodeScalars.append(decoded)
                rest = after[after.index(after: semicolon)...]
            } else {
                out += "&"
                rest = after
            }
        }
        out += rest
        return out
    }

    static func entity(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return "\u{A0}"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init)
        }
    }

    static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{2018}", "\u{02BC}"]

    /// Latin letters that have no decomposition into a base letter and an accent.
    static let latinLetters: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ł": "l", "ħ": "h", "ı": "i", "ŀ": "l",
    ]
}
