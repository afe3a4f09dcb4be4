import Foundation
import Testing

@testable import InspectionReport

/// The optional `national-progress.csv` (`docs/data-contract.md`, "The files"): the national
/// bodies' progress on the recommendations whose `force_action` is no. The base fixture's `as_of`
/// is 2024-07-31; its catalogue has one national recommendation (3),
/// `national_progress/recommendations_three_national.csv` three (3: deadline 2024-03-31; 4:
/// deadline 2024-09-30; 5: none).
@Suite("National progress")
struct NationalProgressTests {
    static let threeNational = "national_progress/recommendations_three_national.csv"

    /// The base fixture with `national-progress.csv` from `Fixtures/national_progress/<fixture>.csv`
    /// and the catalogue of three national recommendations.
    static func dataset(_ fixture: String, replacing more: [String: String] = [:]) -> String {
        Fixture.dataset(
            replacing: [
                "national-progress.csv": "national_progress/\(fixture).csv",
                "recommendations.csv": threeNational,
            ].merging(more) { _, b in b })
    }

    static func lines(_ bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    // MARK: Absent

    @Test func absentFileGivesNoStatusRowsAndNoQualityLines() throws {
        let dataset = try Fixture.read(Fixture.dataset(replacing: ["recommendations.csv": Self.threeNational]))
        #expect(!dataset.isPresent(.nationalProgress))
        #expect(dataset.nationalProgress == nil)
        #expect(dataset.tallies.map(\.file) == [.forces, .cases, .recommendations, .progress])
        let t = MetricsTable(dataset: dataset, parallelism: .serial)
        #expect(!t.rows.contains { $0.area == .national && $0.metric == .recommendationStatus })
        #expect(!String(decoding: DataFiles.quality(dataset), as: UTF8.self).contains("national-progress.csv"))
        #expect(!t.nationalProgress.isReported)
        #expect(t.nationalProgress.statusRowIDs.isEmpty)
        // Nothing reported: no status, no history, overdue unknown; the deadline still passed.
        let national = t.nationalProgress.recommendations
        #expect(national.map(\.id) == [3, 4, 5])
        #expect(national.allSatisfy { $0.status == nil && $0.history.isEmpty && $0.isOverdue == nil && $0.lastUpdated == nil })
        #expect(national.map(\.isPastDeadline) == [true, false, false])
    }

    // MARK: Hand-worked, every edge case in one file

    /// `every_edge_case.csv`, line by line: 2 accepted; 3–4 accepted (a quoted line break);
    /// 5 accepted (same day as line 3, later in the file: it wins); 6 a force-action id;
    /// 7 accepted but after `as_of`; 8 accepted; 9 not in the catalogue; 10 not an integer;
    /// 11 `04` reads as 4 but its status is invalid; 12 not a date; 13 no id; 14 two fields.
    @Test func everyEdgeCaseInMetrics() throws {
        let dataset = try Fixture.read(Self.dataset("every_edge_case"))
        let metrics = Self.lines(DataFiles.metrics(MetricsTable(dataset: dataset, parallelism: .serial)))
        let national = metrics.filter { $0.hasPrefix("national,all,recommendation") }
        // The national bodies' statuses, ids ascending, then the forces' sums as before:
        // 6 (force, recommendation) pairs; alpha complete on 1, beta awaiting review on 2
        // (beta's complete on 1 is after as_of); 1's deadline passed for beta and gamma.
        #expect(
            national == [
                "national,all,recommendation_status,id=3,awaiting_review",
                "national,all,recommendation_status,id=4,being_progressed",
                "national,all,recommendation_status,id=5,not_started",
                "national,all,recommendations,status=not_started,4",
                "national,all,recommendations,status=being_progressed,0",
                "national,all,recommendations,status=awaiting_review,1",
                "national,all,recommendations,status=complete,1",
                "national,all,recommendations_complete_rate,all,0.166667",
                "national,all,recommendations_overdue,all,2",
            ])
        // They are the last rows of the national area, right after its other metrics.
        let firstRegion = try #require(metrics.firstIndex { $0.hasPrefix("region,") })
        #expect(Array(metrics[(firstRegion - national.count)..<firstRegion]) == national)
        #expect(metrics[firstRegion - national.count - 1].hasPrefix("national,all,specialist_rate,"))
        // No region has a status row; forces keep theirs, over the force-action ids only.
        #expect(!metrics.contains { $0.hasPrefix("region,") && $0.contains(",recommendation_status,") })
        #expect(
            metrics.filter { $0.hasPrefix("force,alpha,recommendation_status,") }
                == ["force,alpha,recommendation_status,id=1,complete", "force,alpha,recommendation_status,id=2,not_started"])
    }

    @Test func everyEdgeCaseInQualityAndRejections() throws {
        let dataset = try Fixture.read(Self.dataset("every_edge_case"))
        let quality = Self.lines(DataFiles.quality(dataset))
        #expect(
            Array(quality.drop { !$0.hasPrefix("national-progress.csv") }) == [
                "national-progress.csv,rows_read,12",
                "national-progress.csv,rows_accepted,5",
                "national-progress.csv,rows_rejected,7",
                "national-progress.csv,rejected:missing_value,1",
                "national-progress.csv,rejected:invalid_date,1",
                "national-progress.csv,rejected:invalid_value,1",
                "national-progress.csv,rejected:unknown_recommendation,3",
                "national-progress.csv,rejected:wrong_field_count,1",
                "national-progress.csv,dates_after_as_of,1",
                "",
            ])
        // After progress.csv's lines, which are unchanged.
        #expect(quality.firstIndex(of: "progress.csv,dates_after_as_of,1")! + 1 == quality.firstIndex(of: "national-progress.csv,rows_read,12"))
        #expect(
            Self.lines(DataFiles.rejections(dataset)) == [
                "file,line,column,code",
                "national-progress.csv,6,recommendation_id,unknown_recommendation",
                "national-progress.csv,9,recommendation_id,unknown_recommendation",
                "national-progress.csv,10,recommendation_id,unknown_recommendation",
                "national-progress.csv,11,status,invalid_value",
                "national-progress.csv,12,updated,invalid_date",
                "national-progress.csv,13,recommendation_id,missing_value",
                "national-progress.csv,14,,wrong_field_count",
                "",
            ])
        #expect(dataset.warnings.contains { $0.file == "national-progress.csv" && $0.code == "dates_after_as_of" })
    }

    @Test func everyEdgeCaseInTheModelThePagesRead() throws {
        let t = MetricsTable(dataset: try Fixture.read(Self.dataset("every_edge_case")), parallelism: .serial)
        let national = t.nationalProgress
        #expect(national.isReported)
        #expect(national.asOf == Day(year: 2024, month: 7, day: 31))
        #expect(national.recommendations.map(\.id) == [3, 4, 5])
        let three = try #require(national.progress(of: 3))
        #expect(three.status == .awaitingReview)
        #expect(three.history.map(\.line) == [2, 3, 5])
        #expect(three.history.map(\.status) == [.beingProgressed, .complete, .awaitingReview])
        #expect(three.history[1].evidence == "Guidance **published**:\n- online")
        #expect(three.lastUpdated == Day(year: 2024, month: 5, day: 1))
        #expect(three.deadline == Day(year: 2024, month: 3, day: 31))
        #expect(three.recommendation.owner == "College of Policing")
        #expect(three.isPastDeadline && three.isOverdue == true)
        let four = try #require(national.progress(of: 4))
        #expect(four.status == .beingProgressed)
        #expect(four.history.map(\.line) == [8])  // line 7 is after as_of
        #expect(four.history[0].evidence.isEmpty)
        #expect(!four.isPastDeadline && four.isOverdue == false)
        let five = try #require(national.progress(of: 5))
        #expect(five.status == .notStarted && five.history.isEmpty && five.lastUpdated == nil)
        #expect(five.deadline == nil && five.isOverdue == false)
        #expect(national.progress(of: 1) == nil)
    }

    /// The national area's `recommendations`, `recommendations_complete_rate` and
    /// `recommendations_overdue` sum over the forces (`docs/data-contract.md`, "The figures"): the
    /// file adds the status rows and changes nothing else.
    @Test func theFileAddsStatusRowsAndChangesNoOtherRow() throws {
        let with = Self.lines(DataFiles.metrics(MetricsTable(dataset: try Fixture.read(Self.dataset("every_edge_case")), parallelism: .serial)))
        let without = Self.lines(
            DataFiles.metrics(
                MetricsTable(
                    dataset: try Fixture.read(Fixture.dataset(replacing: ["recommendations.csv": Self.threeNational])),
                    parallelism: .serial)))
        #expect(with.filter { !$0.hasPrefix("national,all,recommendation_status,") } == without)
        #expect(with.count == without.count + 3)
    }

    // MARK: One edge case each

    @Test func aForceActionIDIsAnUnknownRecommendation() throws {
        let dataset = try Fixture.read(Self.dataset("force_action_id"))
        let tally = dataset.tally(.nationalProgress)
        #expect(tally.rowsRead == 2 && tally.rowsAccepted == 1 && tally.count(of: .unknownRecommendation) == 1)
        let rejection = try #require(dataset.rejections.first)
        #expect(rejection.file == .nationalProgress && rejection.line == 2 && rejection.column == "recommendation_id")
        let message = rejection.diagnostic.description
        #expect(message.hasPrefix("national-progress.csv:2:1: unknown_recommendation: column `recommendation_id`: "))
        #expect(message.contains("force_action is no"))
        #expect(!message.contains("A force-action id"))
        // progress.csv's own rule is the other way round.
        let forces = try Fixture.read(Fixture.dataset(replacing: ["progress.csv": "progress/unknown_recommendation.csv"]))
        #expect(forces.rejections.first?.diagnostic.message.contains("force_action is yes") == true)
    }

    @Test func aRowAfterAsOfIsIgnoredAndCounted() throws {
        let dataset = try Fixture.read(Self.dataset("row_after_as_of"))
        #expect(dataset.tally(.nationalProgress).datesAfterAsOf == 1)
        #expect(dataset.tally(.nationalProgress).rowsAccepted == 2)
        let t = MetricsTable(dataset: dataset, parallelism: .serial)
        #expect(t.text(.national, "recommendation_status", "id=3") == "being_progressed")
        #expect(t.nationalProgress.progress(of: 3)?.history.count == 1)
        #expect(t.nationalProgress.progress(of: 3)?.isOverdue == true)
    }

    @Test func aTieOnUpdatedGoesToTheLaterRowInTheFile() throws {
        let t = MetricsTable(dataset: try Fixture.read(Self.dataset("tie_on_updated")), parallelism: .serial)
        // A date-time's date part is its day; the row of an earlier day loses though it is last.
        #expect(t.text(.national, "recommendation_status", "id=3") == "awaiting_review")
        #expect(t.nationalProgress.progress(of: 3)?.history.map(\.line) == [4, 2, 3])
    }

    @Test func aFileWithNoRowsReportsEveryNationalRecommendationNotStarted() throws {
        let dataset = try Fixture.read(Self.dataset("header_only"))
        let t = MetricsTable(dataset: dataset, parallelism: .serial)
        #expect(t.nationalProgress.isReported)
        #expect((3...5).map { t.text(.national, "recommendation_status", "id=\($0)") } == ["not_started", "not_started", "not_started"])
        #expect(
            Self.lines(DataFiles.quality(dataset)).suffix(5) == [
                "national-progress.csv,rows_read,0", "national-progress.csv,rows_accepted,0", "national-progress.csv,rows_rejected,0",
                "national-progress.csv,dates_after_as_of,0", "",
            ])
    }

    @Test func evidenceMayHoldLineBreaksButNoOtherControlCharacter() throws {
        let bad = try Fixture.read(Self.dataset("evidence_control_character"))
        #expect(bad.rejections.map(\.code) == [.invalidValue])
        #expect(bad.rejections.first?.column == "evidence")
        let good = try Fixture.read(Self.dataset("evidence_markdown_line_breaks"))
        #expect(good.rejections.isEmpty)
        #expect(good.nationalProgress?.first?.evidence == "Done:\r\n\t- a list.")
    }

    @Test func aForceIDColumnIsIgnoredWithAWarning() throws {
        let dataset = try Fixture.read(Self.dataset("force_id_column"))
        #expect(dataset.warnings.contains { $0.file == "national-progress.csv" && $0.code == "unused_column" })
        #expect(dataset.nationalProgress?.map(\.recommendationID) == [3])
    }

    @Test func rejectionsFollowThoseOfProgressCSV() throws {
        let dataset = try Fixture.read(Self.dataset("force_action_id", replacing: ["progress.csv": "progress/unknown_recommendation.csv"]))
        #expect(
            Self.lines(DataFiles.rejections(dataset)) == [
                "file,line,column,code",
                "progress.csv,2,recommendation_id,unknown_recommendation",
                "national-progress.csv,2,recommendation_id,unknown_recommendation",
                "",
            ])
    }

    // MARK: Fatal when present and broken (docs/data-contract.md, "Errors, rejected rows and warnings")

    @Test(arguments: [
        ("missing_updated_column", "missing_column", "national-progress.csv:1: missing_column"),
        ("personal_data_header", "personal_data", "national-progress.csv:1:43: personal_data"),
        ("unterminated_quote", "malformed_csv", "national-progress.csv:2:23: malformed_csv"),
    ])
    func brokenFileIsFatal(_ fixture: String, _ code: String, _ prefix: String) {
        do {
            _ = try Fixture.read(Self.dataset(fixture))
            Issue.record("expected a fatal error")
        } catch {
            let first = error.diagnostics[0]
            #expect(first.code == code)
            #expect(first.description.hasPrefix(prefix), "\(first.description)")
        }
    }

    @Test func aFolderInItsPlaceIsFatal() throws {
        let directory = Fixture.dataset()
        try FileManager.default.createDirectory(atPath: directory + "/national-progress.csv", withIntermediateDirectories: false)
        do {
            _ = try Fixture.read(directory)
            Issue.record("expected a fatal error")
        } catch {
            #expect(error.diagnostics.map(\.code) == ["unreadable_file"])
            #expect(error.diagnostics[0].file == "national-progress.csv")
        }
    }

    // MARK: Builds

    /// A public build writes the statuses as they are (recommendation metrics are never
    /// suppressed) and accounts for every row of the file.
    @Test func aBuildPublishesTheStatusesAndAccountsForTheFile() throws {
        let site = try RenderingTests.build(Self.dataset("every_edge_case"))
        let metrics = RenderingTests.read(site + "/data/metrics.csv")
        #expect(
            metrics.contains(
                """
                national,all,recommendation_status,id=3,awaiting_review\nnational,all,recommendation_status,id=4,being_progressed\nnational,all,\
                recommendation_status,id=5,not_started\nnational,all,recommendations,status=not_started,4\n
                """
            ))
        let quality = RenderingTests.read(site + "/data/quality.csv")
        #expect(
            quality.hasSuffix(
                """
                progress.csv,dates_after_as_of,1\nnational-progress.csv,rows_read,12\nnational-progress.csv,rows_accepted,5\nnational-progress.c\
                sv,rows_rejected,7\nnational-progress.csv,rejected:missing_value,1\nnational-progress.csv,rejected:invalid_date,1\nnational-prog\
                ress.csv,rejected:invalid_value,1\nnational-progress.csv,rejected:unknown_recommendation,3\nnational-progress.csv,rejected:wrong\
                _field_count,1\nnational-progress.csv,dates_after_as_of,1\n
                """
            ))
        let rejections = RenderingTests.read(site + "/data/rejections.csv")
        #expect(rejections.hasPrefix("file,line,column,code\nnational-progress.csv,6,recommendation_id,unknown_recommendation\n"))
        #expect(!rejections.contains("Not a status") && !rejections.contains("finished"))
    }

    /// The file taking part in the inputs' identity: adding or removing it is a change.
    @Test func addingOrRemovingTheFileRebuilds() throws {
        let data = Fixture.dataset(replacing: ["recommendations.csv": Self.threeNational])
        let out = Fixture.temporaryDirectory() + "/site"
        func build() throws -> Int32 {
            try CLI.run(["build", "--audience", "restricted", "--data", data, "--out", out, "--templates", RenderingTests.templates]).status
        }
        #expect(try build() == ExitStatus.success.rawValue)
        #expect(try build() == ExitStatus.nothingToDo.rawValue)
        try FileManager.default.copyItem(
            atPath: Fixture.root.appendingPathComponent("national_progress/row_after_as_of.csv").path,
            toPath: data + "/national-progress.csv")
        #expect(try build() == ExitStatus.success.rawValue)
        #expect(RenderingTests.read(out + "/data/metrics.csv").contains("national,all,recommendation_status,id=3,being_progressed\n"))
        #expect(try build() == ExitStatus.nothingToDo.rawValue)
        try FileManager.default.removeItem(atPath: data + "/national-progress.csv")
        #expect(try build() == ExitStatus.success.rawValue)
        #expect(!RenderingTests.read(out + "/data/metrics.csv").contains("recommendation_status,id=3"))
    }
}
