import Foundation
import Testing

@testable import InspectionReport

/// Template tags that name no value are found, with their line.
@Suite("Template checker")
struct TemplateCheckerTests {
    typealias Problem = TemplateChecker.Problem

    func problems(_ source: String, _ context: [String: Any]) -> [Problem] {
        TemplateChecker.undefinedNames(in: source, context: context)
    }

    @Test func missingValueIsFoundOnItsLine() {
        #expect(problems("# {{title}}\n\nIntro.\n{{missing}} and {{title}}\n", ["title": "T"]) == [Problem(name: "missing", line: 4)])
    }

    @Test func everyMissingValueIsFoundInOrder() {
        #expect(
            problems("{{a}}\n{{b}}{{{c}}}\n\n{{& d}}", ["b": 1]) == [
                Problem(name: "a", line: 1), Problem(name: "c", line: 2), Problem(name: "d", line: 4),
            ])
    }

    @Test func tagsThatNameValuesPass() {
        let source = """
            {{% CONTENT_TYPE: TEXT}}
            {{title}} {{{raw}}} {{& raw}} {{ spaced }} {{nested.value}}
            {{! a comment names nothing }}{{> partial}}
            """
        #expect(problems(source, ["title": "T", "raw": "<b>", "spaced": 1, "nested": ["value": "v"] as [String: Any]]) == [])
    }

    @Test func missingNameInADottedPathIsFound() {
        #expect(problems("{{nested.nope}}", ["nested": ["value": "v"] as [String: Any]]) == [Problem(name: "nested.nope", line: 1)])
    }

    @Test func sectionNamingNoValueIsFound() {
        #expect(problems("text\n{{#nope}}x{{/nope}}\n{{^gone}}y{{/gone}}", [:]) == [Problem(name: "nope", line: 2), Problem(name: "gone", line: 3)])
    }

    /// An empty list renders nothing, so the names inside it cannot be checked and pass.
    @Test func sectionOverAnEmptyListPasses() {
        #expect(problems("{{#items}}{{anything}}{{/items}}", ["items": [[String: Any]]()]) == [])
    }

    /// Names inside a list are looked up in its first element, then in the scopes around it.
    @Test func sectionOverAListChecksNamesAgainstItsElements() {
        let context: [String: Any] = ["title": "T", "items": [["name": "n"]] as [[String: Any]]]
        #expect(
            problems("{{#items}}\n{{name}} of {{title}}: {{nope}}\n{{/items}}\n{{name}}", context)
                == [Problem(name: "nope", line: 2), Problem(name: "name", line: 4)])
    }

    @Test func sectionOverADictionaryOpensItsScope() {
        let context: [String: Any] = ["force": ["name": "Alpha"] as [String: Any], "title": "T"]
        #expect(problems("{{#force}}{{name}} {{title}}{{/force}}{{name}}", context) == [Problem(name: "name", line: 1)])
    }

    /// A flag section keeps the names around it.
    @Test func sectionOverAFlagKeepsTheOuterScope() {
        #expect(
            problems("{{#public}}{{threshold}}{{/public}}{{^public}}{{missing}}{{/public}}", ["public": true, "threshold": 5])
                == [Problem(name: "missing", line: 1)])
    }

    /// Through `TemplateSet`, the error names the template file and the line.
    @Test func templateSetNamesTheFileAndLine() throws {
        let directory = Fixture.temporaryDirectory()
        let files = [
            "national.md.mustache": "# {{title}}\n\n{{missing}}\n", "force.md.mustache": "x", "data-dictionary.md.mustache": "y",
            "layout.html.mustache": "{{{body}}}", "style.css": "",
        ]
        for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: directory + "/" + name)) }
        let set = try TemplateSet(directory: directory)
        #expect(try set.render("force.md.mustache", [:]) == "x")
        do {
            _ = try set.render("national.md.mustache", ["title": "T"])
            Issue.record("expected a template error")
        } catch {
            #expect(
                error.errorDescription
                    == """
                    template error: \(directory)/national.md.mustache:3: `{{missing}}` names no value the tool provides; see docs/templates.md \
                    for the names; nothing was published
                    """
            )
        }
    }
}
