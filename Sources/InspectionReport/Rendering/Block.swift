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

    static func token(_ i: Int) -> String { "IRBLOCK\(i)X" }

    /// Replaces every block in a context by a placeholder token, collecting the blocks in
    /// `blocks`; the template is rendered once with the tokens, which then become each block's
    /// Markdown (``substituteMarkdown(_:blocks:)``) or HTML (``substitute(_:blocks:)``).
    static func resolve(_ value: Any, blocks: inout [Block]) -> Any {
        switch value {
        case let block as Block:
            blocks.append(block)
            return "\n\n" + token(blocks.count - 1) + "\n\n"
        case let dictionary as [String: Any]:
            var out: [String: Any] = [:]
            for (k, v) in dictionary { out[k] = resolve(v, blocks: &blocks) }
            return out
        case let array as [[String: Any]]:
            return array.map { resolve($0, blocks: &blocks) }
        default:
            return value
        }
    }

    /// Puts the blocks' HTML in place of their placeholder paragraphs, in one pass over the bytes.
    static func substitute(_ html: String, blocks: [Block]) -> String {
        substitute(html, blocks: blocks, open: "<p>", close: "</p>\n", content: \.html)
    }

    /// Puts the blocks' Markdown in place of their placeholder tokens (with the blank lines
    /// around them), giving the Markdown document.
    static func substituteMarkdown(_ markdown: String, blocks: [Block]) -> String {
        substitute(markdown, blocks: blocks, open: "\n\n", close: "\n\n", content: \.markdown)
    }

    static func substitute(_ text: String, blocks: [Block], open openText: String, close closeText: String,
                           content: KeyPath<Block, String>) -> String {
        guard !blocks.isEmpty else { return text }
        let source = Array(text.utf8)
        let marker = Array("IRBLOCK".utf8)
        let open = Array(openText.utf8), close = Array(closeText.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(source.count + blocks.reduce(0) { $0 + $1[keyPath: content].utf8.count })
        var i = 0
        let n = source.count
        func matches(_ pattern: [UInt8], at k: Int) -> Bool {
            k >= 0 && k + pattern.count <= n && source[k..<(k + pattern.count)].elementsEqual(pattern)
        }
        while i < n {
            if source[i] == UInt8(ascii: "I"), matches(marker, at: i) {
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
    /// Markdown prose from the data (recommendation text, evidence): kept as Markdown, but
    /// with `<` escaped so that no raw HTML reaches either output.
    static func prose(_ markdown: String) -> String {
        var out = ""
        out.reserveCapacity(markdown.utf8.count + 8)
        for ch in markdown.unicodeScalars {
            if ch == "<" { out += "\\" }
            out.unicodeScalars.append(ch)
        }
        return out
    }
}
