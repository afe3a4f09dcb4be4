import ArgumentParser
import Foundation
import InspectionReport

/// Logs on standard error: plain lines, or one JSON object a line for log collectors.
struct Log: Sendable {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    var format: Format
    var quiet: Bool

    func info(_ event: String, _ message: String, _ fields: [(String, String)] = []) {
        guard !quiet else { return }
        emit("info", event, message, fields)
    }

    func error(_ event: String, _ message: String, _ fields: [(String, String)] = []) {
        emit("error", event, message, fields)
    }

    private func emit(_ level: String, _ event: String, _ message: String, _ fields: [(String, String)]) {
        switch format {
        case .text:
            Console.error(message)
        case .json:
            var parts = ["\"level\":\(Self.quote(level))", "\"event\":\(Self.quote(event))", "\"message\":\(Self.quote(message))"]
            for (k, v) in fields { parts.append("\(Self.quote(k)):\(Self.quote(v))") }
            Console.error("{" + parts.joined(separator: ",") + "}")
        }
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for ch in s.unicodeScalars {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if ch.value < 0x20 { out += String(format: "\\u%04x", ch.value) } else { out.unicodeScalars.append(ch) }
            }
        }
        return out + "\""
    }
}


