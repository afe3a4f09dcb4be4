import Foundation

/// Finds the tags of a Mustache template that name no value in a context.
enum TemplateChecker {
    struct Problem: Equatable {
        var name: String
        var line: Int
    }

    static func undefinedNames(in source: String, context: [String: Any]) -> [Problem] {
        var problems: [Problem] = []
        var scopes: [Any] = [context]
        let text = Array(source.utf8)
        var i = 0
        var line = 1
        while i + 1 < text.count {
            if text[i] == 10 { line += 1 }
            guard text[i] == UInt8(ascii: "{"), text[i + 1] == UInt8(ascii: "{") else { i += 1; continue }
            let triple = i + 2 < text.count && text[i + 2] == UInt8(ascii: "{")
            let start = i + (triple ? 3 : 2)
            var end = start
            while end + 1 < text.count, !(text[end] == UInt8(ascii: "}") && text[end + 1] == UInt8(ascii: "}")) { end += 1 }
            let tag = trimmed(String(decoding: text[start..<min(end, text.count)], as: UTF8.self))
            for b in text[i..<min(end, text.count)] where b == 10 { line += 1 }
            i = end + (triple ? 3 : 2)
            guard let first = tag.first else { continue }
            switch first {
            case "!", "%", "=", ">":
                continue
            case "/":
                if scopes.count > 1 { scopes.removeLast() }
            case "#", "^":
                let name = trimmed(String(tag.dropFirst()))
                let value = lookup(name, in: scopes)
                if value == nil { problems.append(Problem(name: name, line: line)) }
                if first == "#", let array = value as? [Any] {
                    // An empty list renders nothing; names inside it cannot be checked against it.
                    scopes.append(array.first ?? Wildcard())
                } else if first == "#", let dictionary = value as? [String: Any] {
                    scopes.append(dictionary)
                } else {
                    scopes.append([String: Any]())
                }
            default:
                let name = first == "&" ? trimmed(String(tag.dropFirst())) : tag
                if lookup(name, in: scopes) == nil { problems.append(Problem(name: name, line: line)) }
            }
        }
        return problems
    }

    static func trimmed(_ s: String) -> String {
        var sub = Substring(s)
        while let c = sub.first, c == " " || c == "\t" || c == "\n" { sub = sub.dropFirst() }
        while let c = sub.last, c == " " || c == "\t" || c == "\n" { sub = sub.dropLast() }
        return String(sub)
    }

    /// The scope of an empty list: any name is accepted.
    struct Wildcard {}

    static func lookup(_ name: String, in scopes: [Any]) -> Any? {
        if name == "." { return scopes.last }
        if scopes.contains(where: { $0 is Wildcard }) { return Wildcard() }
        let parts = name.split(separator: ".").map(String.init)
        for scope in scopes.reversed() {
            guard let dictionary = scope as? [String: Any], var value = dictionary[parts[0]] else { continue }
            for part in parts.dropFirst() {
                guard let next = (value as? [String: Any])?[part] else { return nil }
                value = next
            }
            return value
        }
        return nil
    }
}
