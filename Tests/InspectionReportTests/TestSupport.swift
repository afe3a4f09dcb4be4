import Foundation
import Testing

@testable import InspectionReport

extension Tag {
    /// A test that takes several seconds on its own (over 5 s on the 2-core machine the suite
    /// was timed on): it builds the 40,000-case sample publication, or runs the real binary
    /// many times. `swift test --skip tag:slow` leaves these out for a quick run; CI runs every
    /// test.
    @Tag static var slow: Self
}

/// Builds dataset directories for tests from the committed fixtures.
enum Fixture {
    static let root = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

    /// The directory that holds every temporary directory of this test run; removed when the
    /// test process exits, so repeated runs do not fill the system's temporary directory.
    static let runDirectory: String = {
        let path = NSTemporaryDirectory() + "inspection-report-tests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: Fixture.runDirectory) }
        return path
    }()

    /// A fresh temporary directory inside `runDirectory`.
    static func temporaryDirectory() -> String {
        let path = runDirectory + "/" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A copy of `Fixtures/base` with files replaced by fixtures (`target: "cases/invalid_date.csv"`)
    /// or by literal text.
    static func dataset(replacing: [String: String] = [:], writing: [String: String] = [:]) -> String {
        let directory = temporaryDirectory()
        let base = root.appendingPathComponent("base")
        for name in try! FileManager.default.contentsOfDirectory(atPath: base.path) {
            try! FileManager.default.copyItem(atPath: base.appendingPathComponent(name).path, toPath: directory + "/" + name)
        }
        for (target, fixture) in replacing {
            try? FileManager.default.removeItem(atPath: directory + "/" + target)
            try! FileManager.default.copyItem(atPath: root.appendingPathComponent(fixture).path, toPath: directory + "/" + target)
        }
        for (target, text) in writing {
            try! Data(text.utf8).write(to: URL(fileURLWithPath: directory + "/" + target))
        }
        return directory
    }

    /// Reads and validates a dataset directory.
    static func read(_ directory: String) throws(InputError) -> Dataset {
        try DatasetReader(directory: directory, parallelism: .serial).read()
    }

    /// A dataset whose cases are the given CSV body (after the standard header) with the base reference data.
    static func cases(_ rows: [String], settings: String? = nil) throws -> Dataset {
        let header =
            """
            case_id,force_id,source,received,risk_assessed,risk_grade,review_grade,child_in_household,action,arrested,partner_referral,pnd_check\
            ed,allocation
            """
        var files = ["cases.csv": ([header] + rows).joined(separator: "\n") + "\n"]
        if let settings { files["report.yml"] = settings }
        return try read(dataset(writing: files))
    }
}

extension MetricsTable {
    /// The value of the row that `metrics.csv` writes as `metric,breakdown` for an area, as it
    /// writes it, or nil when there is no such row. Tests name rows as the contract spells
    /// them, so they check the file's vocabulary as well as its figures.
    func text(_ area: Area, _ metric: String, _ breakdown: String = "all") -> String? {
        rows.first { $0.area == area && $0.metric.csvName == metric && $0.breakdown.csvText == breakdown }?.value.csvText
    }
}
