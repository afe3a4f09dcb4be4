/// Validates `progress.csv` row by row (SPEC 1.5 and 2).
struct ProgressTableReader {
    let settings: ReportSettings
    let forces: [Force]
    let recommendations: [Recommendation]
    let statuses = ByteEnumTable<RecommendationStatus>()

    struct Result {
        var updates: [ProgressUpdate] = []
        var rejections: [Rejection] = []
        var tally = FileTally(file: .progress)
    }

    static let specs = [ColumnSpec("force_id", required: true), ColumnSpec("recommendation_id", required: true),
                        ColumnSpec("status", required: true), ColumnSpec("updated", required: true),
                        ColumnSpec("evidence", required: false)]

    func read(bytes: UnsafeBufferPointer<UInt8>, warnings: inout [Diagnostic]) throws(InputError) -> Result {
        let file = InputFile.progress
        let table = try SmallTable.read(bytes: bytes, file: file, columns: Self.specs, checkPersonalData: true, warnings: &warnings)
        let forceIndex = Dictionary(uniqueKeysWithValues: forces.enumerated().map { ($0.element.id, $0.offset) })
        let actionable = Set(recommendations.filter(\.forceAction).map(\.id))
        let order = table.header.specIndex.compactMap { $0 }
        var result = Result()
        for row in table.rows {
            result.tally.rowsRead += 1
            func reject(_ k: Int?, _ code: RowErrorCode) {
                result.tally.reject(code)
                result.rejections.append(Rejection(file: file, line: row.line, column: k.map { Self.specs[$0].name },
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
                    if Self.specs[k].required { failure = (k, .missingValue); break }
                    continue
                }
                switch k {
                case 0:
                    guard let f = forceIndex[value] else { failure = (k, .unknownForce); break }
                    force = f
                case 1:
                    guard let id = ValueRules.positiveInteger(value), actionable.contains(id) else {
                        failure = (k, .unknownRecommendation); break
                    }
                    recommendation = id
                case 2:
                    var text = value
                    guard let s = text.withUTF8({ statuses.match($0) }) else { failure = (k, .invalidValue); break }
                    status = s
                case 3:
                    guard let d = DayParser.parse(value) else { failure = (k, .invalidDate); break }
                    updated = d
                default:
                    if TextRules.hasControlCharacter(value, markdown: true) { failure = (k, .invalidValue) }
                }
                if let (_, code) = failure {
                    // SPEC 1.7: a value holding a control character is invalid, whatever else is wrong with it.
                    if code != .invalidValue, TextRules.hasControlCharacter(value) { failure = (k, .invalidValue) }
                    break
                }
            }
            if let (k, code) = failure {
                reject(k, code)
                continue
            }
            if updated > settings.asOf { result.tally.datesAfterAsOf += 1 }
            result.updates.append(ProgressUpdate(force: force, recommendationID: recommendation, status: status, updated: updated,
                                                 evidence: row.values[4] ?? "", line: row.line))
        }
        return result
    }
}
