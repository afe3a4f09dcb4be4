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
        var used = reserved.union(ids(in: html))
        var headings: [Heading] = []
        var out = ""
        out.reserveCapacity(html.utf8.count + 1_024)
        var rest = html[...]
        while let open = nextHeading(in: rest, levels: levels) {
            out += rest[..<open.start]
            let text = plainText(ofHTML: String(rest[open.contentStart..<open.contentEnd]))
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
                out += "<h\(open.level) id=\"\(Escaping.html(id))\">"
            } else {
                out += rest[open.start..<open.contentStart]
            }
            out += rest[open.contentStart..<open.end]
            headings.append(Heading(level: open.level, id: id, text: text))
            rest = rest[open.end...]
        }
        out += rest
        return (out, headings)
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
            let spelt: String? = if scalar.isASCII {
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
        guard sections.count >= minimum, let first = anchored.range(of: "<h2 ") else { return anchored }
        return anchored.replacingCharacters(in: first.lowerBound..<first.lowerBound, with: contents(sections))
    }

    // MARK: - Reading the HTML

    struct OpenHeading {
        var level: Int
        var start: Substring.Index
        var contentStart: Substring.Index
        var contentEnd: Substring.Index
        var end: Substring.Index
        var existingID: String?
    }

    /// The next `<hN>` or `<hN …>` of `levels` with its `</hN>`.
    static func nextHeading(in html: Substring, levels: ClosedRange<Int>) -> OpenHeading? {
        var search = html.startIndex
        while let lt = html[search...].range(of: "<h") {
            let afterH = lt.upperBound
            search = afterH
            guard afterH < html.endIndex, let digit = html[afterH].wholeNumberValue, levels.contains(digit) else { continue }
            let afterDigit = html.index(after: afterH)
            guard afterDigit < html.endIndex, html[afterDigit] == ">" || html[afterDigit] == " " else { continue }
            guard let tagEnd = html[afterDigit...].firstIndex(of: ">") else { return nil }
            let contentStart = html.index(after: tagEnd)
            guard let close = html[contentStart...].range(of: "</h\(digit)>") else { return nil }
            let attributes = html[afterDigit..<tagEnd]
            var existingID: String?
            if let idStart = attributes.range(of: " id=\""), let idEnd = attributes[idStart.upperBound...].firstIndex(of: "\"") {
                existingID = decodeEntities(String(attributes[idStart.upperBound..<idEnd]))
            }
            return OpenHeading(level: digit, start: lt.lowerBound, contentStart: contentStart, contentEnd: close.lowerBound,
                               end: close.upperBound, existingID: existingID)
        }
        return nil
    }

    /// Every `id="…"` value in the page (the tables', the charts', …).
    static func ids(in html: String) -> Set<String> {
        var found: Set<String> = []
        var rest = html[...]
        while let r = rest.range(of: " id=\"") {
            guard let end = rest[r.upperBound...].firstIndex(of: "\"") else { break }
            found.insert(decodeEntities(String(rest[r.upperBound..<end])))
            rest = rest[end...]
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
