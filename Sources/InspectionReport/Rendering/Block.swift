/// A piece of a document that our code renders (a table, a chart), in both formats.
///
/// In the Markdown output a block is its Markdown; in the HTML output the template's Markdown
/// carries a placeholder paragraph that is replaced, after libcmark has rendered the prose,
/// by the block's HTML. Prose never passes raw HTML through libcmark.
public struct Block: Sendable {
    public var markdown: String
    public var html: String

    public init(markdown: String, html: String) {
        self.markdown = markdown
        self.html = html
    }

    public init(_ table: Table) {
        self.init(markdown: table.markdown(), html: table.html())
    }

    /// Which output a context is resolved for.
    enum Mode { case markdown, html }

    static func token(_ i: Int) -> String { "IRBLOCK\(i)X" }

    /// Replaces every block in a context by its Markdown, or by a placeholder token
    /// (collected in `blocks`) for the HTML output.
    static func resolve(_ value: Any, mode: Mode, blocks: inout [Block]) -> Any {
        switch value {
        case let block as Block:
            if mode == .markdown { return block.markdown }
            blocks.append(block)
            return "\n\n" + token(blocks.count - 1) + "\n\n"
        case let dictionary as [String: Any]:
            var out: [String: Any] = [:]
            for (k, v) in dictionary { out[k] = resolve(v, mode: mode, blocks: &blocks) }
            return out
        case let array as [[String: Any]]:
            return array.map { resolve($0, mode: mode, blocks: &blocks) }
        default:
            return value
        }
    }

    /// Puts the blocks' HTML in place of their placeholder paragraphs.
    static func substitute(_ html: String, blocks: [Block]) -> String {
        var out = html
        for (i, block) in blocks.enumerated().reversed() {
            out = out.replacingOccurrences(of: "<p>" + token(i) + "</p>\n", with: block.html)
            out = out.replacingOccurrences(of: token(i), with: "")
        }
        return out
    }
}

extension Escaping {
    /// Markdown prose from the data (recommendation text, evidence): kept as Markdown, but
    /// with `<` escaped so that no raw HTML reaches either output.
    public static func prose(_ markdown: String) -> String {
        markdown.replacingOccurrences(of: "<", with: "\\<")
    }
}
