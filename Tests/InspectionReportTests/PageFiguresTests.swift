import Foundation
import Testing

@testable import InspectionReport

/// `docs/data-contract.md`, "The output files", one source for every figure: every figure about
/// cases that a public page shows is a row of that build's `metrics.csv` (same area, metric and
/// breakdown), shown as the row shows it, so that disclosure control covers everything published.
///
/// The method is a *sentinel* build. The sample publication's public table (disclosure control
/// and its audit applied by the build's own steps) has every figure replaced by a sentinel: the
/// n-th figure becomes 7,000,000 + 1,009·n (a count, days, or a rate whose value is that number),
/// `[c]` stays `[c]`, and the funnel positions stay words. The whole public site is rendered from
/// that table in-process by the build's render step. Then every number on every page (HTML text,
/// `title`, `aria-label` and `alt` attributes, Markdown, the charts' text, titles and
/// descriptions) must be either
/// - the text of a sentinel, whose row belongs on that page (``PageFigureCheck/belongs(_:on:dataset:)``), or
/// - a number that is not a figure about cases, on a short list derived from the inputs
///   (``NonCaseNumbers``), or an axis tick of a chart (``VisibleText/isAxisTick(_:)``).
///
/// A figure a page computed for itself cannot hide among the sentinels: a sum of up to 1,009
/// sentinels, and any difference of two, is never a sentinel (1,009 is prime and does not divide
/// 7,000,000), and no difference is a round number; a rate computed from two sentinel counts is
/// an ordinary percentage, while every sentinel rate reads in the hundreds of millions of percent.
/// The negative controls (``checkerReportsAFigureThePageComputed(_:)``) show that the check fails
/// when a page shows such a figure.
@Suite("Page figures: every case figure a public page shows is a row of metrics.csv")
struct PageFiguresTests {
    @Test(.tags(.slow), arguments: SentinelRates.allCases)
    func everyNumberOnEveryPublicPageIsARowOrNotAboutCases(_ rates: SentinelRates) throws {
        let site = try SentinelSite.rendered(rates)
        #expect(site.files.filter { $0.owner == nil }.map(\.path) == [], "files that the check cannot give to a page")
        let check = site.check(site.files)
        let listed = check.offences.prefix(60).map(\.description).joined(separator: "\n")
        #expect(
            check.offences.isEmpty,
            "\(check.offences.count) numbers on the public pages are neither a row of metrics.csv that belongs there nor allowed:\n\(listed)")
        // Not vacuous: every page shows its area's referrals, found as a row, and the charts
        // show rows too (the data dictionary shows none: no row belongs there).
        for file in site.files where !file.path.hasSuffix(".svg") && file.owner != .dictionary {
            let area: Area =
                switch file.owner {
                case .force(let f)?: .force(f)
                default: .national
                }
            let referrals = MetricKey(area, .referrals)
            if site.sentinels.sentinel[referrals] != nil, site.sentinels.table.value(area, .referrals) != .suppressed {
                #expect(
                    check.rowsShown[file.path, default: []].contains(referrals),
                    "\(file.path) shows no referrals row: the extraction missed its figures")
            }
        }
        #expect(site.files.filter { $0.path.hasSuffix(".svg") }.contains { !check.rowsShown[$0.path, default: []].isEmpty })
        #expect(check.axisTicks > 0)
    }

    /// The method itself: sentinels are told apart from each other and from everything the
    /// check allows, so an allowed number can never stand for a figure.
    @Test(arguments: SentinelRates.allCases)
    func sentinelsAreDistinctFromEachOtherAndFromAllowedNumbers(_ rates: SentinelRates) throws {
        let site = try SentinelSite.rendered(rates)
        let sentinels = site.sentinels
        #expect(sentinels.collisions == 0, "two rows share a sentinel text")
        #expect(sentinels.sentinel.count > 5_000)
        let ticks = sentinels.rowOfText.keys.filter(VisibleText.isAxisTick)
        #expect(ticks.isEmpty, "sentinels that would pass as axis ticks")
        let allowed = sentinels.rowOfText.keys.filter { site.allowed.anywhere[$0] != nil || site.allowed.nationalOnly[$0] != nil }
        #expect(allowed.isEmpty, "sentinels on the allow-list")
        // The suppressed figures and the words stay as published; every other figure is replaced.
        let wrong = zip(site.sample.published.rows, sentinels.table.rows).filter { published, doctored in
            switch published.value {
            case .suppressed, .text: doctored.value != published.value
            case .count, .days, .ratio: sentinels.sentinel[published.key] == nil || doctored.value == published.value
            }
        }
        #expect(wrong.map(\.0.key) == [])
    }

    /// The negative controls: a figure that a page computed for itself, put into one rendered
    /// file, is reported with its page, and nothing else in that file is.
    @Test(arguments: PageComputedFigure.allCases)
    func checkerReportsAFigureThePageComputed(_ figure: PageComputedFigure) throws {
        let site = try SentinelSite.rendered(.green)
        var files = site.files
        let (path, token) = try figure.inject(into: &files, site: site)
        let check = site.check(files.filter { $0.path == path })
        #expect(
            check.offences.contains { $0.token == token },
            "\(figure): \(token) in \(path) is not reported; reported: \(check.offences.map(\.description))")
        #expect(check.offences.allSatisfy { $0.path == path && $0.token == token }, "only the injected figure is reported")
    }

    /// The extraction reads what a reader meets, and no geometry.
    @Test func visibleTextOfAChartIsItsTitleDescriptionAndLabelsButNotItsTicks() {
        let svg = """
            <svg viewBox="0 0 720 300" width="720" role="img" aria-labelledby="a-title a-desc"><title id="a-title">Referrals, 7,001,009</title>
            <desc id="a-desc">Bars. 2024 Q2: 12</desc><rect x="64" y="20" width="30" height="40"/>
            <text x="58" y="24" text-anchor="end">2,000,000</text><text x="58" y="24">50%</text><text x="1" y="2">Q2 24</text>
            <text x="1" y="2">7,001,009</text><text x="1" y="2">12,345</text><text x="1" y="2">62.5%</text></svg>
            """
        let file = RenderedFile(path: "charts/x.svg", owner: .national, text: svg)
        let (pieces, ticks) = VisibleText.pieces(of: file)
        #expect(ticks == 2)
        #expect(pieces.map(\.text) == ["Referrals, 7,001,009", "Bars. 2024 Q2: 12", "Q2 24", "7,001,009", "12,345", "62.5%"])
    }

    @Test func htmlAttributesThatAreReadAloudAreText() {
        let html =
            """
            <p class=\"a1\" title=\"t 1\"><abbr title=\"suppressed\">[c]</abbr> <span aria-label=\"about 12\">x</span><img alt=\"3 cases\" \
            src=\"a9.png\">&#39;7&amp;8</p><style>p { width: 10px }</style>
            """
        let (pieces, _) = VisibleText.pieces(of: RenderedFile(path: "index.html", owner: .national, text: html))
        #expect(pieces.filter { $0.kind == .attribute }.map(\.text) == ["t 1", "suppressed", "about 12", "3 cases"])
        #expect(pieces.filter { $0.kind == .text }.map { VisibleText.words($0.text) } == [["c", "x", "7&8"]])
    }

    @Test func wordsKeepFiguresWholeAndDropPunctuation() {
        #expect(
            VisibleText.words("**7,001,009** (Green); 68.3%, -700100900.0%. No. 3: 12 days – [c] | 90th") == [
                "7,001,009", "Green", "68.3%", "-700100900.0%", "No", "3", "12", "days", "c", "90th",
            ])
        #expect(VisibleText.isFigureShaped("7,001,009") && VisibleText.isFigureShaped("-0.5%") && VisibleText.isFigureShaped("12"))
        #expect(!VisibleText.isFigureShaped("7,0010") && !VisibleText.isFigureShaped("Q2") && !VisibleText.isFigureShaped("1.0.0"))
    }
}

// MARK: - The sample publication, computed once

/// The sample publication's public figures, computed once for every test in this file by the
/// build's own steps (snapshot, read, compute, disclose with its audit), as `build` does
/// before it renders; the disclosure step is the slow part.
struct SamplePublication: Sendable {
    let builder: Builder
    let inputs: BuildInputs
    let dataset: Dataset
    let digests: [Provenance.Input]
    /// The figures as computed, before disclosure control.
    let computed: MetricsTable
    /// The figures as the public `metrics.csv` publishes them.
    let published: MetricsTable

    static let shared = Result { () throws -> SamplePublication in
        // Nothing is written: the tests render in memory.
        let options = BuildOptions(
            dataDirectory: RenderingTests.sampleData, outputDirectory: NSTemporaryDirectory() + "page-figures-never-written",
            templatesDirectory: RenderingTests.templates)
        let builder = Builder(options: options)
        let inputs = try builder.takeSnapshot()
        let (dataset, digests) = try builder.read(inputs)
        let computed = builder.compute(dataset)
        let published = try builder.disclose(computed, dataset)
        return SamplePublication(builder: builder, inputs: inputs, dataset: dataset, digests: digests, computed: computed, published: published)
    }

    /// Every public page and chart file rendered from `table` by the build's render step, each
    /// with the page it belongs to. The data files are left out: `metrics.csv` is the source,
    /// and `quality.csv` and `rejections.csv` count input rows, not cases.
    func render(_ table: MetricsTable) throws -> [RenderedFile] {
        let files = try builder.render(dataset, table, digests: digests, inputs: inputs, selection: .all)
        let forces = dataset.forces.indices.sorted { dataset.forces[$0].id.count > dataset.forces[$1].id.count }
        return files.compactMap { path, bytes in
            if path.hasPrefix("data/") || path.hasPrefix("assets/") { return nil }
            return RenderedFile(path: path, owner: owner(of: path, forcesLongestIDFirst: forces), text: String(decoding: bytes, as: UTF8.self))
        }
    }

    /// The page a file belongs to: the national publication and its charts, a scorecard and
    /// its charts (`charts/<force_id>-…`), or the data dictionary; nil for a file the check
    /// does not know.
    func owner(of path: String, forcesLongestIDFirst forces: [Int]) -> RenderedFile.Owner? {
        if path == "index.html" || path == "national.md" || path.hasPrefix("charts/national-") { return .national }
        if path == DataDictionaryPage.htmlPath || path == DataDictionaryPage.markdownPath { return .dictionary }
        for f in forces {
            let id = dataset.forces[f].id
            if path == "forces/\(id).html" || path == "forces/\(id).md" || path.hasPrefix("charts/\(id)-") { return .force(f) }
        }
        return nil
    }
}

/// The public site rendered from a sentinel table, with the numbers it may show that are not
/// about cases: rendered once for each ``SentinelRates`` and shared by the tests.
struct SentinelSite: Sendable {
    let sample: SamplePublication
    let sentinels: SentinelTable
    let files: [RenderedFile]
    let allowed: NonCaseNumbers

    init(_ rates: SentinelRates) throws {
        sample = try SamplePublication.shared.get()
        sentinels = SentinelTable(sample.published, rates: rates)
        files = try sample.render(sentinels.table)
        allowed = NonCaseNumbers(sample, table: sentinels.table)
    }

    static let green = Result { try SentinelSite(.green) }
    static let red = Result { try SentinelSite(.red) }

    static func rendered(_ rates: SentinelRates) throws -> SentinelSite {
        try (rates == .green ? green : red).get()
    }

    /// The check of `files` (rendered from this site's table, or changed by a test).
    func check(_ files: [RenderedFile]) -> PageFigureCheck {
        PageFigureCheck(files, sentinels: sentinels, allowed: allowed, dataset: sample.dataset)
    }
}

/// A public file of the site and the page it belongs to.
struct RenderedFile: Sendable {
    enum Owner: Hashable, Sendable {
        case national
        case force(Int)
        /// The data dictionary, which shows no figure about cases.
        case dictionary
    }

    var path: String
    var owner: Owner?
    var text: String
}

// MARK: - The sentinel table

/// Which side of the RAG thresholds every sentinel rate falls on, so that the page text that
/// depends on a rate's colour is rendered both ways.
enum SentinelRates: String, CaseIterable, Sendable {
    /// Every rate is its sentinel, far above `rag.green`: every rate is green.
    case green
    /// Every rate is minus its sentinel, below `rag.amber`: every rate is red, so the
    /// scorecards' "act on now" lists name every rate.
    case red
}

/// The published table with every figure replaced by a sentinel, and the row that each
/// sentinel's text stands for.
struct SentinelTable: Sendable {
    /// The first sentinel, and the step between sentinels (prime, and 7,000,000 is not a
    /// multiple of it: see ``PageFiguresTests``).
    static let base = 7_000_000
    static let step = 1_009

    /// The doctored table, in the row order and with the controls of the published one.
    let table: MetricsTable
    /// Every text that a ``Figure`` format gives for a sentinel, with its row.
    let rowOfText: [String: MetricRow]
    /// The sentinel of each replaced row.
    let sentinel: [MetricKey: Int]
    /// Texts that two rows would share (0: each text names one row).
    let collisions: Int

    /// Replaces every count, number of days and rate of `published` (the recommendation
    /// metrics included, so that they too are checked as rows) by a sentinel; `[c]` and text
    /// (the funnel positions, the recommendations' status) stay as published.
    init(_ published: MetricsTable, rates: SentinelRates) {
        var table = published
        var rowOfText: [String: MetricRow] = [:]
        var sentinel: [MetricKey: Int] = [:]
        var collisions = 0
        var n = 0
        for i in table.rows.indices {
            let published = table.rows[i].value
            if case .suppressed = published { continue }
            if case .text = published { continue }
            n += 1
            let s = Self.base + Self.step * n
            table.rows[i].value =
                switch published {
                case .count: .count(s)
                case .days: .days(s)
                default: .ratio(Int128(rates == .green ? s : -s), 1)
                }
            sentinel[table.rows[i].key] = s
            for text in Self.texts(of: table.rows[i].value) {
                if rowOfText.updateValue(table.rows[i], forKey: text) != nil { collisions += 1 }
            }
        }
        self.table = table
        self.rowOfText = rowOfText
        self.sentinel = sentinel
        self.collisions = collisions
    }

    /// Every text a page can show a value as: the formats of ``Figure``.
    static func texts(of value: MetricValue) -> Set<String> {
        [Figure.text(value), Figure.percent(value), Figure.decimal3(value)]
    }

    /// The sentinel of a row (for the negative controls); nil when it is `[c]` or absent.
    func value(_ area: Area, _ metric: Metric, _ breakdown: Breakdown = .all) -> Int? {
        sentinel[MetricKey(area, metric, breakdown)].flatMap { table.value(area, metric, breakdown) == .suppressed ? nil : $0 }
    }
}

// MARK: - What is not a figure about cases

/// The numbers a page may show that are not figures about cases, each with the reason it is
/// safe, all derived from the publication's inputs (the settings, the dataset, the
/// provenance, the templates): none is a case figure written into the test.
///
/// Almost every one is allowed only beside the words that say what it is (a date's month,
/// `No.` before a recommendation's number, the word a template writes beside its tag, a file's
/// name in the data-quality table), so that a small number a page computed for itself (how many
/// forces are above the range) is not let through because it happens to equal a setting. Only
/// words that cannot be figures (versions, digests) and two national figures that are not about
/// cases are allowed by value alone.
struct NonCaseNumbers: Sendable {
    /// Allowed by value on every page: the tool's version.
    var anywhere: [String: String] = [:]
    /// Allowed by value on the national publication: its provenance and the headline's total
    /// of recommendation pairs.
    var nationalOnly: [String: String] = [:]
    /// Values of template tags that hold no case figure, allowed where the template puts the
    /// tag (beside the same word), with the reason.
    var tags: [String: (value: String, reason: String)] = [:]
    /// The words the templates write just before and just after each tag.
    var tagNeighbours: [String: Set<[String]>] = [:]
    /// The disclosure threshold, allowed after the word `threshold` or where a template puts it.
    var threshold = ""
    /// `rag.green` and `rag.amber` as percentages, allowed after `green`, `amber` or `above`.
    var rag: Set<String> = []
    /// The funnel's limits (`95%`, `99.8%`), allowed within two words of `limits`, `funnel`
    /// or `range`.
    var funnelLimits: Set<String> = []
    /// The unit of `referrals_per_10k_children`, allowed after `per`.
    var perChildren = Figure.integer(10_000)
    /// Force and recommendation pairs complete when the period began (the headline), allowed
    /// before the status's word.
    var completeAtStart = ""
    /// Rows of the data-quality table: each input file's name and its counts of rows.
    var fileRows: [String: Set<String>] = [:]
    /// The count of each rejection code, by the code's words (`missing value`).
    var rejections: [[String]: Set<String>] = [:]
    /// Rows of the provenance table: each input's and template's name and its size in bytes.
    var fileSizes: [String: Set<String>] = [:]
    /// The dates the pages show, as the words `1 April 2024`.
    var dates: Set<[String]> = []
    /// The quarters of the period as their labels write them: `June 2024` ends the words
    /// `April to June 2024`, and a chart's axis writes the year alone under `Apr to Jun`.
    var quarterLabels: Set<[String]> = []
    /// The years of the period's quarters, allowed alone as a chart's axis label.
    var quarterYears: Set<String> = []
    /// The quarters as a chart's direct label writes them: `2025` ends `in Apr to Jun 2025`.
    var quarterAxisLabels: Set<[String]> = []
    /// Each region's number of forces after its last word, and the nation's after `Wales`.
    var forcesAfterArea: Set<[String]> = []
    /// The numbers of forces in a region or in all: "the lowest of the 5 forces".
    var forceCounts: Set<String> = []
    /// `progress.stale_after_months`, allowed before `months`.
    var staleMonths = ""
    /// The national bodies' recommendations: how many are complete, how many there are, how
    /// many are overdue (statuses of national-progress.csv, not cases).
    var nationalBodies: Set<String> = []
    /// The dataset (for the number of forces).
    var dataset: Dataset
    /// The timescale settings, in days.
    var timescales: Set<Int> = []
    /// Each recommendation's id and the first word of its title.
    var recommendationTitles: [String: String] = [:]
    /// Each word holding a digit with the words either side of it (`*` at the edge of a text),
    /// as the templates' own text or the input's text (a recommendation, its evidence, a
    /// force's name) writes it.
    var written: Set<[String]> = []

    init(_ sample: SamplePublication, table: MetricsTable) {
        let dataset = sample.dataset
        self.dataset = dataset
        let settings = dataset.settings
        // Settings (docs/data-contract.md, "Settings") configure the publication; no case is
        // counted in them.
        threshold = String(settings.disclosureThreshold)
        for fraction in [settings.ragGreen, settings.ragAmber] {
            rag.insert(Publication.percentText(fraction))
            rag.insert("\(Int((fraction.doubleValue * 100).rounded()))%")
        }
        nationalOnly[settings.maxRejectedShare.description] = "quality.max_rejected_share (a setting)"
        timescales = Set(RiskGrade.allCases.map { settings.timescale(for: $0) } + [settings.assessmentTimescale])
        for q in settings.quarters {
            quarterLabels.insert([Publication.monthNames[q.number * 3 - 1], String(q.year)])
            quarterYears.insert(String(q.year))
            let axis = Publication.quarterAxisLabel(q)
            quarterAxisLabels.insert([String(axis.months.split(separator: " ").last ?? ""), axis.year])
        }
        // Forces and regions are the publication's structure, not cases.
        for region in table.regions {
            let count = dataset.forces.filter { $0.region == region }.count
            forcesAfterArea.insert([VisibleText.words(region).last ?? "", String(count)])
            forceCounts.insert(String(count))
        }
        forcesAfterArea.insert(["Wales", String(dataset.forces.count)])
        forceCounts.insert(String(dataset.forces.count))
        staleMonths = String(settings.staleAfterMonths)
        let national = table.nationalProgress.recommendations
        nationalBodies = [
            String(national.filter { $0.status == .complete }.count), String(national.count),
            String(national.filter { $0.isOverdue == true }.count),
        ]
        // Definitions of the contract (docs/data-contract.md, "The figures"), the same for every
        // dataset.
        funnelLimits = Set(FunnelLimits.allCases.map { $0.rawValue + "%" })
        // Provenance: the tool's version is in every page's footer; libcmark's version, the
        // inputs' digests and sizes in the methodology. None can be a figure.
        anywhere[ToolInfo.version] = "the tool's version (provenance)"
        nationalOnly[CommonMark.version] = "libcmark's version (provenance)"
        nationalOnly["SHA-256"] = "the name of the digest (provenance)"
        for input in sample.digests + sample.inputs.templateDigests {
            nationalOnly[input.sha256] = "the SHA-256 of \(input.name) (provenance)"
            fileSizes[VisibleText.words(input.name).last ?? "", default: []].insert(Figure.integer(input.bytes))
        }
        // Data quality (quality.csv): rows of the input files, read, accepted and rejected.
        for tally in dataset.tallies {
            fileRows[tally.file.fileName, default: []].formUnion([tally.rowsRead, tally.rowsAccepted, tally.rowsRejected].map(Figure.integer))
            for code in RowErrorCode.allCases where tally.count(of: code) > 0 {
                rejections[VisibleText.words(code.code), default: []].insert(Figure.integer(tally.count(of: code)))
            }
        }
        let cases = dataset.tally(.cases)
        func hiddenIn(_ kind: AuditArea.Kind) -> Int {
            let (sensitive, protective) = table.suppression?.hidden(in: kind) ?? (0, 0)
            return sensitive + protective
        }
        tags = [
            "counts_total": (Figure.integer(table.rows.filter { $0.control == .count }.count), "the number of counts in metrics.csv (methodology)"),
            "suppressed_sensitive": (Figure.integer(table.suppression?.sensitive ?? 0), "the number of counts suppressed as sensitive (methodology)"),
            "suppressed_protective": (
                Figure.integer(table.suppression?.protective ?? 0), "the number of counts suppressed to protect them (methodology)"
            ),
            "suppressed_national": (Figure.integer(hiddenIn(.national)), "the counts of the nation hidden (methodology)"),
            "suppressed_regions": (Figure.integer(hiddenIn(.region)), "the counts of regions hidden (methodology)"),
            "suppressed_forces": (Figure.integer(hiddenIn(.force)), "the counts of forces hidden (methodology)"),
            "audit_forces": (Figure.integer(dataset.forces.count), "the number of forces (methodology)"),
            "threshold": (threshold, "disclosure.threshold (a setting)"),
            "rag_green": (Publication.percentText(settings.ragGreen), "rag.green (a setting)"),
            "rag_amber": (Publication.percentText(settings.ragAmber), "rag.amber (a setting)"),
            "cases_read": (Figure.integer(cases.rowsRead), "rows read from cases.csv (data quality, quality.csv)"),
            "cases_rejected": (Figure.integer(cases.rowsRejected), "rows rejected from cases.csv (data quality, quality.csv)"),
            "dates_after_as_of": (Figure.integer(cases.datesAfterAsOf), "dates after as_of in cases.csv (data quality, quality.csv)"),
        ]
        // Recommendations describe forces, not cases (docs/data-contract.md, "The output files":
        // sums of recommendation counts are not case figures): the headline's total of pairs, a
        // sum of the national rows, and the pairs complete when the period began, from
        // progress.csv.
        let pairs = RecommendationStatus.allCases.reduce(0) { $0 + (table.value(.national, .recommendations, .status($1))?.integer ?? 0) }
        nationalOnly[Figure.integer(pairs)] = "the sum of the national recommendations rows (force and recommendation pairs)"
        completeAtStart = Figure.integer(table.progress.completeCount(on: settings.periodStart))
        for r in dataset.recommendations {
            recommendationTitles[String(r.id)] = VisibleText.words(r.title).first ?? ""
        }
        // Dates: the settings', the recommendations' deadlines, the progress updates.
        var days =
            [settings.periodStart, settings.periodEnd, settings.asOf] + dataset.recommendations.compactMap(\.deadline)
            + dataset.progress.map(\.updated) + (dataset.nationalProgress ?? []).map(\.updated)
        if let next = settings.publication.nextRelease { days.append(next) }
        dates = Set(days.map { VisibleText.words(Publication.longDate($0)) })
        // Text written by the templates, and text from the inputs.
        for name in ["national.md.mustache", "force.md.mustache", "data-dictionary.md.mustache", "layout.html.mustache"] {
            let (literals, neighbours) = Self.literalRuns(of: sample.inputs.templates.sources[name] ?? "")
            for literal in literals { addWritten(literal) }
            tagNeighbours.merge(neighbours) { $0.union($1) }
        }
        var prose = [
            settings.title, settings.publication.status, settings.publication.producer ?? "", settings.publication.contact ?? "",
            settings.publication.revisions ?? "",
        ]
        prose += dataset.forces.flatMap { [$0.name, $0.region] }
        prose += dataset.recommendations.flatMap { [$0.title, $0.owner, $0.text] }
        prose += dataset.progress.map(\.evidence)
        prose += (dataset.nationalProgress ?? []).map(\.evidence)
        for text in prose { addWritten(text) }
        // The tool's own words for the data (the data dictionary's), the same for every dataset.
        for text in Self.vocabulary { addWritten(text) }
    }

    /// Every text of the data dictionary: the metrics' and breakdowns' names and words, the
    /// columns of the data files, the workbook's sheets.
    static var vocabulary: [String] {
        var texts: [String] = []
        for metric in Metric.allCases {
            texts += [metric.csvName, metric.label, metric.definition, metric.breakdownPatterns, metric.unit.label, metric.unit.format]
        }
        for dimension in Breakdown.Dimension.allCases { texts += [dimension.pattern, dimension.values, dimension.meaning] }
        for file in DataDictionary.published + [DataDictionary.openOverdueCases] {
            texts += [file.name, file.title, file.description] + file.columns.flatMap { [$0.name, $0.datatype, $0.description] }
        }
        texts += Workbook.guide.flatMap { [$0.name, $0.holds] }
        return texts
    }

    /// Records each word of `text` that holds a digit, with its neighbours.
    mutating func addWritten(_ text: String) {
        let words = VisibleText.words(text)
        for (i, word) in words.enumerated() where VisibleText.hasDigit(word) {
            written.insert([i > 0 ? words[i - 1] : "*", word, i + 1 < words.count ? words[i + 1] : "*"])
        }
    }

    /// A template's own text between its tags (a tag never joins two runs), and for each
    /// value tag the last word before it and the first word after it ("" for none).
    static func literalRuns(of template: String) -> (runs: [String], neighbours: [String: Set<[String]>]) {
        var runs: [String] = []
        var tags: [String] = []
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            runs.append(String(rest[..<open.lowerBound]))
            guard let close = rest[open.upperBound...].range(of: "}}") else { return (runs, [:]) }
            tags.append(String(rest[open.upperBound..<close.lowerBound]).trimmingCharacters(in: CharacterSet(charactersIn: "{} ")))
            rest = rest[close.upperBound...]
            if rest.hasPrefix("}") { rest = rest.dropFirst() }
        }
        runs.append(String(rest))
        var neighbours: [String: Set<[String]>] = [:]
        for (i, tag) in tags.enumerated() where !tag.isEmpty && !"#^/!%>".contains(tag.first!) {
            neighbours[tag, default: []].insert([VisibleText.words(runs[i]).last ?? "", VisibleText.words(runs[i + 1]).first ?? ""])
        }
        return (runs, neighbours)
    }

    /// Why `token` is not a figure about cases, or nil when it may be one.
    func reason(for token: Token, on owner: RenderedFile.Owner) -> String? {
        let t = token.text
        let b = token.before, a = token.after, previous = b.last!, next = a[0]
        if dates.contains([t, next, a[1]]) || dates.contains([b[b.count - 2], previous, t]) { return "a date" }
        if isQuarterLabel(token) { return "a quarter of the period" }
        if let n = Int(t), timescales.contains(n), next == (n == 1 ? "day" : "days") { return "a timescale (a setting)" }
        if let first = recommendationTitles[t], previous == "No" || next == first { return "a recommendation's number" }
        for (name, tag) in tags where tag.value == t {
            if tagNeighbours[name, default: []].contains(where: { (!$0[0].isEmpty && $0[0] == previous) || (!$0[1].isEmpty && $0[1] == next) }) {
                return tag.reason
            }
        }
        if t == threshold, previous.lowercased() == "threshold" { return "disclosure.threshold (a setting)" }
        if rag.contains(t), ["green", "amber", "above"].contains(previous.lowercased()) || rag.contains(previous) {
            return "rag.green or rag.amber (a setting)"
        }
        if funnelLimits.contains(t),
            (b.suffix(2) + a + [previous.isEmpty && next.isEmpty ? "limits" : ""]).contains(where: { ["limits", "funnel", "range"].contains($0) })
                || (next == "and" && a.count > 1 && funnelLimits.contains(a[1]))
        {
            return "the funnel's control limits (limits=95, limits=99.8), a definition; alone, the label of a limit line"
        }
        if quarterYears.contains(t), previous.isEmpty, next.isEmpty { return "a quarter's year on a chart's axis" }
        if quarterAxisLabels.contains([previous, t]) { return "a quarter of the period as a chart's label writes it" }
        if forcesAfterArea.contains([previous, t]) { return "the number of forces in a region or in England and Wales (structure)" }
        if forceCounts.contains(t), next == "forces" { return "a number of forces (structure, not cases)" }
        if next == "highest", t.hasSuffix("st") || t.hasSuffix("nd") || t.hasSuffix("rd") || t.hasSuffix("th"), let k = Int(t.dropLast(2)),
            k <= dataset.forces.count
        {
            return "a force's place among its region's forces, ranked by published rates (structure, not cases)"
        }
        if owner == .national, nationalBodies.contains(t),
            (next == "of" && a.count > 1 && a[1] == "their") || next == "recommendations" || (next == "are" && a.count > 1 && a[1] == "overdue")
        {
            return "a count of the national bodies' recommendations by status (national-progress.csv, not cases)"
        }
        if t == staleMonths, next == "months" { return "progress.stale_after_months (a setting)" }
        if t == "0", previous == "be", b.count > 1, b[b.count - 2] == "may" { return "the words \"which may be 0\" about a hidden count" }
        if t == perChildren, previous.lowercased() == "per" { return "the unit of referrals_per_10k_children, a definition" }
        if t == "90th", next == "percentile" { return "the rank of the p90 percentiles, a definition" }
        if [[previous, t, next], ["*", t, next], [previous, t, "*"], ["*", t, "*"]].contains(where: written.contains) {
            return "written so in a template, in the input's text or in the data dictionary's words"
        }
        if let reason = anywhere[t] { return reason }
        guard owner == .national else { return nil }
        if b.contains(where: { fileRows[$0]?.contains(t) ?? false }) { return "a count of rows of an input file (data quality, quality.csv)" }
        if rejections.contains(where: { b.suffix($0.key.count) == ArraySlice($0.key) && $0.value.contains(t) }) {
            return "a count of rejected rows (data quality, quality.csv)"
        }
        if fileSizes[previous]?.contains(t) ?? false { return "the size of an input or template file (provenance)" }
        if t == completeAtStart, next == RecommendationStatus.complete.label.lowercased() {
            return "the force and recommendation pairs complete on period.start (progress.csv)"
        }
        return nationalOnly[t]
    }

    /// The year of `April to June 2024`.
    func isQuarterLabel(_ token: Token) -> Bool {
        quarterLabels.contains([token.before.last!, token.text])
    }
}

// MARK: - The check

/// A number on a page with its neighbouring words.
struct Token {
    var text: String
    /// The four words before it and the two after it ("" beyond the piece of text).
    var before: [String]
    var after: [String]
    let list: WordList
    let index: Int

    /// Six words either side, for messages.
    var context: String {
        (max(0, index - 6)..<min(list.ranges.count, index + 7)).map(list.word).joined(separator: " ")
    }
}

/// The words of a text as ranges of its UTF-8 bytes: split at white space and separators,
/// trimmed of the punctuation around them (a minus sign before a digit is kept). Words become
/// strings only when asked for, so that the pages are read quickly.
final class WordList {
    let bytes: [UInt8]
    let ranges: [Range<Int>]

    init(_ text: String) {
        bytes = Array(text.utf8)
        let separators = VisibleText.separatorBytes, others = VisibleText.separatorScalars
        var ranges: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { p in
            /// Adds the word `start..<end` trimmed of the punctuation around it: `.`, `,` and
            /// apostrophes at the end, apostrophes, `+` and a `-` that no digit follows at the start.
            func add(_ start: Int, _ end: Int) {
                var lower = start, upper = end
                while upper > lower {
                    let b = p[upper - 1]
                    if b == 0x2E || b == 0x2C || b == 0x27 {
                        upper -= 1
                    } else if upper - lower >= 3, b == 0x99, p[upper - 2] == 0x80, p[upper - 3] == 0xE2 {
                        upper -= 3
                    } else {
                        break
                    }
                }
                while upper > lower {
                    let b = p[lower]
                    if b == 0x27 || b == 0x2B || (b == 0x2D && !(lower + 1 < upper && p[lower + 1] >= 0x30 && p[lower + 1] <= 0x39)) {
                        lower += 1
                    } else if upper - lower >= 3, b == 0xE2, p[lower + 1] == 0x80, p[lower + 2] == 0x99 {
                        lower += 3
                    } else {
                        break
                    }
                }
                if upper > lower { ranges.append(lower..<upper) }
            }
            var start = 0, i = 0
            let count = p.count
            while i < count {
                let b = p[i]
                if b < 0x80 {
                    if separators[Int(b)] {
                        add(start, i)
                        start = i + 1
                    }
                    i += 1
                    continue
                }
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                let end = min(count, i + length)
                if let scalar = String(decoding: UnsafeBufferPointer(rebasing: p[i..<end]), as: UTF8.self).unicodeScalars.first,
                    scalar.properties.isWhitespace || others.contains(scalar)
                {
                    add(start, i)
                    start = end
                }
                i = end
            }
            add(start, count)
        }
        self.ranges = ranges
    }

    private func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// The i-th word, or "" beyond the ends.
    func word(_ i: Int) -> String {
        ranges.indices.contains(i) ? String(decoding: bytes[ranges[i]], as: UTF8.self) : ""
    }

    func hasDigit(_ i: Int) -> Bool { bytes[ranges[i]].contains(where: isDigit) }
}

/// A number that a page shows and that is neither a row of `metrics.csv` that belongs on
/// the page nor allowed.
struct Offence: CustomStringConvertible {
    var path: String
    var token: String
    var kind: VisibleText.Kind
    var context: String
    var reason: String

    var description: String { "\(path) (\(kind)): \(token) in “\(context)”: \(reason)" }
}

/// The check of every number on the rendered public pages against the sentinel table.
struct PageFigureCheck {
    private(set) var offences: [Offence] = []
    /// The rows that each file shows.
    private(set) var rowsShown: [String: Set<MetricKey>] = [:]
    /// How many chart labels were axis ticks.
    private(set) var axisTicks = 0
    /// How many numbers each reason of ``NonCaseNumbers`` allowed.
    private(set) var allowedBy: [String: Int] = [:]

    /// The metrics a scorecard shows for other forces: the funnel plot's comparison of the
    /// forces (cases due and compliance).
    static let comparisonMetrics: Set<Metric> = [.actionDue, .actionCompliance]

    init(_ files: [RenderedFile], sentinels: SentinelTable, allowed: NonCaseNumbers, dataset: Dataset) {
        for file in files {
            guard let owner = file.owner else { continue }
            let (pieces, ticks) = VisibleText.pieces(of: file)
            axisTicks += ticks
            for piece in pieces {
                for token in VisibleText.tokens(piece.text) {
                    if let row = sentinels.rowOfText[token.text] {
                        if Self.belongs(row, on: owner, dataset: dataset) {
                            rowsShown[file.path, default: []].insert(row.key)
                        } else {
                            offences.append(
                                Offence(
                                    path: file.path, token: token.text, kind: piece.kind, context: token.context,
                                    reason:
                                        """
                                        the row \(row.key.area.typeName) \(row.areaName) \(row.metric.csvName) \(row.breakdown.csvText), which \
                                        does not belong on this page
                                        """
                                ))
                        }
                    } else if let reason = allowed.reason(for: token, on: owner) {
                        allowedBy[reason, default: 0] += 1
                    } else {
                        offences.append(
                            Offence(
                                path: file.path, token: token.text, kind: piece.kind, context: token.context,
                                reason: VisibleText.isFigureShaped(token.text)
                                    ? "not the text of a row of metrics.csv" : "a word holding digits that is no row"))
                    }
                }
            }
        }
    }

    /// Whether a row belongs on a page: the national publication may show any area; a
    /// scorecard its force, its region and the nation, and other forces only where it
    /// compares the forces; the data dictionary none.
    static func belongs(_ row: MetricRow, on owner: RenderedFile.Owner, dataset: Dataset) -> Bool {
        if owner == .dictionary { return false }
        guard case .force(let f) = owner else { return true }
        switch row.area {
        case .national: return true
        case .region(let region): return region == dataset.forces[f].region
        case .force(let g): return g == f || (comparisonMetrics.contains(row.metric) && row.breakdown == .all)
        }
    }
}

// MARK: - Visible text

/// The text of a public file that a reader or assistive technology meets, with no markup
/// and no geometry. Markup is taken apart with Foundation's regular expressions, which are
/// quick even in a debug build.
enum VisibleText {
    enum Kind: String, Sendable {
        /// Page text (HTML text nodes, Markdown).
        case text
        /// An attribute that is read aloud or shown: `title`, `aria-label`, `alt`.
        case attribute
        /// A chart's `<title>` or `<desc>`.
        case chartDescription
        /// A chart's `<text>`, other than an axis tick.
        case chartLabel
    }

    struct Piece: Equatable {
        var kind: Kind
        var text: String
    }

    static func pattern(_ pattern: String) -> NSRegularExpression {
        try! NSRegularExpression(pattern: pattern)
    }

    static let svgElement = pattern(#"<svg\b[\s\S]*?</svg>"#)
    static let hiddenElement = pattern(#"<(style|script)\b[\s\S]*?</\1>|<!--[\s\S]*?-->"#)
    static let anyTag = pattern(#"<[^>]*>"#)
    /// The attributes that carry text for people.
    static let readAttribute = pattern(#"\s(?:title|aria-label|alt)="([^"]*)""#)
    static let chartText = pattern(#"<(title|desc|text)\b[^>]*>([\s\S]*?)</\1>"#)
    static let linkDestination = pattern(#"(?<!\\)\]\([^)]*\)"#)
    static let backslashEscape = pattern(#"\\(.)"#)

    /// The ranges of every match of `expression` in `text` (`group` 0: the whole match).
    static func matches(_ expression: NSRegularExpression, in text: String, group: Int = 0) -> [Substring] {
        expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: group), in: text).map { text[$0] }
        }
    }

    static func replacing(_ expression: NSRegularExpression, in text: String, with template: String) -> String {
        expression.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }

    /// The pieces of text of a file, and how many chart labels were axis ticks.
    static func pieces(of file: RenderedFile) -> (pieces: [Piece], axisTicks: Int) {
        var pieces: [Piece] = []
        var ticks = 0
        if file.path.hasSuffix(".md") {
            pieces.append(Piece(kind: .text, text: markdown(file.text)))
        } else if file.path.hasSuffix(".svg") {
            svg(file.text, into: &pieces, ticks: &ticks)
        } else {
            html(file.text, into: &pieces, ticks: &ticks)
        }
        return (pieces, ticks)
    }

    /// Markdown: link destinations dropped, backslash escapes and entities resolved.
    static func markdown(_ text: String) -> String {
        decodeEntities(replacing(backslashEscape, in: replacing(linkDestination, in: text, with: "] "), with: "$1"))
    }

    /// HTML: text nodes (every tag becomes a space), the read attributes, and each inline
    /// chart as a chart; styles, scripts and comments are not text.
    static func html(_ text: String, into pieces: inout [Piece], ticks: inout Int) {
        for chart in matches(svgElement, in: text) { svg(String(chart), into: &pieces, ticks: &ticks) }
        let page = replacing(hiddenElement, in: replacing(svgElement, in: text, with: " "), with: " ")
        attributes(page, into: &pieces)
        pieces.append(Piece(kind: .text, text: decodeEntities(replacing(anyTag, in: page, with: " "))))
    }

    /// SVG: the title, the description, every `<text>` but the axis ticks, and the read
    /// attributes; no geometry.
    static func svg(_ text: String, into pieces: inout [Piece], ticks: inout Int) {
        let found = chartText.matches(in: text, range: NSRange(text.startIndex..., in: text))
        for match in found {
            guard let name = Range(match.range(at: 1), in: text).map({ text[$0] }), let inner = Range(match.range(at: 2), in: text) else { continue }
            let content = decodeEntities(replacing(anyTag, in: String(text[inner]), with: "")).trimmingCharacters(in: .whitespacesAndNewlines)
            if name == "text", isAxisTick(content) {
                ticks += 1
            } else {
                pieces.append(Piece(kind: name == "text" ? .chartLabel : .chartDescription, text: content))
            }
        }
        attributes(text, into: &pieces)
    }

    /// The values of the `title`, `aria-label` and `alt` attributes.
    static func attributes(_ text: String, into pieces: inout [Piece]) {
        for value in matches(readAttribute, in: text, group: 1) {
            pieces.append(Piece(kind: .attribute, text: decodeEntities(String(value))))
        }
    }

    /// An axis tick: a chart label that is nothing but a round number, one with at most three
    /// significant digits (`0`, `2,500,000`, `12,500`), or a whole percentage from 0% to 100%.
    /// A figure formatted by ``Figure`` is never one: a rate has a decimal place, and no
    /// sentinel, no difference of two sentinels and no small sum of them is round. Ticks are a
    /// scale: the bar chart's come from the largest row it draws, the funnel's from the
    /// largest cases due it draws and from the national rate.
    // KNOWN: the funnel plot draws more than rows. `FunnelPlot.chart(id:title:description:)`
    // draws its 95% and 99.8% limit curves from `MetricsTable.funnel`, the `FunnelPositions`
    // model that `MetricsTable.init` fits to every force's computed cases met and due before
    // disclosure control (the over-dispersion τ² includes forces whose figures are [c]); its
    // centre line comes from the model's
    // centre, not from the national `action_compliance` row (the same ratio when that row is
    // published, and the plot is drawn only then), and so, with the lowest point, does its
    // y axis's range. This check reads text, not geometry: the
    // ticks pass as ticks, and the curves are for the funnel's rework to draw from rows.
    static func isAxisTick(_ text: String) -> Bool {
        if text.hasSuffix("%") {
            guard let n = Int(text.dropLast()) else { return false }
            return (0...100).contains(n) && "\(n)%" == text
        }
        guard let n = Int(text.replacingOccurrences(of: ",", with: "")), n >= 0, Figure.integer(n) == text else { return false }
        var digits = String(n)
        while digits.count > 1, digits.hasSuffix("0") { digits.removeLast() }
        return digits.count <= 3
    }

    /// Resolves the entities our escaping and libcmark write, and numeric ones.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = text
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#32;", " "), ("&nbsp;", "\u{A0}")] {
            out = out.replacingOccurrences(of: entity, with: character)
        }
        if out.contains("&#") {
            for match in matches(pattern(#"&#[xX]?[0-9A-Fa-f]+;"#), in: out).reversed() {
                let digits = match.dropFirst(2).dropLast()
                let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
                if let scalar = value.flatMap(Unicode.Scalar.init) {
                    out.replaceSubrange(match.startIndex..<match.endIndex, with: String(Character(scalar)))
                }
            }
        }
        return out.replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Bytes that end a word besides ASCII white space, and the characters beyond ASCII that do.
    static let separatorBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        for b in Array(" \t\n\r\u{0B}\u{0C}|()[]{};:*\"<>/=!?`_\\".utf8) { table[Int(b)] = true }
        return table
    }()
    static let separatorScalars: Set<Unicode.Scalar> = Set("“”…·–—".unicodeScalars)

    /// The words of a text: split at white space and separators, trimmed of the punctuation
    /// around them (a minus sign before a digit is kept).
    static func words(_ text: String) -> [String] {
        let list = WordList(text)
        return list.ranges.indices.map(list.word)
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s >= "0" && s <= "9" }
    static func hasDigit(_ word: String) -> Bool { word.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } }

    /// The words holding a digit, with their neighbours.
    static func tokens(_ text: String) -> [Token] {
        let list = WordList(text)
        return list.ranges.indices.filter(list.hasDigit).map { i in
            Token(
                text: list.word(i), before: [list.word(i - 4), list.word(i - 3), list.word(i - 2), list.word(i - 1)],
                after: [list.word(i + 1), list.word(i + 2)], list: list, index: i)
        }
    }

    /// `12`, `7,001,009`, `-0.5`, `68.3%`: how ``Figure`` writes a number.
    static func isFigureShaped(_ word: String) -> Bool {
        var s = Substring(word)
        if s.hasPrefix("-") { s = s.dropFirst() }
        if s.hasSuffix("%") { s = s.dropLast() }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty else { return false }
        if parts.count == 2, parts[1].isEmpty || !parts[1].unicodeScalars.allSatisfy(isDigit) { return false }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        guard let head = groups.first, (1...(groups.count > 1 ? 3 : Int.max)).contains(head.count) else { return false }
        return groups.allSatisfy { $0.unicodeScalars.allSatisfy(isDigit) } && groups.dropFirst().allSatisfy { $0.count == 3 }
    }
}

// MARK: - Negative controls

/// Figures that a page might compute for itself instead of showing a row, each put into one
/// rendered file: the check must report each one, on its page.
enum PageComputedFigure: String, CaseIterable, Sendable {
    /// A scorecard's Markdown adds its force's referrals and its region's.
    case sumOfTwoRowsInMarkdown
    /// A scorecard's HTML divides cases met by cases due itself.
    case rateComputedFromTwoCounts
    /// A scorecard's `aria-label` says how many cases breached: due minus met.
    case differenceInAriaLabel
    /// A chart's description totals the cases due over the grades.
    case totalInChartDescription
    /// The national page counts the forces outside the range expected around the national
    /// rate, from their positions.
    case countOfForcesOutsideTheRange
    /// A scorecard shows another region's force's referrals.
    case figureOfAForceOfAnotherRegion
    /// The national Markdown rounds the referrals ("about 20,000,000").
    case roundedFigureInProse
    /// A scorecard shows a figure that disclosure control hid, as computed (read past the
    /// published table).
    case suppressedFigureAsComputed
    /// The data dictionary shows the national referrals, a row that belongs on no such page.
    case figureOnTheDataDictionary

    /// Puts the figure into one file; returns the file's path and the number as shown.
    func inject(into files: inout [RenderedFile], site: SentinelSite) throws -> (String, String) {
        let dataset = site.sample.dataset, sentinels = site.sentinels
        let table = sentinels.table
        // The first force (in output order) whose figures used here are all published.
        let f = try #require(
            table.forceOrder.first { f in
                [Metric.referrals, .actionDue, .actionMet].allSatisfy { sentinels.value(.force(f), $0) != nil }
                    && sentinels.value(.region(dataset.forces[f].region), .referrals) != nil
                    && RiskGrade.allCases.allSatisfy { sentinels.value(.force(f), .actionDue, .grade($0)) != nil }
            })
        let force = Area.force(f), id = dataset.forces[f].id
        let due = sentinels.value(force, .actionDue)!, met = sentinels.value(force, .actionMet)!
        func edit(_ path: String, _ change: (String) -> String) throws {
            let i = try #require(files.firstIndex { $0.path == path }, "no file \(path)")
            let before = files[i].text
            files[i].text = change(before)
            #expect(files[i].text != before, "the figure was not put into \(path)")
        }
        func beforeMain(_ html: String) -> (String) -> String { { $0.replacingOccurrences(of: "</main>", with: html + "\n</main>") } }
        switch self {
        case .sumOfTwoRowsInMarkdown:
            let sum = Figure.integer(sentinels.value(force, .referrals)! + sentinels.value(.region(dataset.forces[f].region), .referrals)!)
            try edit("forces/\(id).md") { $0 + "\nWith its region: \(sum) referrals.\n" }
            return ("forces/\(id).md", sum)
        case .rateComputedFromTwoCounts:
            let rate = Figure.percent(.ratio(Int128(met), Int128(due)))
            try edit("forces/\(id).html", beforeMain("<p>Met \(rate) of cases due.</p>"))
            return ("forces/\(id).html", rate)
        case .differenceInAriaLabel:
            let breached = Figure.integer(due - met)
            try edit("forces/\(id).html", beforeMain("<p aria-label=\"\(breached) cases breached\">Breached</p>"))
            return ("forces/\(id).html", breached)
        case .totalInChartDescription:
            let total = Figure.integer(RiskGrade.allCases.reduce(0) { $0 + sentinels.value(force, .actionDue, .grade($1))! })
            try edit("charts/\(id)-compliance-by-grade.svg") { $0.replacingOccurrences(of: "</desc>", with: " \(total) cases due.</desc>") }
            return ("charts/\(id)-compliance-by-grade.svg", total)
        case .countOfForcesOutsideTheRange:
            let outside = table.forceOrder.filter {
                [MetricValue.text("above"), .text("below")].contains(table.value(.force($0), .actionCompliancePosition, .limits(.p95)))
            }.count
            try edit("index.html", beforeMain("<p>\(outside) forces are outside the range expected.</p>"))
            return ("index.html", String(outside))
        case .figureOfAForceOfAnotherRegion:
            let other = try #require(
                table.forceOrder.first { dataset.forces[$0].region != dataset.forces[f].region && sentinels.value(.force($0), .referrals) != nil })
            let referrals = Figure.integer(sentinels.value(.force(other), .referrals)!)
            try edit("forces/\(id).md") { $0 + "\nA force elsewhere received \(referrals) referrals.\n" }
            return ("forces/\(id).md", referrals)
        case .suppressedFigureAsComputed:
            let (g, metric) = try #require(
                table.forceOrder.lazy.flatMap { g in
                    Metric.allCases.filter(\.isCaseCount).map { (g, $0) }
                }.first { g, metric in
                    table.value(.force(g), metric) == .suppressed && site.sample.computed.value(.force(g), metric)?.integer != nil
                })
            let hidden = Figure.text(site.sample.computed.value(.force(g), metric))
            let path = "forces/\(dataset.forces[g].id).md"
            try edit(path) { $0 + "\nOf these, \(hidden) were \(metric.csvName).\n" }
            return (path, hidden)
        case .figureOnTheDataDictionary:
            let referrals = Figure.integer(try #require(sentinels.value(.national, .referrals)))
            try edit(DataDictionaryPage.htmlPath, beforeMain("<p>In all, \(referrals) referrals.</p>"))
            return (DataDictionaryPage.htmlPath, referrals)
        case .roundedFigureInProse:
            let referrals = try #require(sentinels.value(.national, .referrals))
            let rounded = Figure.integer((referrals / 1_000_000) * 1_000_000)
            try edit("national.md") { $0 + "\nAbout \(rounded) referrals.\n" }
            return ("national.md", rounded)
        }
    }
}
