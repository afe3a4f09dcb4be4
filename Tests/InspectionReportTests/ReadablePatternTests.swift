import Foundation
import Testing

@testable import InspectionReport

/// The rules of a readable publication (`docs/methodology.md`, "Disclosure control"): no count
/// of the nation hidden unless it is sensitive or protects one that is, no total of a region
/// nor a force's referrals unless no pattern without it exists; an audit that owes the
/// suppression nothing; and `data/suppression.csv`.
@Suite("Readable pattern")
struct ReadablePatternTests {
    typealias Table = DisclosureAuditTests.Table

    /// City of London's case, by hand. Region R1 is forces a and b, region R2 is force c alone;
    /// counts of very high-risk cases (grade=very_high) due, met, breached and open past their
    /// timescale:
    ///
    ///     area    due  met  breached  overdue
    ///     a        30   20        10        2   ← sensitive
    ///     b       100   50        50       40
    ///     c        60   30        30       30   (every breached case still open)
    ///     R1      130   70        60       42
    ///     R2       60   30        30       30
    ///     nation  190  100        90       72
    ///
    /// Force b knows its own counts, so a = R1 − 40 unless R1's overdue is hidden; then the
    /// nation's overdue (published) gives R1 = 72 − R2 unless R2's is hidden too, and R2's is
    /// c's. Down to 0, without b: a, R1 −2, R2 and c +2; but c's open cases cannot pass its
    /// breached ones (30), so c's breached rises with them and its met falls (its due is
    /// published), R2's likewise, and R1's and a's the other way (the nation's are published):
    /// overdue, breached and met of a, R1, R2 and c. Force c, in turn, knows its counts, hence
    /// R2's and R1's; against c, a's cases move to b: b's overdue is hidden too (b's own
    /// counts are b's to know). Thirteen counts; none of the nation. The previous method (run
    /// on this table at the commit before it was replaced) hid six: the overdue count of every
    /// area, the nation's (72) among them, a breakdown of the nation it did not guard.
    @Test func cityOfLondonsCaseHidesNoCountOfTheNation() {
        var t = Table()
        let rows: [(AuditArea, [Int])] = [
            (.national, [190, 100, 90, 72]), (.region("R1"), [130, 70, 60, 42]), (.region("R2"), [60, 30, 30, 30]),
            (.force("a"), [30, 20, 10, 2]), (.force("b"), [100, 50, 50, 40]), (.force("c"), [60, 30, 30, 30]),
        ]
        for (area, values) in rows {
            // Referrals name the areas: the identities tie an area's counts to its region's.
            t.add(area, .referrals, values[0] * 2)
            for (metric, value) in zip([Metric.actionDue, .actionMet, .actionBreached, .actionOverdueOpen], values) {
                t.add(area, metric, .grade(.veryHigh), value)
            }
        }
        let regions = ["a": "R1", "b": "R1", "c": "R2"]
        let (hidden, audit) = LinkedSuppressionTests.protect(t, regions: regions)
        #expect(!hidden.contains { $0.hasPrefix("national") })
        let moved = ["action_met", "action_breached", "action_overdue_open"]
        let expected =
            ["region R1", "region R2", "force a"].flatMap { area in moved.map { "\(area) \($0) grade=very_high" } }
            + ["force b action_overdue_open grade=very_high"] + moved.map { "force c \($0) grade=very_high" }
        #expect(hidden == expected)
        #expect(audit.passes && audit.sensitive == 1)
    }

    /// A suppression that does not know that a region is the sum of its forces (regions
    /// unknown) believes a pattern safe that is not: R = a + b with a = 2, and force b, which
    /// knows its 40, reads a = R − 40. Its own audit passes; the build's audit, which builds
    /// its identities from the published counts and the forces' regions, fails and names a,
    /// and the suppression's deviations, checked against those identities, prove nothing.
    @Test func theAuditDoesNotTrustTheSuppression() {
        var t = Table()
        t.add(.national, .referrals, 142)
        t.add(.region("R"), .referrals, 42)
        t.add(.region("S"), .referrals, 100)
        t.add(.force("a"), .referrals, 2)
        t.add(.force("b"), .referrals, 40)
        t.add(.force("c"), .referrals, 100)
        let truth = t.restricted
        let primary = truth.cells.map { SensitivityRule().isSensitive($0.value ?? 0) }
        let believed = LinkedSuppression(threshold: 5, regionOfForce: nil, parallelism: .serial).protect(truth: truth, hidden: primary)
        var published = truth
        for i in published.cells.indices where believed.hidden[i] { published.cells[i].value = nil }
        let certificates = believed.deviations.map { $0.map { (truth.cells[$0.cell].key, $0.delta) } }
        var own = DisclosureAudit(published: published, restricted: truth, regionOfForce: nil, threshold: 5)
        own.certificates = certificates
        #expect(own.run().passes, "the suppression's own view of the identities")
        var independent = DisclosureAudit(published: published, restricted: truth, regionOfForce: ["a": "R", "b": "R", "c": "S"], threshold: 5)
        independent.certificates = certificates
        let report = independent.run()
        #expect(!report.passes)
        #expect(report.exposures.contains { $0.key == AuditKey(.force("a"), .referrals) })
    }
}

/// The sample's public pattern, computed once for the tests that read it.
enum SamplePattern {
    static let result: Result<(dataset: Dataset, computed: MetricsTable, disclosed: MetricsTable), Error> = Result {
        let dataset = try DatasetReader(directory: RenderingTests.sampleData).read()
        let computed = MetricsTable(dataset: dataset)
        let disclosed = try DisclosureControl(dataset: dataset, parallelism: .automatic).publicFigures(of: computed)
        return (dataset, computed, disclosed)
    }
}

extension ReadablePatternTests {
    /// On the sample, every hidden count of the nation is sensitive or protects a sensitive
    /// count of the nation (the sample has none, so none is hidden); no force's
    /// `referrals all` is hidden; every hidden region total is named with a reason.
    @Test func theSampleHidesNoCountOfTheNationAndNamesEveryTotal() throws {
        let (_, computed, disclosed) = try SamplePattern.result.get()
        let summary = try #require(disclosed.suppression)
        let national = summary.hidden.filter { $0.key.area == .national }
        #expect(
            national.allSatisfy { count in
                count.role == .sensitive || count.protects.contains { $0.area == .national }
            })
        #expect(national.isEmpty)
        #expect(!summary.hidden.contains { $0.role == .protective && $0.key.metric == .referrals && $0.key.breakdown == .all })
        let totals = summary.hidden.filter { $0.role == .protective && $0.key.area.kind == .region && $0.key.breakdown == .all }
        #expect(!totals.isEmpty)
        #expect(totals.allSatisfy { $0.necessity != nil && $0.necessity != .notProved })
        #expect(summary.hiddenTotals.count == totals.count)
        // The public file hides exactly the pattern's counts.
        let published = PublishedCounts.counts(of: disclosed.rows).counts
        let hiddenKeys = Set(published.cells.filter { $0.value == nil }.map(\.key))
        #expect(hiddenKeys == Set(summary.hidden.map(\.key)))
        // Every figure of the pattern is the computed one.
        let truth = PublishedCounts.counts(of: computed.rows).counts
        #expect(summary.hidden.allSatisfy { truth[$0.key]?.value == $0.value })
    }
}

extension ReadablePatternTests {
    /// A restricted build's `data/suppression.csv` lists exactly the counts that the public
    /// build of the same data shows as `[c]`, each with its computed value, sensitive when it
    /// is 1 to 4, and each protective count with the sensitive counts it protects.
    @Test func theSuppressionFileMatchesThePublicFile() throws {
        let data = try LinkedSuppressionTests.smallForcesDirectory()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let publicSite = try RenderingTests.build(data, audience: .public)
        let restrictedSite = Fixture.temporaryDirectory() + "/suppression-file-\(UUID().uuidString)"
        var options = BuildOptions(
            dataDirectory: data, outputDirectory: restrictedSite, templatesDirectory: RenderingTests.templates,
            audience: .restricted)
        options.suppressionFile = true
        _ = try Builder(options: options).run()
        let metadata = try String(contentsOfFile: restrictedSite + "/data/metrics.csv-metadata.json", encoding: .utf8)
        #expect(metadata.contains("\"suppression.csv\""), "the CSV on the Web metadata describes it")
        defer {
            try? FileManager.default.removeItem(atPath: publicSite)
            try? FileManager.default.removeItem(atPath: restrictedSite)
        }
        #expect(!FileManager.default.fileExists(atPath: publicSite + "/data/suppression.csv"), "public builds never write it")
        let plain = try RenderingTests.build(data, audience: .restricted)
        defer { try? FileManager.default.removeItem(atPath: plain) }
        #expect(!FileManager.default.fileExists(atPath: plain + "/data/suppression.csv"), "only when asked")
        let published = try PublishedCounts.parse(String(contentsOfFile: publicSite + "/data/metrics.csv", encoding: .utf8), file: "metrics.csv")
        let truth = try PublishedCounts.parse(String(contentsOfFile: restrictedSite + "/data/metrics.csv", encoding: .utf8), file: "metrics.csv")
        let lines = try CSVScannerTests().records(String(contentsOfFile: restrictedSite + "/data/suppression.csv", encoding: .utf8))
        #expect(lines.first == SuppressionFile.header)
        var listed: [AuditKey: [String]] = [:]
        for fields in lines.dropFirst() {
            let area: AuditArea =
                switch fields[0] {
                case "national": .national
                case "region": .region(fields[1])
                default: .force(fields[1])
                }
            let metric = try #require(Metric(rawValue: fields[2]))
            let key = AuditKey(area, metric, try #require(Breakdown.parse(fields[3], metric: metric)))
            #expect(listed[key] == nil)
            listed[key] = fields
        }
        let hidden = published.cells.filter { $0.value == nil }.map(\.key)
        #expect(hidden.count > 100)
        #expect(Set(listed.keys) == Set(hidden))
        for (key, fields) in listed {
            let value = try #require(truth[key]?.value)
            #expect(fields[4] == String(value))
            #expect(fields[5] == ((1..<5).contains(value) ? "sensitive" : "protective"))
            if fields[5] == "protective" {
                #expect(!fields[6].isEmpty, "\(key.description) protects nothing")
            }
        }
    }
}

extension ReadablePatternTests {
    /// `--suppression-file` describes the public edition to the inspectorate: asked of any
    /// other audience it is a usage error (64) that says what to add, and nothing is written.
    @Test func theSuppressionFileIsForTheRestrictedEditionOnly() throws {
        let out = Fixture.temporaryDirectory() + "/never-\(UUID().uuidString)"
        let result = try CLI.run([
            "build", "--data", RenderingTests.sampleData, "--out", out, "--templates", RenderingTests.templates,
            "--suppression-file",
        ])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--suppression-file"))
        #expect(result.stderr.contains("--audience restricted"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}

extension ReadablePatternTests {
    /// A bound beyond Int's range (a hand-edited `metrics.csv` may hold any count) is written
    /// as a whole number, not a crash.
    @Test func anEnormousBoundIsWrittenNotTrapped() {
        #expect(DisclosureAudit.Exposure.format(9_223_372_036_854_775_807.0 * 4) == "36893488147419103232")
        #expect(DisclosureAudit.Exposure.format(2.0000000001) == "2")
        #expect(DisclosureAudit.Exposure.format(2.5) == "2.500")
    }
}
