/// Validates `progress.csv` or `national-progress.csv` row by row (`docs/data-contract.md`, "The
/// columns" and "Errors, rejected rows and warnings"). The two files differ only in who reports:
/// each force (a `force_id` column, ids with `force_action` = yes) or the national bodies (no
/// force, ids with `force_action` = no).
struct ProgressTableReader {
    /// Whose progress the file reports.
    enum Reporter: Sendable {
        /// `progress.csv`: each force, on the recommendations every force acts on.
        case forces
        /// `national-progress.csv`: the national bodies, on the recommendations addressed to them.
        case nationalBodies

        /// The file this reporter writes.
        var file: InputFile {
            switch self {
            case .forces: .progress
            case .nationalBodies: .nationalProgress
            }
        }

        /// The `force_action` flag of the recommendations the file may name.
        var forceAction: Bool {
            switch self {
            case .forces: true
            case .nationalBodies: false
            }
        }

        /// The file's columns, in the order that decides a rejected row's code
        /// (`docs/data-contract.md`, "Errors, rejected rows and warnings").
        var columns: [Column] {
            switch self {
            case .forces: [.forceID, .recommendationID, .status, .updated, .evidence]
            case .nationalBodies: [.recommendationID, .status, .updated, .evidence]
            }
        }
    }

    /// A column of a progress file.
    enum Column: Sendable {
        case forceID, recommendationID, status, updated, evidence

        var spec: ColumnSpec {
            switch self {
            case .forceID: ColumnSpec("force_id", required: true)
            case .recommendationID: ColumnSpec("recommendation_id", required: true)
            case .status: ColumnSpec("status", required: true)
            case .updated: ColumnSpec("updated", required: true)
            case .evidence: ColumnSpec("evidence", required: false)
            }
        }
    }

    let settings: ReportSettings
    let forces: [Force]
    let recommendations: [Recommendation]
    var reporter: Reporter = .forces
    let statuses = ByteEnumTable<RecommendationStatus>()

    struct Result {
        /// Accepted rows of `progress.csv` in file order (empty for the national file).
        var updates: [ProgressUpdate] = []
        /// Accepted rows of `national-progress.csv` in file order (empty for `progress.csv`).
        var nationalUpdates: [NationalProgressUpdate] = []
        var rejections: [Rejection] = []
        var tally: FileTally
    }

    func read(bytes: UnsafeBufferPointer<UInt8>, warnings: inout [Diagnostic]) throws(InputError) -> Result {
        let file = reporter.file
        let columns = reporter.columns
        let specs = columns.map(\.spec)
        let table = try SmallTable.read(bytes: bytes, file: file, columns: specs, checkPersonalData: true, warnings: &warnings)
        let forceIndex = Dictionary(uniqueKeysWithValues: forces.enumerated().map { ($0.element.id, $0.offset) })
        let allowed = Set(recommendations.filter { $0.forceAction == reporter.forceAction }.map(\.id))
        let order = table.header.specIndex.compactMap { $0 }
        let evidenceIndex = columns.firstIndex(of: .evidence)!
        var result = Result(tally: FileTally(file: file))
        for row in table.rows {
            result.tally.rowsRead += 1
            func reject(_ k: Int?, _ code: RowErrorCode) {
                result.tally.reject(code)
                result.rejections.append(
                    Rejection(
                        file: file, line: row.line, column: k.map { specs[$0].name },
                        characterColumn: k.map { row.columns[$0] } ?? 1, code: code))
            }
            guard row.fieldCountMatches else {
                reject(nil, .wrongFieldCount)
                continue
            }
            var force = 0, recommendation = 0, updated = Day(number: 0)
            var status = RecommendationStatus.notStarted
            var failure: (Int, RowErrorCode)?
            for k in order {
                let value = row.values[k] ?? ""
                if value.isEmpty {
                    if specs[k].required { failure = (k, .missingValue); break }
                    continue
                }
                switch columns[k] {
                case .forceID:
                    guard let f = forceIndex[value] else { failure = (k, .unknownForce); break }
                    force = f
                case .recommendationID:
                    guard let id = ValueRules.positiveInteger(value), allowed.contains(id) else {
                        failure = (k, .unknownRecommendation); break
                    }
                    recommendation = id
                case .status:
                    var text = value
                    guard let s = text.withUTF8({ statuses.match($0) }) else { failure = (k, .invalidValue); break }
                    status = s
                case .updated:
                    guard let d = DayParser.parse(value) else { failure = (k, .invalidDate); break }
                    updated = d
                case .evidence:
                    if TextRules.hasControlCharacter(value, markdown: true) { failure = (k, .invalidValue) }
                }
                if let (_, code) = failure {
                    // A value holding a control character is invalid, whatever else is wrong with
                    // it (docs/data-contract.md, "Text").
                    if code != .invalidValue, TextRules.hasControlCharacter(value) { failure = (k, .invalidValue) }
                    break
                }
            }
            if let (k, code) = failure {
                reject(k, code)
                continue
            }
            if updated > settings.asOf { result.tally.datesAfterAsOf += 1 }
            let evidence = row.values[evidenceIndex] ?? ""
            switch reporter {
            case .forces:
                result.updates.append(
                    ProgressUpdate(
                        force: force, recommendationID: recommendation, status: status, updated: updated,
                        evidence: evidence, line: row.line))
            case .nationalBodies:
                result.nationalUpdates.append(
                    NationalProgressUpdate(
                        recommendationID: recommendation, status: status, updated: updated,
                        evidence: evidence, line: row.line))
            }
        }
        return result
    }
}
