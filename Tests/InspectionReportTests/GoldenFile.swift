import Foundation
import Testing

/// Compares output with a committed golden file, in the manner of swift-argument-parser's
/// `assertSnapshot`: recording is never a pass.
///
/// - When the golden file is missing, or recording is asked for (`UPDATE_GOLDEN=1`), the
///   output is written to the golden file and the test fails, so that nobody mistakes a
///   recording run for a passing one.
/// - Otherwise the bytes are compared, and a mismatch fails with a line diff of the first
///   ``diffLineLimit`` differing lines (`-` expected, `+` actual, with line numbers).
enum GoldenFile {
    /// Whether the environment asks for golden files to be rewritten.
    static var recordingRequested: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" }

    /// How many differing lines a mismatch message shows.
    static let diffLineLimit = 20

    /// Checks `actual` against the golden file at `path`; records a test issue at
    /// `sourceLocation` when it records the file or when the bytes differ.
    /// Returns whether the output matched a golden file that was already there.
    @discardableResult
    static func check(
        _ actual: Data, against path: String, record: Bool = recordingRequested,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Bool {
        let existing = FileManager.default.contents(atPath: path)
        if record || existing == nil {
            let directory = (path as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try actual.write(to: URL(fileURLWithPath: path))
            let reason = existing == nil ? "golden file was missing" : "UPDATE_GOLDEN=1"
            Issue.record(
                Comment(rawValue: "recorded \(path) (\(reason)); check the diff with git and run again without UPDATE_GOLDEN"),
                sourceLocation: sourceLocation)
            return false
        }
        guard let expected = existing, expected != actual else { return true }
        let diff = lineDiff(expected: String(decoding: expected, as: UTF8.self), actual: String(decoding: actual, as: UTF8.self))
        Issue.record(
            Comment(
                rawValue:
                    """
                    output differs from \(path) (- expected, + actual):\n\(diff)\nIf the change is deliberate, run with UPDATE_GOLDEN=1 and \
                    read the diff with git.
                    """
            ),
            sourceLocation: sourceLocation)
        return false
    }

    static func check(
        _ actual: String, against path: String, record: Bool = recordingRequested,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        try check(Data(actual.utf8), against: path, record: record, sourceLocation: sourceLocation)
    }

    /// The lines that differ between two texts (a shortest edit script), each as
    /// `-<line in expected>: text` or `+<line in actual>: text`, in document order, cut after
    /// `limit` lines with a count of the rest. Lines are split at LF only, so a CR shows as `\r`.
    static func lineDiff(expected: String, actual: String, limit: Int = diffLineLimit) -> String {
        // Split the scalars, not the characters: "\r\n" is one Character.
        func lines(_ text: String) -> [String] {
            text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        }
        let old = lines(expected)
        let new = lines(actual)
        let difference = new.difference(from: old)
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        func shown(_ line: String) -> String {
            line.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\t", with: "\\t")
        }
        var lines: [String] = []
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count, removed.contains(i), j < new.count, inserted.contains(j) {
                // A changed line: the old and the new one together.
                lines.append("-\(i + 1): \(shown(old[i]))")
                lines.append("+\(j + 1): \(shown(new[j]))")
                i += 1
                j += 1
            } else if i < old.count, removed.contains(i) {
                lines.append("-\(i + 1): \(shown(old[i]))")
                i += 1
            } else if j < new.count, inserted.contains(j) {
                lines.append("+\(j + 1): \(shown(new[j]))")
                j += 1
            } else {
                i += 1
                j += 1
            }
        }
        if lines.isEmpty { return "(no line differs; the texts differ in bytes that decode alike)" }
        if lines.count > limit {
            return (lines.prefix(limit) + ["… \(lines.count - limit) more differing lines"]).joined(separator: "\n")
        }
        return lines.joined(separator: "\n")
    }
}
