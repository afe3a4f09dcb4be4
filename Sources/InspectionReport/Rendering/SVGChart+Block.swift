extension SVGChart {
    /// The chart as a block of a page. In Markdown: the image of its file `file` (relative to
    /// the site, from a page `depth` folders down) and its description below. In HTML: a figure
    /// whose caption is the chart's title, then the inline SVG in a box labelled by that caption
    /// and focusable, because on a phone the chart keeps a readable size and scrolls sideways
    /// in it (`Templates/style.css`).
    func block(file: String, depth: Int) -> Block {
        let prefix = String(repeating: "../", count: depth)
        let html = """
            <figure class="chart">
            <figcaption id="\(id)-caption">\(Escaping.html(title))</figcaption>
            <div class="chart-scroll" role="region" tabindex="0" aria-labelledby="\(id)-caption">
            \(svg())</div>
            </figure>

            """
        return Block(markdown: "![\(Escaping.markdown(title))](\(prefix)\(file))\n\n*\(Escaping.markdown(description))*\n", html: html)
    }
}
