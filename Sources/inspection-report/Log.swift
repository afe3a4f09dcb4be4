import ArgumentParser
import Foundation
import InspectionReport

#if canImport(Glibc)
    import Glibc
#endif

/// Logs on standard error: plain lines (`2026-12-02T12:00:00Z info built …`), or one JSON
/// object a line for log collectors, with a `time` field and numbers as JSON numbers.
///
/// Times come from the clock: logs are not outputs, so they do not touch reproducibility.
struct Log: Sendable {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    /// A field's value: text, or a number written as a JSON number.
    enum Value: Sendable, Equatable {
        case string(String)
        case int(Int)
        /// A number written with a fixed number of decimals.
        case decimal(Double, places: Int)

        var json: String {
            switch self {
            case .string(let s): JSONText.quoted(s)
            case .int(let i): String(i)
            case .decimal(let d, let places): d.isFinite ? String(format: "%.\(places)f", d) : "null"
            }
        }
    }

    var format: Format
    var quiet: Bool

    func info(_ event: String, _ message: String, _ fields: [(String, Value)] = []) {
        guard !quiet else { return }
        emit("info", event, message, fields)
    }

    /// A warning: shown unless `--quiet`.
    func warning(_ event: String, _ message: String, _ fields: [(String, Value)] = []) {
        guard !quiet else { return }
        emit("warning", event, message, fields)
    }

    func error(_ event: String, _ message: String, _ fields: [(String, Value)] = []) {
        emit("error", event, message, fields)
    }

    /// A line that the operator asked for (such as `--timings`), written even with `--quiet`.
    func requested(_ event: String, _ message: String, _ fields: [(String, Value)] = []) {
        emit("info", event, message, fields)
    }

    private func emit(_ level: String, _ event: String, _ message: String, _ fields: [(String, Value)]) {
        Console.error(line(level, event, message, fields, time: Self.timestamp()))
    }

    /// One log line, without its line end.
    func line(_ level: String, _ event: String, _ message: String, _ fields: [(String, Value)], time: String) -> String {
        switch format {
        case .text:
            return "\(time) \(level) \(message)"
        case .json:
            var parts = ["\"level\":\(JSONText.quoted(level))", "\"event\":\(JSONText.quoted(event))", "\"message\":\(JSONText.quoted(message))"]
            for (k, v) in fields { parts.append("\(JSONText.quoted(k)):\(v.json)") }
            parts.append("\"time\":\(JSONText.quoted(time))")
            return "{" + parts.joined(separator: ",") + "}"
        }
    }

    /// The clock's time in UTC, ISO 8601 to the second: `2026-12-02T12:00:00Z`.
    static func timestamp() -> String {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        func pad(_ v: Int32, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))T"
            + "\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2))Z"
    }
}
