import Foundation
import Mustache

/// The editable templates of the publication: a Markdown template per document and one
/// HTML layout, read from a directory at run time (Mustache syntax).
///
/// A missing template, a syntax error, or a tag that names a value the tool does not provide
/// is an error naming the file and line, never a silently empty section.
struct TemplateSet: Sendable {
    /// The files a templates directory must hold.
    static let requiredFiles = ["national.md.mustache", "force.md.mustache", "data-dictionary.md.mustache", "layout.html.mustache", "style.css"]

    let directory: String
    let sources: [String: String]
    let templates: [String: MustacheTemplate]

    /// Reads every template and the stylesheet.
    init(directory: String) throws(BuildError) {
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
    var stylesheet: String { sources["style.css"] ?? "" }

    /// The SHA-256 of every template, for change detection and provenance.
    func digests() -> [Provenance.Input] {
        Self.requiredFiles.map { name in
            let text = sources[name] ?? ""
            return Provenance.Input(name: "Templates: " + name, sha256: Digest.sha256(text), bytes: text.utf8.count)
        }
    }

    /// Renders template `name` with `context`, after checking that every tag names a value.
    func render(_ name: String, _ context: [String: Any]) throws(BuildError) -> String {
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
