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
