import Testing

@testable import InspectionReport

@Suite("Settings")
struct SettingsTests {
    func parse(_ yaml: String) throws(InputError) -> (ReportSettings, [Diagnostic]) {
        var warnings: [Diagnostic] = []
        let settings = try ReportSettings.parse(yaml: yaml, file: "report.yml", warnings: &warnings)
        return (settings, warnings)
    }

    @Test func publicationSettingsOfRevisionTwoAreReadNotWarnedAbout() throws {
        // docs/data-contract.md, "Settings": a revision-2 dataset's publication settings are
        // settings, so --strict (which makes every warning fatal) does not refuse them.
        let yaml = """
            title: T
            period:
              start: 2024-01-01
              end: 2024-12-31
            publication:
              status: Official statistics in development
              producer: The inspectorate
              contact: statistics@example.org
              next_release: 2025-06-30
              revisions: |
                Figures are revised when forces correct their data.

                See *the policy*.
            """
        let (s, warnings) = try parse(yaml)
        #expect(warnings.isEmpty)
        #expect(s.publication.status == "Official statistics in development")
        #expect(s.publication.producer == "The inspectorate")
        #expect(s.publication.contact == "statistics@example.org")
        #expect(s.publication.nextRelease?.description == "2025-06-30")
        #expect(s.publication.revisions == "Figures are revised when forces correct their data.\n\nSee *the policy*.")
        #expect(try parse("title: T\nperiod:\n  start: 2024-01-01\n  end: 2024-12-31\n").0.publication.status == "Management information")
        #expect(throws: InputError.self) { try parse(yaml.replacingOccurrences(of: "2025-06-30", with: "30/06/2025")) }
        // A line break is allowed in the Markdown of the revisions policy, nowhere else.
        #expect(throws: InputError.self) {
            try parse(yaml.replacingOccurrences(of: "producer: The inspectorate", with: "producer: \"The\\ninspectorate\""))
        }
    }

    /// `progress.stale_after_months`: calendar months back from `as_of`, the day clamped to
    /// the end of a shorter month (31 August less 6 months is 29 February in a leap year).
    @Test(
        arguments: [
            ("2026-04-30", nil, "2025-10-30"), ("2024-08-31", nil, "2024-02-29"), ("2024-08-31", 18, "2023-02-28"),
            ("2025-01-15", 1, "2024-12-15"), ("2025-03-31", 12, "2024-03-31"),
        ] as [(String, Int?, String)])
    func staleUpdatesAreThoseBeforeMonthsBeforeTheCensus(_ asOf: String, _ months: Int?, _ boundary: String) throws {
        let yaml =
            "title: T\nperiod:\n  start: 2024-01-01\n  end: 2024-01-31\nas_of: \(asOf)\n"
            + (months.map { "progress:\n  stale_after_months: \($0)\n" } ?? "")
        let (s, warnings) = try parse(yaml)
        #expect(warnings.isEmpty)
        #expect(s.staleBefore.description == boundary)
        let day = try #require(DayParser.parse(boundary))
        #expect(!s.isStale(day))
        #expect(s.isStale(Day(number: day.number - 1)))
    }

    @Test(arguments: ["0", "1201", "six"])
    func staleAfterMonthsOutOfRangeIsLocated(_ value: String) {
        #expect(throws: InputError.self) {
            try parse("title: T\nperiod:\n  start: 2024-01-01\n  end: 2024-03-31\nprogress:\n  stale_after_months: \(value)\n")
        }
    }

    @Test func defaults() throws {
        let (s, warnings) = try parse("title: T\nperiod:\n  start: 2024-01-01\n  end: 2024-12-31\n")
        #expect(s.asOf.description == "2024-12-31")
        #expect(s.timescales == [30, 14, 7, 1])
        #expect(s.disclosureThreshold == 5)
        #expect(s.maxRejectedShare.description == "0.01")
        #expect(s.ragGreen.description == "0.90")
        #expect(s.ragAmber.description == "0.75")
        #expect(warnings.isEmpty)
        #expect(s.quarters.map(\.description) == ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"])
    }

    @Test func everySettingAndUnknownKeys() throws {
        let yaml = """
            title: "A: title"
            period: {start: 2024-01-01, end: 2024-03-31}
            as_of: 2024-04-30
            timescales: {very_high: 0, high: 5, medium: 10, low: 20}
            disclosure: {threshold: 10}
            quality: {max_rejected_share: 0.25}
            rag: {green: 1, amber: .5}
            notes: kept for people
            period_note: x
            """
        let (s, warnings) = try parse(yaml)
        #expect(s.title == "A: title")
        #expect(s.timescales == [20, 10, 5, 0])
        #expect(s.disclosureThreshold == 10)
        #expect(s.maxRejectedShare.isExceeded(by: 26, over: 100))
        #expect(!s.maxRejectedShare.isExceeded(by: 25, over: 100))
        #expect(s.ragGreen.isReached(by: 1, over: 1))
        #expect(!s.ragGreen.isReached(by: 99, over: 100))
        #expect(s.ragAmber.isReached(by: 1, over: 2))
        #expect(warnings.map(\.code) == ["unknown_setting", "unknown_setting"])
        #expect(warnings[0].line == 8)
    }

    @Test(arguments: [
        ("title: T\nperiod:\n  start: 2024-01-01\n  end: 2024-03-31\nrag:\n  green: 0.5\n  amber: 0.6\n", "report.yml:7:10"),
        ("title: T\nperiod:\n  start: 2024-01-01\n  end: 2024-03-31\nquality:\n  max_rejected_share: 1.5\n", "report.yml:6:23"),
        ("title: T\nperiod:\n  start: 2024-01-01\n  end: 2024-03-31\ndisclosure:\n  threshold: five\n", "report.yml:6:14"),
        ("title: T\nperiod:\n  start: 2024-01-01\n  end: 2024-03-31\ntimescales:\n  low: 3.5\n", "report.yml:6:8"),
        ("title: T\nperiod: 2024\n", "report.yml:2:9"),
        ("title: T\nperiod:\n  start: 01/01/2024\n  end: 2024-03-31\n", "report.yml:3:10"),
        ("- a list\n- not settings\n", "report.yml:1:1"),
    ])
    func wrongSettingsAreLocated(_ yaml: String, _ location: String) {
        do {
            _ = try parse(yaml)
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics[0].description.hasPrefix(location), "\(error.diagnostics[0].description)")
        }
    }

    @Test func digestOfKnownInputs() {
        #expect(Digest.sha256("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Digest.sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
