import Foundation

/// Renders the national publication and every scorecard, in Markdown and HTML, with their
/// charts and stylesheet.
struct SiteRenderer: Sendable {
    let publication: Publication
    let templates: TemplateSet
    let pageLinks: PageLinks

    init(publication: Publication, templates: TemplateSet) {
        self.publication = publication
        self.templates = templates
        pageLinks = PageLinks(forceIDs: publication.dataset.forces.map(\.id))
    }

    /// A rendered page and the chart files its Markdown refers to.
    struct Page {
        var files: [(String, [UInt8])]
    }

    /// Every file of the site except the data files, in a fixed order.
    /// - Parameter parallelism: whether scorecards are rendered on several threads (the
    ///   files are the same either way).
    func render(parallelism: Parallelism = .automatic) throws(BuildError) -> [(String, [UInt8])] {
        var files: [(String, [UInt8])] = [("assets/style.css", Array(templates.stylesheet.utf8))]
        files += try renderNational()
        files += try renderDataDictionary()
        files += try renderForces(nil, parallelism: parallelism)
        return files
    }

    /// The scorecards of the selected forces (all when nil), in force order.
    func renderForces(_ selected: Set<Int>?, parallelism: Parallelism = .automatic) throws(BuildError) -> [(String, [UInt8])] {
        var files: [(String, [UInt8])] = []
        let order = publication.table.forceOrder.filter { selected?.contains($0) ?? true }
        let results = parallelism.map(order.count) { i in
            Result { () throws(BuildError) in try renderForce(order[i]) }
        }
        for result in results {
            switch result {
            case .success(let page): files += page
            case .failure(let error): throw error
            }
        }
        return files
    }

    func renderNational() throws(BuildError) -> [(String, [UInt8])] {
        var page = NationalPage(publication: publication)
        let context = page.context()
        let title = publication.settings.title
        var files = try document(
            template: "national.md.mustache", context: context, markdownPath: "national.md", htmlPath: "index.html",
            pageTitle: title, depth: 0, current: nil)
        for (path, chart) in page.charts { files.append((path, Array(chart.svg(standalone: true).utf8))) }
        return files
    }

    /// The data dictionary: every column, metric and breakdown of the open data.
    func renderDataDictionary() throws(BuildError) -> [(String, [UInt8])] {
        try document(
            template: "data-dictionary.md.mustache", context: DataDictionaryPage(publication: publication).context(),
            markdownPath: DataDictionaryPage.markdownPath, htmlPath: DataDictionaryPage.htmlPath,
            pageTitle: "Data dictionary: \(publication.settings.title)", depth: 0, current: nil)
    }

    func renderForce(_ f: Int) throws(BuildError) -> [(String, [UInt8])] {
        var page = ForcePage(publication: publication, force: f)
        let context = page.context()
        let force = publication.dataset.forces[f]
        var files = try document(
            template: "force.md.mustache", context: context, markdownPath: "forces/\(force.id).md",
            htmlPath: "forces/\(force.id).html", pageTitle: "\(force.name): scorecard", depth: 1, current: f)
        for (path, chart) in page.charts { files.append((path, Array(chart.svg(standalone: true).utf8))) }
        return files
    }

    /// Renders one document template to Markdown, and through libcmark and the layout to HTML.
    func document(
        template: String, context: [String: Any], markdownPath: String, htmlPath: String,
        pageTitle: String, depth: Int, current: Int?
    ) throws(BuildError) -> [(String, [UInt8])] {
        // The page without placeholders decides the marker, so no text of the page spells a token.
        let plain = try templates.render(template, Block.blank(context) as! [String: Any])
        let marker = Block.marker(avoiding: [plain, CommonMark.html(plain)])
        var blocks: [Block] = []
        let tokenContext = Block.resolve(context, blocks: &blocks, marker: marker) as! [String: Any]
        let source = try templates.render(template, tokenContext)
        let markdown = Block.substituteMarkdown(source, blocks: blocks, marker: marker)
        // Ids on the section headings, and a contents list of the h2s after the lede.
        // The prose links pages' Markdown; its HTML edition links their HTML (blocks hold no such link).
        let prose = pageLinks.htmlEdition(CommonMark.html(source), pagePath: htmlPath)
        let body = HeadingAnchors.withContents(Block.substitute(prose, blocks: blocks, marker: marker))
        let layout = layoutContext(title: pageTitle, content: body, depth: depth, current: current, markdownPath: markdownPath, htmlPath: htmlPath)
        let html = try templates.render("layout.html.mustache", layout)
        return [(markdownPath, Array(markdown.utf8)), (htmlPath, Array(html.utf8))]
    }

    /// The layout's values for a page at `htmlPath` (its Markdown at `markdownPath`); `current`
    /// is the scorecard's force.
    func layoutContext(title: String, content: String, depth: Int, current: Int?, markdownPath: String, htmlPath: String) -> [String: Any] {
        let p = publication
        let up = String(repeating: "../", count: depth)
        // The national page lists every force; a scorecard lists the forces of its region, so
        // that the site grows linearly with the number of forces.
        let region = current.map { p.dataset.forces[$0].region }
        let forces = p.table.forceOrder.filter { region == nil || p.dataset.forces[$0].region == region }.map { f -> [String: Any] in
            ["name": p.dataset.forces[f].name, "href": up + "forces/\(p.dataset.forces[f].id).html", "current": f == current]
        }
        return [
            "page_title": title,
            "site_title": p.settings.title,
            "stylesheet": up + "assets/style.css",
            "home": up + "index.html",
            "home_current": htmlPath == "index.html",
            "data_href": up + "data/metrics.csv",
            "quality_href": up + "data/quality.csv",
            "dictionary_href": up + DataDictionaryPage.htmlPath,
            "workbook_href": up + Workbook.path,
            "markdown_href": (markdownPath as NSString).lastPathComponent,
            "forces": forces,
            "forces_heading": region.map { "Forces of the \($0) region" } ?? "Force scorecards",
            "all_forces_href": up + "index.html#forces",
            "regional": region != nil,
            "content": content,
            "published": Publication.longDate(p.generatedOn),
            "as_of": Publication.longDate(p.settings.asOf),
            "restricted": p.audience == .restricted,
            "marked": p.audience.isMarked,
            "pack": p.packForceName != nil,
            "pack_force": p.packForceName.map(Escaping.html) ?? "",
            "marking": p.marking,
            "tool_version": p.provenance.toolVersion,
        ]
    }
}
