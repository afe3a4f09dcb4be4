import Foundation
import Yams

extension ReportSettings {
    /// Reads settings from the text of a `report.yml`.
    ///
    /// - Parameters:
    ///   - yaml: the file's text.
    ///   - file: the name used in messages.
    ///   - audience: the build's audience; nil when validating for any audience, which makes a
    ///     rule of the public audience a warning.
    ///   - warnings: receives a located warning for each key the contract does not know.
    /// - Throws: ``InputError`` naming the line and column of the first wrong setting.
    static func parse(yaml: String, file: String, audience: Audience? = nil, warnings: inout [Diagnostic]) throws(InputError) -> ReportSettings {
        // A leading byte order mark is not part of the settings.
        let text = yaml.hasPrefix("\u{FEFF}") ? String(yaml.unicodeScalars.dropFirst()) : yaml
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw InputError(Diagnostic.yamlSyntax(error, file: file))
        } catch {
            throw InputError(Diagnostic(file: file, code: "invalid_setting", message: "cannot be read as YAML; check its syntax"))
        }
        guard let root, let top = root.mapping else {
            throw InputError(
                Diagnostic(
                    file: file, line: root?.mark?.line, column: root?.mark?.column, code: "invalid_setting",
                    message: "must be a mapping of settings such as `title:` and `period:`; see the README"))
        }
        let reader = SettingsReader(file: file)
        let known: [String: Set<String>] = [
            "title": [], "as_of": [], "period": ["start", "end"],
            "timescales": ["very_high", "high", "medium", "low", "assessment"],
            "disclosure": ["threshold"], "quality": ["max_rejected_share"], "rag": ["green", "amber"],
            "publication": ["status", "producer", "contact", "next_release", "revisions"],
            "progress": ["stale_after_months"],
        ]
        try reader.checkControlCharacters(top, known: known)
        for (key, value) in top {
            let name = key.string ?? ""
            guard let children = known[name] else {
                let shown = TextRules.shown(name) ?? "this key"
                warnings.append(
                    reader.diagnostic(
                        key, code: "unknown_setting", message: "\(shown) is not a setting and is ignored; check its spelling", severity: .warning))
                continue
            }
            if children.isEmpty { continue }
            guard let mapping = value.mapping else {
                throw InputError(
                    reader.diagnostic(
                        value, message: "`\(name)` must be a mapping with \(children.sorted().map { "`\($0)`" }.joined(separator: ", "))"))
            }
            for (childKey, _) in mapping where !children.contains(childKey.string ?? "") {
                let shown = TextRules.shown("\(name).\(childKey.string ?? "")") ?? "this key"
                warnings.append(
                    reader.diagnostic(
                        childKey, code: "unknown_setting", message: "\(shown) is not a setting and is ignored; check its spelling", severity: .warning
                    ))
            }
        }

        let title = try reader.requiredText(top, "title")
        let start = try reader.requiredDay(top, "period", "start")
        let end = try reader.requiredDay(top, "period", "end")
        if end < start {
            throw InputError(
                reader.diagnostic(
                    reader.node(top, "period", "end")!, message: "`period.end` is before `period.start`; the period runs from start to end inclusive")
            )
        }
        if end.days(since: start) > Self.maxDaysAfter {
            throw InputError(
                reader.diagnostic(
                    reader.node(top, "period", "end")!,
                    message: "the period is longer than 100 years (\(Self.maxDaysAfter) days), the limit; check `period.start` and `period.end`"))
        }
        var asOf = end
        if let node = reader.node(top, "as_of") {
            asOf = try reader.day(node, "as_of")
            if asOf < end {
                throw InputError(
                    reader.diagnostic(node, message: "`as_of` is before `period.end`; the census date must be on or after the end of the period"))
            }
            if asOf.days(since: end) > Self.maxDaysAfter {
                throw InputError(
                    reader.diagnostic(
                        node, message: "`as_of` is more than 100 years (\(Self.maxDaysAfter) days) after `period.end`, the limit; check the date"))
            }
        }
        var timescales = ReportSettings.defaultTimescales
        for grade in RiskGrade.allCases {
            if let node = reader.node(top, "timescales", grade.csvName) {
                timescales[grade.rawValue] = try reader.integer(
                    node, "timescales.\(grade.csvName)", minimum: 0,
                    rule: "a whole number of days, 0 or more")
            }
        }
        var assessment = ReportSettings.defaultAssessmentTimescale
        if let node = reader.node(top, "timescales", "assessment") {
            assessment = try reader.integer(node, "timescales.assessment", minimum: 0, rule: "a whole number of days, 0 or more")
        }
        var threshold = SensitivityRule.defaultThreshold
        if let node = reader.node(top, "disclosure", "threshold") {
            threshold = try reader.integer(node, "disclosure.threshold", minimum: 0, rule: "a whole number, 0 or more")
            if threshold < Self.minPublicThreshold, audience != .restricted {
                var problem = reader.diagnostic(
                    node,
                    message:
                        """
                        `disclosure.threshold` is below \(Self.minPublicThreshold), so a public build would show counts of one case; a public \
                        build refuses it (use 2 or more, or build for the restricted audience)
                        """
                )
                if audience == nil {
                    problem.severity = .warning
                    problem.code = "public_threshold"
                    warnings.append(problem)
                } else {
                    throw InputError(problem)
                }
            }
        }
        var share = DecimalFraction(numerator: 1, scale: 2)
        if let node = reader.node(top, "quality", "max_rejected_share") {
            share = try reader.fraction(node, "quality.max_rejected_share")
        }
        var green = DecimalFraction(numerator: 90, scale: 2)
        var amber = DecimalFraction(numerator: 75, scale: 2)
        let greenNode = reader.node(top, "rag", "green"), amberNode = reader.node(top, "rag", "amber")
        if let greenNode { green = try reader.fraction(greenNode, "rag.green") }
        if let amberNode { amber = try reader.fraction(amberNode, "rag.amber") }
        if !(amber <= green), let node = amberNode ?? greenNode {
            let which =
                amberNode == nil
                ? "`rag.green` is below the default `rag.amber` (0.75)"
                : greenNode == nil
                    ? "`rag.amber` is above the default `rag.green` (0.90)" : "`rag.amber` is above `rag.green`"
            throw InputError(reader.diagnostic(node, message: "\(which); amber must be at most green"))
        }
        var publication = PublicationMetadata()
        if let node = reader.node(top, "publication", "status") { publication.status = try reader.scalar(node, "publication.status") }
        if let node = reader.node(top, "publication", "producer") { publication.producer = try reader.scalar(node, "publication.producer") }
        if let node = reader.node(top, "publication", "contact") { publication.contact = try reader.scalar(node, "publication.contact") }
        if let node = reader.node(top, "publication", "next_release") { publication.nextRelease = try reader.day(node, "publication.next_release") }
        if let node = reader.node(top, "publication", "revisions") { publication.revisions = try reader.markdown(node, "publication.revisions") }
        var settings = ReportSettings(
            title: title, periodStart: start, periodEnd: end, asOf: asOf, timescales: timescales, assessmentTimescale: assessment,
            disclosureThreshold: threshold, maxRejectedShare: share, ragGreen: green, ragAmber: amber)
        settings.publication = publication
        if let node = reader.node(top, "progress", "stale_after_months") {
            let months = try reader.integer(node, "progress.stale_after_months", minimum: 1, rule: "a whole number of months, 1 or more")
            guard months <= 1_200 else {
                throw InputError(reader.diagnostic(node, message: "`progress.stale_after_months` must be at most 1200 (100 years)"))
            }
            settings.staleAfterMonths = months
        }
        return settings
    }
}

extension ReportSettings {
    /// The longest period, and the longest time from `period.end` to `as_of`, in days (100 years):
    /// the tool's memory grows with the days and quarters it covers.
    static let maxDaysAfter = 36_525
    /// The smallest `disclosure.threshold` of a public build: 1 would show counts of one case.
    static let minPublicThreshold = 2
}

/// Reads typed values out of a YAML mapping with located errors.
struct SettingsReader {
    let file: String

    /// A scalar without the line feeds that end a YAML block scalar (`title: >`).
    static func withoutFinalLineFeeds(_ s: String) -> String {
        var s = Substring(s)
        while s.utf8.last == 0x0A { s = s.dropLast() }
        return String(s)
    }

    /// Refuses a control character (`docs/data-contract.md`, "Text") in every key, and in the value
    /// of every setting the tool reads. Values of unknown keys are never read (they are only warned
    /// about), so they are not walked either: a file of nested aliases costs nothing.
    func checkControlCharacters(_ top: Node.Mapping, known: [String: Set<String>]) throws(InputError) {
        for (key, value) in top {
            try checkScalar(key)
            guard let children = known[key.string ?? ""] else { continue }
            if children.isEmpty {
                try checkScalar(value)
            } else if let mapping = value.mapping {
                for (childKey, childValue) in mapping {
                    try checkScalar(childKey)
                    let name = childKey.string ?? ""
                    if children.contains(name) { try checkScalar(childValue, markdown: Self.markdownSettings.contains(name)) }
                }
            }
        }
    }

    /// The settings whose value is Markdown, which may hold tab, LF and CR
    /// (`docs/data-contract.md`, "Text").
    static let markdownSettings: Set<String> = ["revisions"]

    /// Refuses a scalar holding a control character; other nodes are judged where they are read.
    func checkScalar(_ node: Node, markdown: Bool = false) throws(InputError) {
        guard case .scalar(let scalar) = node,
            TextRules.hasControlCharacter(Self.withoutFinalLineFeeds(scalar.string), markdown: markdown)
        else { return }
        throw InputError(
            diagnostic(
                node, code: "control_character",
                message: "holds a control character or a line or paragraph separator, which no setting may hold; remove it"))
    }

    func diagnostic(_ node: Node, code: String = "invalid_setting", message: String, severity: Diagnostic.Severity = .error) -> Diagnostic {
        Diagnostic(severity: severity, file: file, line: node.mark?.line, column: node.mark?.column, code: code, message: message)
    }

    func node(_ top: Node.Mapping, _ path: String...) -> Node? {
        var current: Node? = top[path[0]]
        for key in path.dropFirst() { current = current?.mapping?[key] }
        return current
    }

    func scalar(_ node: Node, _ name: String) throws(InputError) -> String {
        guard let s = node.scalar.map({ Self.withoutFinalLineFeeds($0.string).trimmingCharacters(in: .whitespaces) }) else {
            throw InputError(diagnostic(node, message: "`\(name)` must be a single value, not a list or mapping"))
        }
        return s
    }

    func requiredText(_ top: Node.Mapping, _ key: String) throws(InputError) -> String {
        guard let node = top[key] else {
            throw InputError(Diagnostic(file: file, code: "missing_setting", message: "`\(key)` is required; add it"))
        }
        let text = try scalar(node, key)
        guard !text.isEmpty else { throw InputError(diagnostic(node, message: "`\(key)` is empty; give the report a title")) }
        return text
    }

    func requiredDay(_ top: Node.Mapping, _ parent: String, _ key: String) throws(InputError) -> Day {
        guard let n = node(top, parent, key) else {
            throw InputError(Diagnostic(file: file, code: "missing_setting", message: "`\(parent).\(key)` is required; add it as a date YYYY-MM-DD"))
        }
        return try day(n, "\(parent).\(key)")
    }

    /// A Markdown value, kept as written (it is parsed and sanitised where it is shown).
    func markdown(_ node: Node, _ name: String) throws(InputError) -> String {
        guard let s = node.scalar?.string else {
            throw InputError(diagnostic(node, message: "`\(name)` must be text (Markdown), not a list or mapping"))
        }
        return s
    }

    func day(_ node: Node, _ name: String) throws(InputError) -> Day {
        let text = try scalar(node, name)
        guard let d = DayParser.parse(text) else {
            throw InputError(diagnostic(node, message: "`\(name)` is not a valid date; write it as YYYY-MM-DD"))
        }
        return d
    }

    func integer(_ node: Node, _ name: String, minimum: Int, rule: String) throws(InputError) -> Int {
        let text = try scalar(node, name)
        guard !text.isEmpty, text.count <= 9, let value = Int(text), text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }), value >= minimum
        else {
            throw InputError(diagnostic(node, message: "`\(name)` must be \(rule)"))
        }
        return value
    }

    func fraction(_ node: Node, _ name: String) throws(InputError) -> DecimalFraction {
        let text = try scalar(node, name)
        guard let value = DecimalFraction(parsing: text), value.isAtMostOne else {
            throw InputError(diagnostic(node, message: "`\(name)` must be a decimal from 0 to 1, such as 0.9"))
        }
        return value
    }
}

extension Diagnostic {
    static func yamlSyntax(_ error: YamlError, file: String) -> Diagnostic {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return Diagnostic(
                file: file, line: mark.line, column: mark.column, code: "invalid_setting",
                message: "YAML syntax: \(problem); fix the syntax at this place")
        case let .duplicatedKeysInMapping(duplicates, context):
            return Diagnostic(
                file: file, line: context.mark.line, column: context.mark.column, code: "invalid_setting",
                message: "a setting is given twice (\(duplicates.joined(separator: ", "))); keep one")
        default:
            return Diagnostic(file: file, code: "invalid_setting", message: "cannot be read as YAML (\(error)); check that it is UTF-8 text")
        }
    }
}
