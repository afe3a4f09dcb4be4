import Foundation
import Testing

@testable import InspectionReport

@Suite("Rendering")
struct RenderingTests {
    static let projectRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = projectRoot.appendingPathComponent("Templates").path
    static let sampleData = projectRoot.appendingPathComponent("SampleData").path
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Builds `data` into a fresh directory and returns it.
    static func build(_ data: String, audience: Audience = .public, templates: String = templates) throws -> String {
        let out = Fixture.temporaryDirectory() + "/site"
        var options = BuildOptions(dataDirectory: data, outputDirectory: out, templatesDirectory: templates, audience: audience)
        options.generatedOn = Day(year: 2024, month: 8, day: 1)
        _ = try Builder(options: options).run()
        return out
    }

    static func read(_ path: String) -> String {
        String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
    }

    /// Every file of a site, relative path to bytes.
    static func files(_ root: String) -> [String: Data] {
        var out: [String: Data] = [:]
        let e = FileManager.default.enumerator(atPath: root)!
        while let path = e.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                out[path] = FileManager.default.contents(atPath: root + "/" + path)
            }
        }
        return out
    }

    /// The fixture's public site, its restricted edition and alpha's force pack, each built
    /// once for every golden file.
    enum GoldenSites {
        static let sites: Result<[String: String], Error> = Result {
            [
                "public": try RenderingTests.build(Fixture.dataset()),
                "restricted": try RenderingTests.build(Fixture.dataset(), audience: .restricted),
                "pack": try RenderingTests.build(Fixture.dataset(), audience: .forcePack("alpha")),
            ]
        }
    }

    /// The golden files, as `audience:path`: the public site's pages, data files, one chart and
    /// its CSV on the Web metadata; the restricted edition's and the force pack's scorecard of
    /// alpha (with their marking banners and annex). Run with UPDATE_GOLDEN=1 to rewrite them
    /// after a deliberate change: that run fails on purpose; read the diff with git, then run
    /// again without it.
    @Test(arguments: [
        "public:national.md", "public:index.html", "public:forces/alpha.md", "public:forces/alpha.html", "public:data/metrics.csv",
        "public:data/quality.csv", "public:charts/alpha-trends.svg", "public:data/metrics.csv-metadata.json",
        "restricted:forces/alpha.html", "pack:forces/alpha.html",
    ])
    func goldenFiles(_ argument: String) throws {
        let parts = argument.split(separator: ":", maxSplits: 1).map(String.init)
        let (audience, path) = (parts[0], parts[1])
        let site = try #require(try GoldenSites.sites.get()[audience])
        let actual = try #require(FileManager.default.contents(atPath: site + "/" + path), "the build wrote no \(path)")
        let name = (audience == "public" ? "" : audience + "_") + path.replacingOccurrences(of: "/", with: "_")
        try GoldenFile.check(actual, against: Self.golden.appendingPathComponent(name).path)
    }

    @Test func buildsAreByteIdentical() throws {
        let data = Fixture.dataset()
        #expect(Self.files(try Self.build(data)) == Self.files(try Self.build(data)))
    }

    @Test func markupInDataRendersAsText() throws {
        let forces =
            """
            force_id,name,region,child_population\nalpha,<script>alert(1)</script>,<b>North</b>,20000\nbeta,Beta *Police* \
            [x](javascript:alert(1)),North,10000\ngamma,Gamma & Co,South,\n
            """
        let recommendations =
            """
            id,title,owner,deadline,force_action,text\n1,<img src=x onerror=alert(1)>,Chief constables,2024-03-31,yes,<script>alert(2)</script> \
            **bold**\n2,Grade,Chief constables,,yes,\n
            """
        let progress = "force_id,recommendation_id,status,updated,evidence\nalpha,1,complete,2024-05-01,<iframe src=x></iframe> done\n"
        let site = try Self.build(Fixture.dataset(writing: ["forces.csv": forces, "recommendations.csv": recommendations, "progress.csv": progress]))
        for page in ["index.html", "forces/alpha.html", "forces/beta.html"] {
            let html = Self.read(site + "/" + page)
            #expect(!html.contains("<script"), "\(page) holds a script element")
            #expect(!html.contains("<img"), "\(page) holds an image element")
            #expect(!html.contains("<iframe"), "\(page) holds an iframe")
            #expect(!html.contains("<b>North"))
            #expect(!html.contains("href=\"javascript"))
            #expect(html.contains("Beta *Police* [x](javascript:alert(1))") || page == "forces/alpha.html")
        }
        let alpha = Self.read(site + "/forces/alpha.html")
        #expect(alpha.contains("&lt;script&gt;alert(1)&lt;/script&gt;: scorecard"))
        // Raw HTML in Markdown prose is dropped (docs/data-contract.md, "Text"), here the whole
        // HTML block.
        #expect(!alpha.contains("iframe"))
        #expect(!Self.read(site + "/forces/alpha.md").contains("iframe"))
        let markdown = Self.read(site + "/forces/alpha.md")
        #expect(markdown.contains("# \\<script\\>alert(1)\\</script\\>: scorecard"))
        #expect(CommonMark.html(markdown).contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(Self.read(site + "/index.html").contains("Gamma &amp; Co"))
    }

    @Test func missingTemplateIsAnError() throws {
        let templates = Fixture.temporaryDirectory()
        for name in ["national.md.mustache", "layout.html.mustache", "style.css"] {
            try FileManager.default.copyItem(atPath: Self.templates + "/" + name, toPath: templates + "/" + name)
        }
        do {
            _ = try Self.build(Fixture.dataset(), templates: templates)
            Issue.record("expected a template error")
        } catch let error as BuildError {
            #expect(error.exitStatus == .invalidInput)
            #expect(error.errorDescription!.contains("force.md.mustache is missing"))
        }
    }

    @Test func unknownTemplateNameIsAnError() throws {
        let templates = Fixture.temporaryDirectory()
        for name in TemplateSet.requiredFiles {
            try FileManager.default.copyItem(atPath: Self.templates + "/" + name, toPath: templates + "/" + name)
        }
        let national = Self.read(templates + "/national.md.mustache") + "\n{{#recommendations}}{{no_such_value}}{{/recommendations}}\n"
        try Data(national.utf8).write(to: URL(fileURLWithPath: templates + "/national.md.mustache"))
        do {
            _ = try Self.build(Fixture.dataset(), templates: templates)
            Issue.record("expected a template error")
        } catch let error as BuildError {
            let lines = national.split(separator: "\n", omittingEmptySubsequences: false).count - 1
            #expect(error.errorDescription!.contains("national.md.mustache:\(lines): `{{no_such_value}}`"), "\(error.errorDescription!)")
        }
    }

    @Test(.tags(.slow)) func everySectionOfTheSamplePublicationHasContent() throws {
        let site = try Self.build(Self.sampleData)
        for page in ["national.md", "forces/kent.md", "forces/city-of-london.md"] {
            let markdown = Self.read(site + "/" + page)
            let sections = markdown.components(separatedBy: "\n## ").dropFirst()
            #expect(sections.count >= 6, "\(page)")
            for section in sections {
                let body = section.split(separator: "\n", maxSplits: 1).dropFirst().joined().trimmingCharacters(in: .whitespacesAndNewlines)
                #expect(body.count > 40, "\(page): section \(section.prefix(40)) is empty")
            }
            #expect(!markdown.contains("{{"))
        }
        let files = Self.files(site)
        #expect(files.keys.filter { $0.hasPrefix("forces/") && $0.hasSuffix(".html") }.count == 43)
        #expect(files.keys.filter { $0.hasPrefix("forces/") && $0.hasSuffix(".md") }.count == 43)
        #expect(files["assets/style.css"] != nil)
        // Every chart the Markdown refers to exists.
        let national = Self.read(site + "/national.md")
        for match in national.matches(of: /\]\((charts\/[^)]+\.svg)\)/) {
            #expect(files[String(match.1)] != nil)
        }
    }

    @Test(.tags(.slow)) func publicPagesNeverShowCaseIDsButRestrictedScorecardsDo() throws {
        let publicSite = Self.files(try Self.build(Self.sampleData))
        for (path, data) in publicSite {
            let text = String(decoding: data, as: UTF8.self)
            #expect(text.firstMatch(of: /C\d{8}/) == nil, "\(path) shows a case id")
        }
        let restricted = try Self.build(Self.sampleData, audience: .restricted)
        let kent = Self.read(restricted + "/forces/kent.html")
        #expect(kent.firstMatch(of: /C\d{8}/) != nil)
        #expect(kent.contains("Annex: open cases past their timescale"))
        #expect(Self.read(restricted + "/data/open-overdue-cases.csv").hasPrefix("force_id,case_id,risk_grade,received,days_since_received\n"))
    }

    @Test func pagesShowTheSuppressedFiguresOfTheMetricsFile() throws {
        let site = try Self.build(Fixture.dataset())
        let metrics = Self.read(site + "/data/metrics.csv")
        #expect(metrics.contains("national,all,referrals,all,[c]"))
        let html = Self.read(site + "/index.html")
        // Four referrals in all: the headline shows the symbol, never the count.
        #expect(html.contains("<th scope=\"row\">Referrals received</th><td><abbr title=\"suppressed to protect confidentiality\">[c]</abbr></td>"))
    }
}

/// `docs/data-contract.md`, "Text", end to end: Markdown from the data is made safe in every output.
@Suite("Rendering: text from the data")
struct ProseRenderingTests {
    static let recommendations =
        "id,title,owner,deadline,force_action,text\n"
            + """
            1,Act,Chief constables,2024-03-31,yes,\"<script>alert(1)</script>\n\nSee [a](javascript:alert(1)) [b](DATA:text/html,x) [c]( \
            <vbscript:x>) [d](java&#115;cript:alert(1)) <img src=x onerror=alert(2)> ![pixel](https://tracker.example/p.gif) \
            [ok](https://ok.example/)\"\n
            """
        + "2,IRBLOCK0X,Chief constables,,yes,Use the tool.\n3,Publish guidance,College of Policing,2024-03-31,no,\n"
    static let progress =
        "force_id,recommendation_id,status,updated,evidence\n"
            + """
            alpha,1,being_progressed,2024-02-01,\"Done.\n\n# Heading\n\n---\n\n| a |\n| - |\n\n<div>\nunclosed\n\n<iframe \
            src=x></iframe>\n\n```\ncode\"\n
            """
    static let forces =
        "force_id,name,region,child_population\nalpha,1. Alpha,North,20000\nbeta,# Beta IRBLOCK1X,North,10000\ngamma,Gamma Police,South,\n"

    static let site: String = try! RenderingTests.build(
        Fixture.dataset(writing: [
            "recommendations.csv": recommendations, "progress.csv": progress, "forces.csv": forces,
        ]))

    @Test(arguments: ["national.md", "index.html", "forces/alpha.md", "forces/alpha.html"])
    func noRawHTMLAndNoUnsafeDestination(_ page: String) {
        let text = RenderingTests.read(Self.site + "/" + page)
        for bad in ["<script", "<img", "<iframe", "<div>", "unclosed", "onerror", "javascript", "DATA:", "data:text", "vbscript", "java&#115;"] {
            #expect(!text.contains(bad), "\(page) holds \(bad)")
        }
    }

    @Test func externalImageIsALinkInBothOutputs() throws {
        #expect(
            RenderingTests.read(Self.site + "/national.md").contains(
                "See a b c d  [pixel](https://tracker.example/p.gif) [ok](https://ok.example/)\n"))
        #expect(
            RenderingTests.read(Self.site + "/index.html").contains(
                "<p>See a b c d  <a href=\"https://tracker.example/p.gif\">pixel</a> <a href=\"https://ok.example/\">ok</a></p>\n"))
        for (path, bytes) in RenderingTests.files(Self.site) {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.contains("<img src=\"http") && !text.contains("<img src=\"//") && !text.contains("tracker.example/p.gif\" alt"), "\(path)")
        }
    }

    /// Evidence with a heading, a rule, a table, an unclosed `<div>` and an unclosed fence:
    /// the page goes on after it as the template wrote it, in both outputs.
    @Test func evidenceCannotAlterThePageAroundIt() {
        let html = RenderingTests.read(Self.site + "/forces/alpha.html")
        #expect(
            html.contains(
                """
                <p><strong>1 February 2024: Being progressed.</strong></p>\n<p>Done.</p>\n<p><strong>Heading</strong></p>\n<hr />\n<p>| a |\n| \
                - |</p>\n<pre><code>code\n</code></pre>\n<h3 id=\"no-2-irblock0x\">No. 2. IRBLOCK0X</h3>\n
                """
            ))
        let markdown = RenderingTests.read(Self.site + "/forces/alpha.md")
        #expect(markdown.contains("Done.\n\n**Heading**\n\n-----\n\n| a |\n| - |\n\n``` \ncode\n```\n"))
        let reread = CommonMark.html(markdown)
        #expect(reread.contains("<h3>No. 2. IRBLOCK0X</h3>"))
        #expect(!reread.contains("<h1>Heading") && !reread.contains("<table"))
    }

    /// A force named like a list item or a heading, and text that spells a block token.
    @Test func namesRenderAsText() {
        let alpha = RenderingTests.read(Self.site + "/forces/alpha.md")
        #expect(alpha.hasPrefix("# 1\\. Alpha: scorecard\n"))
        // Its compliance is hidden, so the sentence says that it is not published.
        #expect(alpha.contains("\n1\\. Alpha's share of cases acted on within the timescale is not published"))
        #expect(CommonMark.html(alpha).contains("<p>1. Alpha’s share of cases acted on"))
        #expect(!CommonMark.html(alpha).contains("<li>Alpha acted"))
        let beta = RenderingTests.read(Self.site + "/forces/beta.md")
        #expect(CommonMark.html(beta).contains("<h1># Beta IRBLOCK1X: scorecard</h1>"))
        #expect(RenderingTests.read(Self.site + "/forces/beta.html").contains("<p># Beta IRBLOCK1X’s share of cases acted on"))
        #expect(RenderingTests.read(Self.site + "/national.md").contains("#### 2. IRBLOCK0X\n"))
        #expect(RenderingTests.read(Self.site + "/index.html").contains("<h4>2. IRBLOCK0X</h4>"))
    }
}
