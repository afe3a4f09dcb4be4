import Foundation
import Mustache

/// The editable templates of the publication: a Markdown template per document and one
/// HTML layout, read from a directory at run time (Mustache syntax).
///
/// A missing template, a syntax error, or a tag that names a value the tool does not provide
/// is an error naming the file and line, never a silently empty section.
public struct TemplateSet: Sendable {
    /// The files a templates directory must hold.
    public static let requiredFiles = ["national.md.mustache", "force.md.mustache", "layout.html.mustache", "style.css"]

    public let directory: String
    let sources: [String: String]
    let templates: [String: MustacheTemplate]

    /// Reads every template and the stylesheet.
    public init(directory: String) throws(BuildError) {
        self.directory = directory
        var sources: [String: String] = [:]
        var templates: [String: MustacheTemplate] = [:]
        for name in Self.requiredFiles {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .template("\(path) is missing; the templates directory (--templates) must hold \(Self.requiredFiles.joined(separator: ", "))")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw .template("\(path) is not UTF-8 text")
            }
            sources[name] = text
            if name.hasSuffix(".mustache") {
                do {
                    templates[name] = try MustacheTemplate(string: text)
                } catch {
                    throw .template("\(path): \(error); fix the template's syntax")
                }
            }
        }
        self.sources = sources
        self.templates = templates
    }

    /// The stylesheet's text.
    public var stylesheet: String { sources["style.css"] ?? "" }

    /// The hashable text of every template, for change detection and provenance.
    public var contents: [(name: String, text: String)] {
        Self.requiredFiles.map { ($0, sources[$0] ?? "") }
    }

    /// Renders template `name` with `context`, after checking that every tag names a value.
    public func render(_ name: String, _ context: [String: Any]) throws(BuildError) -> String {
        guard let template = templates[name], let source = sources[name] else {
            throw .template("no template \(name)")
        }
        let problems = TemplateChecker.undefinedNames(in: source, context: context)
        if let first = problems.first {
            let path = (directory as NSString).appendingPathComponent(name)
            throw .template("\(path):\(first.line): `{{\(first.name)}}` names no value the tool provides; see docs/templates.md for the names")
        }
        return template.render(context)
    }
}

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
