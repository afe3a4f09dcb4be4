import Foundation
import Testing

/// The golden-file helper can fail: recording fails, a mismatch fails with a readable diff.
@Suite("Golden file helper")
struct GoldenFileTests {
    static func message(_ issue: Issue) -> String {
        issue.comments.map(\.rawValue).joined(separator: "\n")
    }

    static func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func missingGoldenFileIsWrittenAndTheTestFails() throws {
        let path = Fixture.temporaryDirectory() + "/new/page.md"
        try withKnownIssue("recording must fail") {
            try GoldenFile.check("# Page\n", against: path, record: false)
        } matching: { issue in
            Self.message(issue) == "recorded \(path) (golden file was missing); check the diff with git and run again without UPDATE_GOLDEN"
        }
        #expect(Self.contents(path) == "# Page\n")
    }

    @Test func recordingOverAMatchingFileStillFails() throws {
        let path = Fixture.temporaryDirectory() + "/page.md"
        try Data("same\n".utf8).write(to: URL(fileURLWithPath: path))
        try withKnownIssue("recording must fail even when nothing changed") {
            try GoldenFile.check("same\n", against: path, record: true)
        } matching: { issue in
            Self.message(issue).hasPrefix("recorded \(path) (UPDATE_GOLDEN=1); check the diff with git")
        }
        #expect(Self.contents(path) == "same\n")
    }

    @Test func recordingReplacesADifferentFileAndFails() throws {
        let path = Fixture.temporaryDirectory() + "/page.md"
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: path))
        try withKnownIssue("recording must fail") {
            try GoldenFile.check("new\n", against: path, record: true)
        } matching: { issue in
            Self.message(issue).hasPrefix("recorded \(path)")
        }
        #expect(Self.contents(path) == "new\n")
    }

    @Test func matchingOutputPasses() throws {
        let path = Fixture.temporaryDirectory() + "/page.md"
        try Data("line 1\nline 2\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(try GoldenFile.check(Data("line 1\nline 2\n".utf8), against: path, record: false))
    }

    @Test func mismatchFailsWithALineDiffAndLeavesTheFile() throws {
        let path = Fixture.temporaryDirectory() + "/page.md"
        try Data("a\nb\nc\n".utf8).write(to: URL(fileURLWithPath: path))
        try withKnownIssue("a mismatch must fail") {
            try GoldenFile.check("a\nB\nc\nd\n", against: path, record: false)
        } matching: { issue in
            Self.message(issue) == """
                output differs from \(path) (- expected, + actual):
                -2: b
                +2: B
                +4: d
                If the change is deliberate, run with UPDATE_GOLDEN=1 and read the diff with git.
                """
        }
        #expect(Self.contents(path) == "a\nb\nc\n")
    }

    @Test func theIssueIsRecordedWhereTheHelperIsCalled() throws {
        let path = Fixture.temporaryDirectory() + "/page.md"
        try Data("x\n".utf8).write(to: URL(fileURLWithPath: path))
        let line = #line + 2
        try withKnownIssue {
            try GoldenFile.check("y\n", against: path, record: false)
        } matching: { issue in
            issue.sourceLocation?.line == line && issue.sourceLocation?.fileID == #fileID
        }
    }

    @Test func aLineInsertedNearTheTopShowsAsOneLine() {
        // The rest of the file shifts by a line; only the new line is reported.
        let expected = (1...50).map { "row \($0)" }.joined(separator: "\n")
        let actual = "header\n" + expected
        #expect(GoldenFile.lineDiff(expected: expected, actual: actual) == "+1: header")
    }

    @Test func aLongDiffShowsTheFirstTwentyLinesAndCountsTheRest() {
        let expected = (1...30).map { "old \($0)" }.joined(separator: "\n")
        let actual = (1...30).map { "new \($0)" }.joined(separator: "\n")
        let diff = GoldenFile.lineDiff(expected: expected, actual: actual)
        let lines = diff.components(separatedBy: "\n")
        #expect(lines.count == 21)
        #expect(lines.last == "… 40 more differing lines")
        #expect(lines.prefix(4) == ["-1: old 1", "+1: new 1", "-2: old 2", "+2: new 2"])
        #expect(lines[19] == "+10: new 10")
    }

    @Test func carriageReturnsAreShown() {
        #expect(GoldenFile.lineDiff(expected: "a\nb\n", actual: "a\r\nb\n") == "-1: a\n+1: a\\r")
    }

    @Test func aMissingFinalNewlineShowsAsAnEmptyLastLine() {
        #expect(GoldenFile.lineDiff(expected: "a\n", actual: "a") == "-2: ")
    }
}
