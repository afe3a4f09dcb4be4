/// A piece of a document that our code renders (a table, a chart), in both formats.
///
/// In the Markdown output a block is its Markdown; in the HTML output the template's Markdown
/// carries a placeholder paragraph that is replaced, after libcmark has rendered the prose,
/// by the block's HTML. Prose never passes raw HTML through libcmark.
struct Block: Sendable {
    var markdown: String
    var html: String

    init(markdown: String, html: String) {
        self.markdown = markdown
        self.html = html
    }

    init(_ table: Table) {
        self.init(markdown: table.markdown(), html: table.html())
    }

    /// The marker that tokens start with unless the page's own text already holds it.
    static let defaultMarker = "IRBLOCK"

    static func token(_ i: Int, marker: String = defaultMarker) -> String { "\(marker)\(i)X" }

    /// Replaces every block in a context by a placeholder token, collecting the blocks in
    /// `blocks`; the template is rendered once with the tokens, which then become each block's
    /// Markdown (``substituteMarkdown(_:blocks:marker:)``) or HTML (``substitute(_:blocks:marker:)``).
    static func resolve(_ value: Any, blocks: inout [Block], marker: String = defaultMarker) -> Any {
        switch value {
        case let block as Block:
            blocks.append(block)
            return "\n\n" + token(blocks.count - 1, marker: marker) + "\n\n"
        case let dictionary as [String: Any]:
            var out: [String: Any] = [:]
            for (k, v) in dictionary { out[k] = resolve(v, blocks: &blocks, marker: marker) }
            return out
        case let array as [[String: Any]]:
            return array.map { resolve($0, blocks: &blocks, marker: marker) }
        default:
            return value
        }
    }

    /// The context with every block replaced by what its token would be wrapped in, and no
    /// token: rendering it gives the page's text without any placeholder, to choose a marker.
    static func blank(_ value: Any) -> Any {
        switch value {
        case is Block:
            return "\n\n\n\n"
        case let dictionary as [String: Any]:
            return dictionary.mapValues { blank($0) }
        case let array as [[String: Any]]:
            return array.map { blank($0) }
        default:
            return value
        }
    }

    /// The first of `IRBLOCK`, `IRBLOCKZ`, `IRBLOCKZZ`, … that none of `texts` contains
    /// (deterministic: the same texts give the same marker).
    ///
    /// `texts` are the page rendered without placeholders (``blank(_:)``), as Markdown and as
    /// HTML. A token is wrapped in blank lines and a marker starts with a letter that no token
    /// holds after its start, so an occurrence of the marker in the page rendered with tokens
    /// is a token: text from the data can spell a token, but never the one in use.
    static func marker(avoiding texts: [String]) -> String {
        var marker = defaultMarker
        while texts.contains(where: { $0.contains(marker) }) { marker += "Z" }
        return marker
    }

    /// Puts the blocks' HTML in place of their placeholder paragraphs, in one pass over the bytes.
    static func substitute(_ html: String, blocks: [Block], marker: String = defaultMarker) -> String {
        substitute(html, blocks: blocks, marker: marker, open: "<p>", close: "</p>\n", content: \.html)
    }

    /// Puts the blocks' Markdown in place of their placeholder tokens (with the blank lines
    /// around them), giving the Markdown document.
    static func substituteMarkdown(_ markdown: String, blocks: [Block], marker: String = defaultMarker) -> String {
        substitute(markdown, blocks: blocks, marker: marker, open: "\n\n", close: "\n\n", content: \.markdown)
    }

    static func substitute(
        _ text: String, blocks: [Block], marker markerText: String, open openText: String, close closeText: String,
        content: KeyPath<Block, String>
    ) -> String {
        guard !blocks.isEmpty else { return text }
        let source = Array(text.utf8)
        let marker = Array(markerText.utf8)
        let open = Array(openText.utf8), close = Array(closeText.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(source.count + blocks.reduce(0) { $0 + $1[keyPath: content].utf8.count })
        var i = 0
        let n = source.count
        func matches(_ pattern: [UInt8], at k: Int) -> Bool {
            k >= 0 && k + pattern.count <= n && source[k..<(k + pattern.count)].elementsEqual(pattern)
        }
        while i < n {
            if source[i] == marker[0], matches(marker, at: i) {
                var j = i + marker.count
                var number = 0
                var digits = 0
                while j < n, source[j] >= 48, source[j] <= 57 { number = number * 10 + Int(source[j] - 48); j += 1; digits += 1 }
                if digits > 0, j < n, source[j] == UInt8(ascii: "X"), number < blocks.count {
                    j += 1
                    // Drop what wraps the token (libcmark's paragraph, or the blank lines).
                    if out.count >= open.count, out[(out.count - open.count)...].elementsEqual(open), matches(close, at: j) {
                        out.removeLast(open.count)
                        j += close.count
                    }
                    out.append(contentsOf: blocks[number][keyPath: content].utf8)
                    i = j
                    continue
                }
            }
            out.append(source[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension Escaping {
    /// Markdown prose from the data (recommendation text, evidence) as a block of its own:
    /// parsed, made safe (``SafeMarkdown``) and rendered from one tree to both outputs. As a
    /// block it stands between blank lines in the Markdown output and as whole elements in the
    /// HTML, never re-parsed with the page around it, so it cannot end or open a block, a table
    /// cell or a heading of the page (`docs/data-contract.md`, "Text").
    static func prose(_ markdown: String) -> Block {
        let safe = SafeMarkdown(markdown)
        return Block(markdown: safe.markdown, html: safe.html)
    }
}
