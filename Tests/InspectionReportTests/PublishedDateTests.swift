import Foundation
import Testing

@testable import InspectionReport

/// The published date: `--published` wins over `SOURCE_DATE_EPOCH` (an operator's explicit
/// date), and `--published today` keeps a nightly build with unchanged inputs up to date.
@Suite("Published date")
struct PublishedDateTests {
    func arguments(_ data: String, _ out: String, _ extra: [String] = []) -> [String] {
        ["build", "--audience", "restricted", "--data", data, "--out", out, "--templates", RenderingTests.templates] + extra
    }

    @Test func theFlagWinsOverSourceDateEpoch() throws {
        let data = Fixture.dataset()
        let out = Fixture.temporaryDirectory() + "/site"
        // SOURCE_DATE_EPOCH 1722470400 is 1 August 2024 (CLI sets it for every run).
        let result = try CLI.run(arguments(data, out, ["--published", "2025-01-02"]))
        #expect(result.status == 0)
        #expect(RenderingTests.read(out + "/national.md").contains("Published 2 January 2025."))
        let epochOnly = Fixture.temporaryDirectory() + "/site"
        #expect(try CLI.run(arguments(data, epochOnly)).status == 0)
        #expect(RenderingTests.read(epochOnly + "/national.md").contains("Published 1 August 2024."))
    }

    @Test func todayKeepsAnUnchangedBuildUpToDate() throws {
        let data = Fixture.dataset()
        let out = Fixture.temporaryDirectory() + "/site"
        #expect(try CLI.run(arguments(data, out, ["--published", "today"])).status == 0)
        let again = try CLI.run(arguments(data, out, ["--published", "today"]))
        #expect(again.status == 3)
        // A fixed date differs from "today" in the manifest: that is a change, and it rebuilds.
        #expect(try CLI.run(arguments(data, out, ["--published", "2025-01-02"])).status == 0)
    }

    /// A date that is not in the calendar, or any other word, is a usage error (64) and
    /// publishes nothing.
    @Test(arguments: ["2025-13-01", "2025-02-30", "yesterday", "TODAY"])
    func anInvalidDateIsAUsageError(_ value: String) throws {
        let out = Fixture.temporaryDirectory() + "/site"
        let result = try CLI.run(arguments(Fixture.dataset(), out, ["--published", value]))
        #expect(result.status == 64)
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
