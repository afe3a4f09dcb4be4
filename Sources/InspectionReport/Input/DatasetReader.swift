import Foundation

/// Reads and validates a dataset directory (`docs/data-contract.md`, from "The files" to "Scope and
/// the census date").
public struct DatasetReader: Sendable {
    /// The dataset directory.
    var directory: String
    /// The settings file; `report.yml` in the directory when nil.
    var configPath: String?
    /// When `cases.csv` is read in two halves and duplicate ids judged on two threads (the
    /// results are identical either way).
    var parallelism: Parallelism
    /// The audience of the build; nil when validating for any audience (a rule of the public
    /// audience is then a warning).
    var audience: Audience?

    /// The most forces a dataset may list: every force is an area with its own page and figures.
    static let maxForces = 1_000

    public init(directory: String, configPath: String? = nil, parallelism: Parallelism = .automatic, audience: Audience? = nil) {
        self.directory = directory
        self.configPath = configPath
        self.parallelism = parallelism
        self.audience = audience
    }

    /// The path of a file in the dataset directory.
    func path(_ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// The settings file's path.
    var settingsPath: String { configPath ?? path("report.yml") }

    /// Reads, validates and checks every input.
    /// - Throws: ``InputError`` for every fatal problem (missing files first).
    func read() throws(InputError) -> Dataset {
        try read(snapshot())
    }

    /// Reads the bytes of every input (settings first), failing on missing or unreadable files.
    /// An optional file (`national-progress.csv`) is read when anything is at its path, so
    /// that a folder or a broken link there is an error rather than an absent file.
    func snapshot() throws(InputError) -> InputSnapshot {
        let required = [("report.yml", settingsPath)] + InputFile.required.map { ($0.fileName, path($0.fileName)) }
        let missing = required.filter { !FileBytes.exists($0.1) }
        if !missing.isEmpty {
            throw InputError(
                missing.map {
                    Diagnostic(
                        file: $0.1, code: "missing_file",
                        message:
                            """
                            \($0.0) is missing (or is not a regular file); a dataset directory needs report.yml, forces.csv, cases.csv, \
                            recommendations.csv and progress.csv (national-progress.csv is optional)
                            """
                    )
                })
        }
        let files = InputFile.allCases.filter { !$0.isOptional || FileBytes.entryExists(path($0.fileName)) }
        let names = ["report.yml"] + files.map(\.fileName)
        let paths = [settingsPath] + files.map { path($0.fileName) }
        var contents: [FileContents] = []
        for (name, path) in zip(names, paths) {
            do {
                contents.append(try FileContents.load(path))
            } catch {
                throw InputError(
                    Diagnostic(file: name, code: "unreadable_file", message: "cannot be read (\(error.reason)); check that it exists and is readable")
                )
            }
        }
        return InputSnapshot(settingsName: configPath == nil ? "report.yml" : settingsPath, contents: contents, files: files)
    }

    /// Validates the inputs of a snapshot.
    func read(_ snapshot: InputSnapshot) throws(InputError) -> Dataset {
        var warnings: [Diagnostic] = []
        let settingsBytes = try ValueRules.checkedUTF8(snapshot.contents[0].buffer, name: snapshot.settingsName)
        let settings = try ReportSettings.parse(
            yaml: String(decoding: settingsBytes, as: UTF8.self), file: snapshot.settingsName,
            audience: audience, warnings: &warnings)
        let forces = try readForces(snapshot.bytes(.forces), warnings: &warnings)
        let recommendations = try readRecommendations(snapshot.bytes(.recommendations), warnings: &warnings)
        var forcesTally = FileTally(file: .forces), recommendationsTally = FileTally(file: .recommendations)
        forcesTally.rowsRead = forces.count
        recommendationsTally.rowsRead = recommendations.count
        let caseBytes = try ValueRules.checkedUTF8(snapshot.bytes(.cases), name: InputFile.cases.fileName)
        let cases = try CaseTableReader(
            settings: settings, forces: forces, parallelism: parallelism,
            releasesPages: snapshot.contents(of: .cases)?.isMapped ?? false
        )
        .read(bytes: caseBytes, warnings: &warnings)
        let progress = try ProgressTableReader(settings: settings, forces: forces, recommendations: recommendations, reporter: .forces)
            .read(bytes: snapshot.bytes(.progress), warnings: &warnings)
        var national: ProgressTableReader.Result?
        if let contents = snapshot.contents(of: .nationalProgress) {
            national = try ProgressTableReader(settings: settings, forces: forces, recommendations: recommendations, reporter: .nationalBodies)
                .read(bytes: contents.buffer, warnings: &warnings)
        }
        var tallies = [forcesTally, cases.tally, recommendationsTally, progress.tally]
        if let national { tallies.append(national.tally) }
        assert(tallies.map(\.file) == snapshot.files, "a tally for each file present, in the order of InputFile")
        warnings += tallies.compactMap(\.datesAfterAsOfWarning)
        return Dataset(
            settings: settings, forces: forces, recommendations: recommendations, caseParts: cases.parts,
            openOverdue: cases.openOverdue, progress: progress.updates, nationalProgress: national?.nationalUpdates,
            rejections: cases.rejections + progress.rejections + (national?.rejections ?? []), tallies: tallies,
            warnings: warnings)
    }

    func readForces(_ bytes: UnsafeBufferPointer<UInt8>, warnings: inout [Diagnostic]) throws(InputError) -> [Force] {
        let file = InputFile.forces
        let specs = [
            ColumnSpec("force_id", required: true), ColumnSpec("name", required: true),
            ColumnSpec("region", required: true), ColumnSpec("child_population", required: false),
        ]
        let table = try SmallTable.read(
            bytes: bytes, file: file, columns: specs, checkPersonalData: false,
            maxRows: Self.maxForces, rowsName: "forces", warnings: &warnings)
        var problems: [Diagnostic] = []
        var forces: [Force] = []
        var seen: [String: Int] = [:]
        for row in table.rows {
            func problem(_ k: Int?, _ code: String, _ message: String) {
                problems.append(Diagnostic(file: file.fileName, line: row.line, column: k.map { row.columns[$0] } ?? 1, code: code, message: message))
            }
            guard row.fieldCountMatches else {
                problem(nil, "wrong_field_count", RowErrorCode.wrongFieldCount.advice)
                continue
            }
            let id = row.values[0] ?? "", name = row.values[1] ?? "", region = row.values[2] ?? ""
            var ok = true
            for k in 0..<3 where (row.values[k] ?? "").isEmpty {
                problem(k, "missing_value", "column `\(specs[k].name)`: a required value is empty; fill it in")
                ok = false
            }
            for k in [1, 2] {
                if let problem = Self.textProblem(row.values[k] ?? "", column: specs[k].name, markdown: false, cell: true) {
                    problems.append(
                        Diagnostic(file: file.fileName, line: row.line, column: row.columns[k], code: problem.code, message: problem.message))
                    ok = false
                }
            }
            if !id.isEmpty, ValueRules.forceIDPattern.firstMatch(in: id, range: NSRange(id.startIndex..., in: id)) == nil {
                problem(
                    0, "invalid_value",
                    "column `force_id`: an id must be 1 to 32 letters, digits, `_` or `-`, starting with a letter or digit (it names output files)")
                ok = false
            }
            if let first = seen[id], !id.isEmpty {
                problem(0, "duplicate_force_id", "column `force_id`: the same id is on line \(first); give each force one row")
                ok = false
            }
            var population: Int?
            if let text = row.values[3], !text.isEmpty {
                if text.count <= 12, text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text) {
                    population = value
                } else {
                    problem(3, "invalid_value", "column `child_population`: must be a whole number of residents under 18, or empty when unknown")
                    ok = false
                }
            }
            if ok {
                seen[id] = row.line
                forces.append(Force(id: id, name: name, region: region, childPopulation: population))
            }
        }
        if !problems.isEmpty { throw InputError(problems) }
        if forces.isEmpty {
            throw InputError(Diagnostic(file: file.fileName, line: 2, code: "no_forces", message: "lists no forces; add one row per force"))
        }
        return forces
    }

    func readRecommendations(_ bytes: UnsafeBufferPointer<UInt8>, warnings: inout [Diagnostic]) throws(InputError) -> [Recommendation] {
        let file = InputFile.recommendations
        let specs = [
            ColumnSpec("id", required: true), ColumnSpec("title", required: true), ColumnSpec("owner", required: true),
            ColumnSpec("deadline", required: false), ColumnSpec("force_action", required: true), ColumnSpec("text", required: false),
        ]
        let table = try SmallTable.read(bytes: bytes, file: file, columns: specs, checkPersonalData: true, warnings: &warnings)
        var problems: [Diagnostic] = []
        var result: [Recommendation] = []
        var seen: [Int: Int] = [:]
        for row in table.rows {
            func problem(_ k: Int?, _ code: String, _ message: String) {
                problems.append(Diagnostic(file: file.fileName, line: row.line, column: k.map { row.columns[$0] } ?? 1, code: code, message: message))
            }
            guard row.fieldCountMatches else {
                problem(nil, "wrong_field_count", RowErrorCode.wrongFieldCount.advice)
                continue
            }
            var ok = true
            for k in [0, 1, 2, 4] where (row.values[k] ?? "").isEmpty {
                problem(k, "missing_value", "column `\(specs[k].name)`: a required value is empty; fill it in")
                ok = false
            }
            for (k, cell) in [(1, true), (2, true), (5, false)] {
                if let problem = Self.textProblem(row.values[k] ?? "", column: specs[k].name, markdown: !cell, cell: cell) {
                    problems.append(
                        Diagnostic(file: file.fileName, line: row.line, column: row.columns[k], code: problem.code, message: problem.message))
                    ok = false
                }
            }
            let idText = row.values[0] ?? ""
            var id = 0
            if !idText.isEmpty {
                if let value = ValueRules.positiveInteger(idText) {
                    id = value
                    if let first = seen[value] {
                        problem(0, "duplicate_recommendation_id", "column `id`: the same id is on line \(first); give each recommendation one row")
                        ok = false
                    }
                } else {
                    problem(0, "invalid_value", "column `id`: must be a positive whole number")
                    ok = false
                }
            }
            var deadline: Day?
            if let text = row.values[3], !text.isEmpty {
                deadline = DayParser.parse(text)
                if deadline == nil {
                    problem(3, "invalid_date", "column `deadline`: " + RowErrorCode.invalidDate.advice)
                    ok = false
                }
            }
            var forceAction = false
            if let text = row.values[4], !text.isEmpty {
                switch FlagValue.parse(text) {
                case .yes: forceAction = true
                case .no: forceAction = false
                default:
                    problem(4, "invalid_value", "column `force_action`: must be yes or no")
                    ok = false
                }
            }
            if ok {
                seen[id] = row.line
                result.append(
                    Recommendation(
                        id: id, title: row.values[1] ?? "", owner: row.values[2] ?? "", deadline: deadline,
                        forceAction: forceAction, text: row.values[5] ?? ""))
            }
        }
        if !problems.isEmpty { throw InputError(problems) }
        return result
    }

    /// A text's problem under `docs/data-contract.md`, "Text", or nil: a control character (tab, LF
    /// and CR are allowed in `markdown`), or, for a text that outputs write into a spreadsheet cell
    /// (`cell`), a first character that would make it a formula.
    static func textProblem(_ value: String, column: String, markdown: Bool, cell: Bool) -> (code: String, message: String)? {
        if TextRules.hasControlCharacter(value, markdown: markdown) {
            return (
                "control_character",
                """
                column `\(column)`: holds a control character or a line or paragraph \
                separator\(markdown ? " (only tab, LF and CR may appear in Markdown)" : ""); remove it
                """
            )
        }
        if cell, TextRules.startsLikeFormula(value) {
            return (
                "spreadsheet_formula",
                "column `\(column)`: begins with =, +, -, @, tab or CR, so a spreadsheet would run it as a formula; reword its start"
            )
        }
        return nil
    }
}
