import Foundation
import Testing

@testable import InspectionReport

/// Secondary suppression over the linked tables (`docs/methodology.md`, "Disclosure control") on tables small enough to
/// work out the right pattern on paper; then the build's gate, an attacker, and the sample.
@Suite("Linked suppression")
struct LinkedSuppressionTests {
    typealias Table = DisclosureAuditTests.Table

    /// The cells hidden after primary (1 to 4, threshold 5) and secondary suppression, as
    /// `area metric breakdown`, and the audit of the result.
    static func protect(_ t: Table, regions: [String: String]?) -> (hidden: [String], audit: DisclosureAudit.Report) {
        let truth = t.restricted
        let primary = truth.cells.map { SensitivityRule().isSensitive($0.value ?? 0) }
        let outcome = LinkedSuppression(threshold: 5, regionOfForce: regions).protect(truth: truth, hidden: primary)
        var published = truth
        for i in published.cells.indices where outcome.hidden[i] { published.cells[i].value = nil }
        let audit = DisclosureAudit(published: published, restricted: truth, regionOfForce: regions, threshold: 5).run()
        return (truth.cells.indices.filter { outcome.hidden[$0] }.map { truth.cells[$0].key.description }, audit)
    }

    /// Past its work budget the pass stops: the sensitive counts not yet protected are listed
    /// and the outcome says it ran out, so that the build publishes nothing (it never runs on
    /// for hours on a table of many forces whose counts are nearly all small).
    @Test func theWorkBudgetStopsThePassAndSaysSo() {
        var t = Table()
        t.add(.national, .referrals, 30)
        t.add(.region("R"), .referrals, 30)
        t.add(.force("a"), .referrals, 3)
        t.add(.force("b"), .referrals, 2)
        t.add(.force("c"), .referrals, 25)
        let truth = t.restricted
        let primary = truth.cells.map { ($0.value ?? 0) >= 1 && ($0.value ?? 0) < 5 }
        let regions = ["a": "R", "b": "R", "c": "R"]
        var suppression = LinkedSuppression(threshold: 5, regionOfForce: regions, parallelism: .serial)
        let full = suppression.protect(truth: truth, hidden: primary)
        #expect(!full.exhausted && full.unprotected.isEmpty)
        suppression.budget = 0
        let stopped = suppression.protect(truth: truth, hidden: primary)
        #expect(stopped.exhausted)
        // The first sensitive count's deviations were found; the second was never tried.
        #expect(stopped.unprotected.count == 1)
    }

    /// The build's error for it: exit 67, an instruction, and the previous output kept.
    @Test func tooCostlyIsAnAuditFailureThatSaysWhatToDo() {
        let error = BuildError.disclosureControlTooCostly(sensitive: 49_940, protectedBeforeStop: 1_685)
        #expect(error.exitStatus == .auditFailed)
        let text = error.errorDescription ?? ""
        #expect(text.hasPrefix("disclosure control stopped: 49940 counts are below disclosure.threshold"))
        #expect(text.contains("nothing was published and the previous output is unchanged"))
        #expect(text.contains("--audience restricted"))
    }

    /// Region R = a (3) + b (10) + c (17). Hiding a alone gives a = R − b − c. Against the
    /// public, hiding b (the smaller neighbour) is enough: a + b = 13. But force b knows its
    /// own 10, so a = 13 − 10; a deviation that leaves b alone moves a against c: c is hidden
    /// too. Then b sees a + c = 20 and c sees a + b = 13. R and the nation stay published.
    @Test func aRegionOfThreeForcesHidesTheOtherTwoForTheirReaders() {
        var t = Table()
        t.add(.national, .referrals, 30)
        t.add(.region("R"), .referrals, 30)
        t.add(.force("a"), .referrals, 3)
        t.add(.force("b"), .referrals, 10)
        t.add(.force("c"), .referrals, 17)
        let (hidden, audit) = Self.protect(t, regions: ["a": "R", "b": "R", "c": "R"])
        #expect(hidden == ["force a referrals all", "force b referrals all", "force c referrals all"])
        #expect(audit.passes)
        #expect(audit.sensitive == 1)
    }

    /// A region of two forces: a (3) and b (17) make R1 (20); R2 (80) is c (30) + d (50); the
    /// nation is 100. The public is answered by hiding b. Force b knows 17, so a = R1 − 17
    /// unless R1 is hidden; R1 then needs R2 hidden (the nation is published) and R2 one of
    /// its forces: c, the smaller. Force b then sees a = 33 − c, anything from 0 to 33.
    @Test func theInsiderOfATwoForceRegionIsAnsweredThroughAnotherRegion() {
        var t = Table()
        t.add(.national, .referrals, 100)
        t.add(.region("R1"), .referrals, 20)
        t.add(.region("R2"), .referrals, 80)
        t.add(.force("a"), .referrals, 3)
        t.add(.force("b"), .referrals, 17)
        t.add(.force("c"), .referrals, 30)
        t.add(.force("d"), .referrals, 50)
        let (hidden, audit) = Self.protect(t, regions: ["a": "R1", "b": "R1", "c": "R2", "d": "R2"])
        #expect(
            hidden == [
                "region R1 referrals all", "region R2 referrals all", "force a referrals all", "force b referrals all",
                "force c referrals all",
            ])
        #expect(audit.passes)
    }

    /// One area's grading matrix with one sensitive cell: assigned very high, reviewed low, 2.
    /// It lies above the diagonal (graded too high), so `grading_over` ties it to the other
    /// five cells above the diagonal, and `reviewed` to all 16. The cheapest complement moves
    /// with it inside the same triangle: the smallest cell there that can give up 3, medium →
    /// low (7). Nothing else needs to go.
    @Test func aMatrixWithOneSensitiveCellHidesOneComplementInItsTriangle() {
        var t = Table()
        let above: [RiskGrade: [RiskGrade: Int]] = [
            .veryHigh: [.high: 30, .medium: 12, .low: 2], .high: [.medium: 20, .low: 9],
            .medium: [.low: 7],
        ]
        var on = 0, below = 0, over = 0, n = 0
        for assigned in RiskGrade.descending {
            for review in RiskGrade.descending {
                let value: Int
                if assigned == review {
                    value = 40 + 10 * assigned.rawValue
                    on += value
                } else if assigned < review {
                    value = 8 + 2 * n
                    n += 1
                    below += value
                } else {
                    value = above[assigned]![review]!
                    over += value
                }
                t.add(.national, .gradingMatrix, .matrix(assigned: assigned, review: review), value)
            }
        }
        t.add(.national, .reviewed, on + below + over)
        t.add(.national, .gradingAgreed, on)
        t.add(.national, .gradingUnder, below)
        t.add(.national, .gradingOver, over)
        let (hidden, audit) = Self.protect(t, regions: nil)
        #expect(hidden == ["national all grading_matrix assigned=very_high;review=low", "national all grading_matrix assigned=medium;review=low"])
        #expect(audit.passes)
    }

    /// Two regions of one force each: R = a = 2, S = b = 40, the nation 42. Force b knows its
    /// 40, hence S, so with the nation published it would read R = a = 2: the nation is hidden,
    /// the only way left, with R. Then the public sees a = R = nation − 40, anything from 0 up,
    /// and so does b: S and b stay published (hiding them too, as before, was not needed).
    @Test func whenTheOtherForceKnowsTheRestTheNationIsHidden() {
        var t = Table()
        t.add(.national, .referrals, 42)
        t.add(.region("R"), .referrals, 2)
        t.add(.region("S"), .referrals, 40)
        t.add(.force("a"), .referrals, 2)
        t.add(.force("b"), .referrals, 40)
        let (hidden, audit) = Self.protect(t, regions: ["a": "R", "b": "S"])
        #expect(hidden == ["national all referrals all", "region R referrals all", "force a referrals all"])
        #expect(audit.passes)
    }

    /// The build's gate fails closed: un-hide one count that protects another and the audit
    /// names the exposed count by its line in the public `metrics.csv`.
    @Test func theGateNamesAnExposedCountAndRefuses() throws {
        let dataset = try DatasetReader(directory: RenderingTests.sampleData).read()
        let computed = MetricsTable(dataset: dataset)
        let regions = Dictionary(dataset.forces.map { ($0.id, $0.region) }, uniquingKeysWith: { a, _ in a })
        let disclosed = computed.disclosed(threshold: 5, regionOfForce: regions)
        _ = try DisclosureControl.prove(disclosed, from: computed, regionOfForce: regions, threshold: 5)
        // City of London's only other force in its region is the Metropolitan Police: show
        // every London count that was hidden only to protect another, and City's are exposed.
        var broken = disclosed
        for (i, row) in computed.rows.enumerated()
        where row.control == .count && row.area == .region("London")
            && broken.rows[i].value == .suppressed
        {
            broken.rows[i] = row
        }
        do {
            _ = try DisclosureControl.prove(broken, from: computed, regionOfForce: regions, threshold: 5)
            Issue.record("the audit passed a table with London's protective counts shown")
        } catch {
            guard case .disclosureAuditFailed(let lines) = error else { Issue.record("\(error)"); return }
            #expect(!lines.isEmpty)
            #expect(lines.allSatisfy { $0.hasPrefix("data/metrics.csv:") && $0.contains(": exposed: ") })
            #expect(error.exitStatus == .auditFailed)
        }
    }

    /// The sample publication passes the audit for the public and each of its 43 forces, and
    /// the methodology's counts are what the suppression did.
    @Test func theSamplePublicationPassesTheAudit() throws {
        let dataset = try DatasetReader(directory: RenderingTests.sampleData).read()
        let computed = MetricsTable(dataset: dataset)
        let regions = Dictionary(dataset.forces.map { ($0.id, $0.region) }, uniquingKeysWith: { a, _ in a })
        let disclosed = computed.disclosed(threshold: 5, regionOfForce: regions)
        let report = try DisclosureControl.prove(disclosed, from: computed, regionOfForce: regions, threshold: 5)
        #expect(report.passes)
        #expect(report.contradictions.isEmpty && report.identitiesSkipped == 0)
        let summary = try #require(disclosed.suppression)
        #expect(summary.unprotected == 0)
        #expect(summary.sensitive == report.sensitive)
        #expect(summary.sensitive + summary.protective == report.suppressed)
        // No total of the nation is hidden: the headline figures stay.
        #expect(!disclosed.rows.contains { $0.area == .national && $0.control == .count && $0.breakdown == .all && $0.value == .suppressed })
    }
}

/// An attacker with a calculator: from the published counts and the identities, solve every
/// identity that has one unknown left, and every sum whose unknowns must all be 0, over and
/// over until nothing more comes out.
struct SubtractionAttacker {
    let tables: LinkedTables
    let published: PublishedCounts

    /// The cells the attacker works out, with their values, knowing also `known` (a force's
    /// own counts, by cell).
    func recover(knowing known: [Int: Int] = [:]) -> [Int: Int] {
        var value: [Int: Int] = known
        for (i, cell) in published.cells.enumerated() { if let v = cell.value { value[i] = v } }
        let identities = tables.identities.map { identity in
            (terms: identity.terms.map { (cell: published.index[$0.key]!, coefficient: Int($0.coefficient)) }, relation: identity.relation)
        }
        var recovered: [Int: Int] = [:]
        var changed = true
        while changed {
            changed = false
            for identity in identities {
                let unknown = identity.terms.filter { value[$0.0] == nil }
                guard !unknown.isEmpty else { continue }
                var rest = 0
                for (cell, coefficient) in identity.terms { rest += (value[cell] ?? 0) * coefficient }
                if identity.relation == .equal, unknown.count == 1 {
                    let (cell, coefficient) = unknown[0]
                    value[cell] = -rest / coefficient
                    recovered[cell] = -rest / coefficient
                    changed = true
                } else if rest == 0, identity.relation == .equal ? Set(unknown.map { $0.1 > 0 }).count == 1 : unknown.allSatisfy({ $0.1 > 0 }) {
                    // Σ (same sign) · unknowns = 0, or Σ unknowns ≤ 0, with none negative: all are 0.
                    for (cell, _) in unknown {
                        value[cell] = 0
                        recovered[cell] = 0
                    }
                    changed = true
                }
            }
        }
        return recovered
    }
}

extension LinkedSuppressionTests {
    /// A dataset of nine small forces in three regions (London's two, the North East's three,
    /// Wales's four) cut from generated data: most of its counts are small.
    static func smallForces() throws -> Dataset {
        let directory = try smallForcesDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        return try DatasetReader(directory: directory).read()
    }

    /// The same dataset as a directory (the caller removes it).
    static func smallForcesDirectory() throws -> String {
        let directory = Fixture.temporaryDirectory() + "/small-forces-\(UUID().uuidString)"
        try SampleGenerator(caseCount: 8_000, seed: 21).write(to: directory)
        let keep: Set<String> = [
            "metropolitan", "city-of-london", "cleveland", "durham", "northumbria", "dyfed-powys", "gwent",
            "north-wales", "south-wales",
        ]
        for file in ["forces.csv", "cases.csv", "progress.csv"] {
            let path = (directory as NSString).appendingPathComponent(file)
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            let column = file == "cases.csv" ? 1 : 0
            let kept = lines.enumerated().filter { i, line in
                i == 0 || line.isEmpty || keep.contains(String(line.split(separator: ",", omittingEmptySubsequences: false)[column]))
            }.map(\.element)
            try kept.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        return directory
    }

    /// Every subtraction the identities allow recovers no sensitive count, for the public or
    /// for any one force knowing its own counts; and the LP audit agrees. The same attacker
    /// against primary suppression alone does recover sensitive counts, so it can fail.
    @Test func anAttackerRecoversNoSensitiveCount() throws {
        let dataset = try Self.smallForces()
        #expect(dataset.forces.count == 9)
        let computed = MetricsTable(dataset: dataset)
        let regions = Dictionary(dataset.forces.map { ($0.id, $0.region) }, uniquingKeysWith: { a, _ in a })
        let disclosed = computed.disclosed(threshold: 5, regionOfForce: regions)
        let truth = PublishedCounts.counts(of: computed.rows).counts
        let published = PublishedCounts.counts(of: disclosed.rows).counts
        let sensitive = Set(truth.cells.indices.filter { (1..<5).contains(truth.cells[$0].value!) })
        #expect(sensitive.count > 200)
        let tables = LinkedTables(counts: published, regionOfForce: regions)
        let attacker = SubtractionAttacker(tables: tables, published: published)
        #expect(Set(attacker.recover().keys).isDisjoint(with: sensitive))
        for force in dataset.forces {
            let own = truth.cells.indices.filter { truth.cells[$0].key.area == .force(force.id) }
            let known = Dictionary(uniqueKeysWithValues: own.map { ($0, truth.cells[$0].value!) })
            let others = sensitive.filter { i in
                guard case .force(let other) = truth.cells[i].key.area else { return false }
                return other != force.id
            }
            #expect(Set(attacker.recover(knowing: known).keys).isDisjoint(with: others), "reader \(force.id)")
        }
        let audit = try DisclosureControl.prove(disclosed, from: computed, regionOfForce: regions, threshold: 5)
        #expect(audit.passes && audit.sensitive == sensitive.count)

        // Primary suppression alone: the attacker gets through.
        var primaryOnly = truth
        for i in primaryOnly.cells.indices where sensitive.contains(i) { primaryOnly.cells[i].value = nil }
        let naive = SubtractionAttacker(tables: LinkedTables(counts: primaryOnly, regionOfForce: regions), published: primaryOnly)
        let leaked = Set(naive.recover().keys).intersection(sensitive)
        #expect(!leaked.isEmpty)
        #expect(leaked.allSatisfy { naive.recover()[$0] == truth.cells[$0].value })
    }
}
