import Foundation
import Testing

@testable import InspectionReport

@Suite("Sample generator")
struct GeneratorTests {
    @Test func sameSeedSameBytesAndValid() throws {
        let a = SampleGenerator(caseCount: 5_000, seed: 11)
        #expect(a.casesCSV() == SampleGenerator(caseCount: 5_000, seed: 11).casesCSV())
        #expect(a.casesCSV() != SampleGenerator(caseCount: 5_000, seed: 12).casesCSV())
        let directory = Fixture.temporaryDirectory()
        try a.write(to: directory)
        let dataset = try DatasetReader(directory: directory).read()
        #expect(dataset.forces.count == 43)
        #expect(Set(dataset.forces.map(\.region)).count == 10)
        #expect(dataset.recommendations.count == 17)
        #expect(dataset.recommendations.filter(\.forceAction).count == 9)
        let tally = dataset.tally(.cases)
        #expect(tally.rowsRead == 5_000)
        #expect(!dataset.rejectedShareExceeded(strict: false))
        #expect(dataset.tally(.progress).rowsRejected == 0)
        #expect(a.nationalProgressCSV() == SampleGenerator(caseCount: 5_000, seed: 11).nationalProgressCSV())
        #expect(a.nationalProgressCSV() != SampleGenerator(caseCount: 5_000, seed: 12).nationalProgressCSV())
        #expect(dataset.isPresent(.nationalProgress))
        #expect(dataset.tally(.nationalProgress).rowsRead > 0)
        #expect(dataset.tally(.nationalProgress).rowsRejected == 0)
        #expect(dataset.tally(.nationalProgress).datesAfterAsOf == 0)
    }

    /// The national bodies' histories show every case the pages must word: complete, awaiting
    /// review, being progressed, not started with a row and with none (`not_started` on `as_of`),
    /// statuses last updated more than six months before `as_of`, and evidence in Markdown.
    @Test(arguments: [11, 2023, 77] as [UInt64])
    func nationalProgressTellsEveryStory(_ seed: UInt64) throws {
        let directory = Fixture.temporaryDirectory()
        try SampleGenerator(caseCount: 50, seed: seed).write(to: directory)
        let dataset = try DatasetReader(directory: directory).read()
        #expect(dataset.tally(.nationalProgress).rowsRejected == 0)
        let national = NationalProgress(dataset: dataset)
        #expect(national.isReported)
        #expect(national.recommendations.map(\.id) == Array(10...17))
        let statuses = national.recommendations.compactMap(\.status)
        #expect(statuses.count == 8)
        #expect(Set(statuses) == Set(RecommendationStatus.allCases))
        #expect(national.recommendations.filter(\.history.isEmpty).count == 1)
        let sixMonthsBefore = dataset.settings.asOf.adding(-183)
        let stale = national.recommendations.filter { $0.status != .complete && ($0.lastUpdated.map { $0 < sixMonthsBefore } ?? false) }
        #expect(stale.count == 3)
        let recent = national.recommendations.filter { $0.lastUpdated.map { $0 >= sixMonthsBefore } ?? false }
        #expect(recent.count == 2)
        #expect(national.recommendations.contains { $0.isOverdue == true })
        #expect(national.recommendations.contains { $0.isOverdue == false })
        let evidence = national.recommendations.flatMap(\.history).map(\.evidence)
        #expect(evidence.contains { $0.contains("\n") } && evidence.contains { $0.contains("**") })
    }

    /// The committed sample is what the command its README names writes, and its
    /// `national-progress.csv` reads with no rejected row.
    @Test func sampleDataIsWhatItsReadmeCommandWrites() throws {
        let directory = Fixture.temporaryDirectory()
        try SampleGenerator(caseCount: 40_000, seed: 2023).write(to: directory)
        let readme = try String(contentsOfFile: RenderingTests.sampleData + "/README.md", encoding: .utf8)
        #expect(readme.contains("`inspection-report sample --out SampleData --cases 40000 --seed 2023`"))
        for name in SampleGenerator.fileNames {
            let committed = FileManager.default.contents(atPath: RenderingTests.sampleData + "/" + name)
            #expect(committed == FileManager.default.contents(atPath: directory + "/" + name), "SampleData/\(name) differs from the generator's")
        }
        let dataset = try DatasetReader(directory: RenderingTests.sampleData).read()
        #expect(dataset.tally(.nationalProgress).rowsRead > 0)
        #expect(dataset.tally(.nationalProgress).rowsRejected == 0)
    }

    /// About a fifth of the forces act faster and grade better quarter by quarter, a fifth
    /// slower and worse, and the rest stay as they are; the unassessed backlog stays at about 4%.
    @Test func someForcesImproveSomeWorsenMostStayFlat() throws {
        let generator = SampleGenerator(caseCount: 40_000, seed: 3)
        let trends = generator.profiles().map(\.trend)
        #expect(trends.filter { $0 > 0 }.count == 8)
        #expect(trends.filter { $0 < 0 }.count == 8)
        #expect(trends.filter { $0 == 0 }.count == 27)
        #expect(trends.allSatisfy { $0 == 0 || (0.5...1).contains(abs($0)) })
        let directory = Fixture.temporaryDirectory()
        try generator.write(to: directory)
        let dataset = try DatasetReader(directory: directory).read()
        let table = MetricsTable(dataset: dataset)
        let quarters = dataset.settings.quarters
        #expect(quarters.count == 8)
        // The change in each group's pooled rate from the first two quarters to the last two.
        func change(_ numerator: Metric, _ denominator: Metric, _ forces: [Int]) -> Double {
            func pooled(_ qs: ArraySlice<Quarter>) -> Double {
                func sum(_ metric: Metric) -> Int {
                    forces.reduce(0) { total, f in qs.reduce(total) { $0 + (table.value(.force(f), metric, .quarter($1))?.integer ?? 0) } }
                }
                return Double(sum(numerator)) / Double(max(1, sum(denominator)))
            }
            return pooled(quarters.suffix(2)) - pooled(quarters.prefix(2))
        }
        let improving = trends.indices.filter { trends[$0] > 0 }, worsening = trends.indices.filter { trends[$0] < 0 }
        let flat = trends.indices.filter { trends[$0] == 0 }
        for (numerator, denominator) in [(Metric.actionMet, Metric.actionDue), (.gradingAgreed, .reviewed)] {
            #expect(change(numerator, denominator, improving) > 0.05, "\(numerator.csvName)")
            #expect(change(numerator, denominator, worsening) < -0.05, "\(numerator.csvName)")
            #expect(abs(change(numerator, denominator, flat)) < 0.04, "\(numerator.csvName)")
        }
        let unassessed = Double(table.value(.national, .unassessed)!.integer!) / Double(table.value(.national, .referrals)!.integer!)
        #expect((0.035...0.045).contains(unassessed))
    }

    @Test func forcesDifferTheWayTheInspectionDescribes() throws {
        let directory = Fixture.temporaryDirectory()
        try SampleGenerator(caseCount: 40_000, seed: 3).write(to: directory)
        let table = MetricsTable(dataset: try DatasetReader(directory: directory).read())
        let compliance = table.forceOrder.compactMap { table.value(.force($0), .actionCompliance)?.doubleValue }
        #expect(compliance.count == 43)
        #expect(compliance.max()! - compliance.min()! > 0.2)
        let publicSpecialist = table.value(.national, .specialistRate, .source(.public))!.doubleValue!
        let ncaSpecialist = table.value(.national, .specialistRate, .source(.nca))!.doubleValue!
        #expect(publicSpecialist < ncaSpecialist)
        #expect(table.value(.national, .gradingUnder)!.integer! > table.value(.national, .gradingOver)!.integer!)
    }
}
