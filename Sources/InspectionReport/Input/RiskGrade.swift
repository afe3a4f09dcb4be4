/// The risk grade a force gives a suspect, ordered low < medium < high < very_high.
enum RiskGrade: Int, ByteEnum, Comparable {
    case low = 0, medium, high, veryHigh

    var csvName: String {
        switch self {
        case .low: "low"
        case .medium: "medium"
        case .high: "high"
        case .veryHigh: "very_high"
        }
    }

    /// Words for people.
    var label: String {
        switch self {
        case .low: "Low"
        case .medium: "Medium"
        case .high: "High"
        case .veryHigh: "Very high"
        }
    }

    /// Grades in the order outputs list them: `very_high` down to `low`.
    static let descending: [RiskGrade] = [.veryHigh, .high, .medium, .low]

    static func < (lhs: RiskGrade, rhs: RiskGrade) -> Bool { lhs.rawValue < rhs.rawValue }
}
