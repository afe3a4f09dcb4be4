/// Links between the site's pages as the templates and the prose write them: to a page's
/// Markdown (`[national publication](../national.md)`), so that the Markdown edition links
/// Markdown. In the HTML edition the same link points at that page's HTML
/// (`../index.html`), with its fragment kept.
struct PageLinks: Sendable {
    /// Each page's Markdown path in the site and its HTML path (in the same folder).
    let pages: [String: String]

    init(forceIDs: [String]) {
        var pages = ["national.md": "index.html", DataDictionaryPage.markdownPath: DataDictionaryPage.htmlPath]
        for id in forceIDs { pages["forces/\(id).md"] = "forces/\(id).html" }
        self.pages = pages
    }

    /// `html` (a page at `pagePath` in the site) with every `href="…"` to a page's Markdown
    /// pointed at its HTML; every other link (data files, other sites, anchors) is left as it is.
    func htmlEdition(_ html: String, pagePath: String) -> String {
        let marker = Array("href=\"".utf8)
        let bytes = Array(html.utf8)
        let folder = pagePath.split(separator: "/").dropLast().map(String.init)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0, copied = 0
        while i + marker.count <= bytes.count {
            guard bytes[i] == UInt8(ascii: "h"), bytes[i..<(i + marker.count)].elementsEqual(marker) else { i += 1; continue }
            let start = i + marker.count
            guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            let target = String(decoding: bytes[start..<end], as: UTF8.self)
            if let rewritten = rewrite(target, folder: folder) {
                out += bytes[copied..<start]
                out += Array(rewritten.utf8)
                copied = end
            }
            i = end
        }
        out += bytes[copied...]
        return String(decoding: out, as: UTF8.self)
    }

    /// The HTML target of a link to a page's Markdown, or nil for any other link.
    func rewrite(_ target: String, folder: [String]) -> String? {
        let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0])
        guard path.hasSuffix(".md"), !path.hasPrefix("/"), !path.contains(":") else { return nil }
        var resolved = folder
        for component in path.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if resolved.popLast() == nil { return nil }
            default: resolved.append(String(component))
            }
        }
        guard let html = pages[resolved.joined(separator: "/")] else { return nil }
        let file = html.split(separator: "/").last.map(String.init) ?? html
        let written = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        return (written.isEmpty ? "" : written + "/") + file + (parts.count > 1 ? "#" + parts[1] : "")
    }
}
