internal import CCmark

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Markdown to HTML through the CommonMark reference library (libcmark).
///
/// This is the only file that imports the C module. Rendering is always safe: raw HTML in
/// the input is dropped and `javascript:` links are emptied, because prose comes from data.
enum CommonMark {
    /// Rendering options, a subset of libcmark's `CMARK_OPT_*` flags.
    struct Options: OptionSet, Sendable {
        let rawValue: Int32
        init(rawValue: Int32) { self.rawValue = rawValue }

        /// Straight quotes to curly quotes, `--` to dashes.
        static let smart = Options(rawValue: CMARK_OPT_SMART)
        /// Replace invalid UTF-8 with U+FFFD instead of passing it through.
        static let validateUTF8 = Options(rawValue: CMARK_OPT_VALIDATE_UTF8)
        /// Soft line breaks become `<br />`.
        static let hardBreaks = Options(rawValue: CMARK_OPT_HARDBREAKS)

        /// The options the publication uses.
        static let publication: Options = [.smart, .validateUTF8]
    }

    /// The libcmark version string, for provenance.
    static var version: String {
        String(cString: cmark_version_string())
    }

    /// Renders CommonMark `markdown` as an HTML fragment.
    static func html(_ markdown: String, options: Options = .publication) -> String {
        var source = markdown
        return source.withUTF8 { bytes -> String in
            guard let base = bytes.baseAddress else { return "" }
            let raw = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { $0 }
            guard let rendered = cmark_markdown_to_html(raw, bytes.count, options.rawValue | CMARK_OPT_SAFE) else { return "" }
            defer { free(rendered) }
            return String(cString: rendered)
        }
    }
}

/// Markdown from the data (recommendation text, progress evidence), parsed once, made safe,
/// and rendered from the same tree to HTML and to CommonMark (`docs/data-contract.md`, "Text").
///
/// What the sanitised tree holds:
/// - no raw HTML: HTML blocks and inline HTML are removed (the text between inline tags stays);
/// - links only to `http:`, `https:`, `mailto:` or a relative path (no scheme); any other link
///   keeps its text and loses its destination. The scheme is read as a browser reads it:
///   entities and backslash escapes already decoded by libcmark, leading spaces and control
///   characters skipped, tabs and line breaks anywhere ignored, letters in any case;
/// - no images at all: an image becomes a link to its destination (when that is safe) with the
///   image's description as its text, or only that text inside another link or when the
///   destination is unsafe. So no page loads an image from the data, from another site or
///   from this one (a relative image would resolve differently on each page);
/// - no headings: a heading becomes a paragraph in strong emphasis, so prose cannot add to or
///   break the page's outline.
struct SafeMarkdown: Sendable, Equatable {
    /// The HTML fragment (`<p>…</p>\n` and other whole blocks; empty for empty input).
    let html: String
    /// The same document as CommonMark, re-serialised from the sanitised tree.
    let markdown: String

    init(_ source: String) {
        var bytes = source
        let parsed: (String, String) = bytes.withUTF8 { buffer in
            let options = CommonMark.Options.publication.rawValue
            guard let base = buffer.baseAddress,
                let document = base.withMemoryRebound(to: CChar.self, capacity: buffer.count, { cmark_parse_document($0, buffer.count, options) })
            else { return ("", "") }
            defer { cmark_node_free(document) }
            Self.sanitise(document)
            let html = Self.take(cmark_render_html(document, options | CMARK_OPT_SAFE))
            let markdown = Self.take(cmark_render_commonmark(document, CMARK_OPT_DEFAULT, 0))
            return (html, markdown)
        }
        html = parsed.0
        markdown = parsed.1.allSatisfy(\.isWhitespace) ? "" : parsed.1
    }

    /// The text of Markdown `source` without its markup, for a spreadsheet cell: the same
    /// sanitised tree, each paragraph and list item on a line of its own (an item begins with
    /// "- "), a soft break as a space, a link's destination in brackets after its text.
    static func plainText(_ source: String) -> String {
        var bytes = source
        return bytes.withUTF8 { buffer -> String in
            guard let base = buffer.baseAddress,
                let document = base.withMemoryRebound(
                    to: CChar.self, capacity: buffer.count,
                    {
                        cmark_parse_document($0, buffer.count, CommonMark.Options.publication.rawValue)
                    })
            else { return "" }
            defer { cmark_node_free(document) }
            sanitise(document)
            guard let iterator = cmark_iter_new(document) else { return "" }
            defer { cmark_iter_free(iterator) }
            var text = ""
            func newLine() { if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" } }
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE { break }
                guard let node = cmark_iter_get_node(iterator) else { continue }
                let type = cmark_node_get_type(node)
                if event == CMARK_EVENT_ENTER {
                    switch type {
                    case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                    case CMARK_NODE_CODE_BLOCK: newLine(); text += cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                    case CMARK_NODE_SOFTBREAK: text += " "
                    case CMARK_NODE_LINEBREAK: text += "\n"
                    case CMARK_NODE_ITEM: newLine(); text += "- "
                    case CMARK_NODE_PARAGRAPH: if !text.hasSuffix("- ") { newLine() }
                    default: break
                    }
                } else if event == CMARK_EVENT_EXIT, type == CMARK_NODE_LINK {
                    let destination = url(node)
                    if !destination.isEmpty { text += " (\(destination))" }
                }
            }
            return text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    /// Copies and frees a buffer that libcmark allocated.
    private static func take(_ buffer: UnsafeMutablePointer<CChar>?) -> String {
        guard let buffer else { return "" }
        defer { free(buffer) }
        return String(cString: buffer)
    }

    /// Whether a link may keep `destination`: `http:`, `https:`, `mailto:` or no scheme.
    static func isSafeLink(_ destination: String) -> Bool {
        guard let scheme = scheme(of: destination) else { return true }
        return scheme == "http" || scheme == "https" || scheme == "mailto"
    }

    /// The scheme of a destination as a browser reads it (lowercased), or nil when it has none
    /// (a relative path, or a protocol-relative `//host/x`).
    static func scheme(of destination: String) -> String? {
        var letters = String.UnicodeScalarView()
        for ch in destination.unicodeScalars {
            // URL parsers drop leading C0 controls and spaces, and tabs and line breaks anywhere.
            if letters.isEmpty, ch.value <= 0x20 { continue }
            if ch == "\t" || ch == "\n" || ch == "\r" { continue }
            if ch == ":" { return letters.isEmpty ? nil : String(letters).lowercased() }
            let isLetter = (ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z")
            let isOther = (ch >= "0" && ch <= "9") || ch == "+" || ch == "-" || ch == "."
            guard isLetter || (isOther && !letters.isEmpty) else { return nil }
            letters.append(ch)
        }
        return nil
    }

    private static func sanitise(_ document: OpaquePointer) {
        var nodes: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE, CMARK_NODE_LINK, CMARK_NODE_IMAGE, CMARK_NODE_HEADING:
                nodes.append(node)
            default:
                break
            }
        }
        cmark_iter_free(iterator)
        // Innermost first: a node is changed before anything that contains it.
        for node in nodes.reversed() {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                cmark_node_unlink(node)
                cmark_node_free(node)
            case CMARK_NODE_LINK:
                if !isSafeLink(url(node)) { unwrap(node) }
            case CMARK_NODE_IMAGE:
                let destination = url(node)
                if !isSafeLink(destination) || insideLink(node) || containsLink(node) {
                    unwrap(node)
                } else if let link = cmark_node_new(CMARK_NODE_LINK) {
                    _ = cmark_node_set_url(link, destination)
                    if let title = cmark_node_get_title(node) { _ = cmark_node_set_title(link, title) }
                    moveChildren(of: node, to: link)
                    if cmark_node_first_child(link) == nil, let text = cmark_node_new(CMARK_NODE_TEXT) {
                        _ = cmark_node_set_literal(text, destination)
                        _ = cmark_node_append_child(link, text)
                    }
                    _ = cmark_node_replace(node, link)
                    cmark_node_free(node)
                }
            case CMARK_NODE_HEADING:
                if cmark_node_first_child(node) != nil,
                    let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH), let strong = cmark_node_new(CMARK_NODE_STRONG)
                {
                    moveChildren(of: node, to: strong)
                    _ = cmark_node_append_child(paragraph, strong)
                    _ = cmark_node_replace(node, paragraph)
                }
                cmark_node_unlink(node)
                cmark_node_free(node)
            default:
                break
            }
        }
    }

    private static func url(_ node: OpaquePointer) -> String {
        cmark_node_get_url(node).map { String(cString: $0) } ?? ""
    }

    private static func insideLink(_ node: OpaquePointer) -> Bool {
        var parent = cmark_node_parent(node)
        while let p = parent {
            if cmark_node_get_type(p) == CMARK_NODE_LINK { return true }
            parent = cmark_node_parent(p)
        }
        return false
    }

    private static func containsLink(_ node: OpaquePointer) -> Bool {
        var child = cmark_node_first_child(node)
        while let c = child {
            if cmark_node_get_type(c) == CMARK_NODE_LINK || containsLink(c) { return true }
            child = cmark_node_next(c)
        }
        return false
    }

    private static func moveChildren(of node: OpaquePointer, to target: OpaquePointer) {
        while let child = cmark_node_first_child(node) {
            cmark_node_unlink(child)
            _ = cmark_node_append_child(target, child)
        }
    }

    /// Puts a node's children in its place and frees it.
    private static func unwrap(_ node: OpaquePointer) {
        while let child = cmark_node_first_child(node) {
            cmark_node_unlink(child)
            _ = cmark_node_insert_before(node, child)
        }
        cmark_node_unlink(node)
        cmark_node_free(node)
    }
}
