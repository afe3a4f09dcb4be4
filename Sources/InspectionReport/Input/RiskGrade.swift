/// The risk grade a force gives a suspect, ordered low < medium < high < very_high.
public enum RiskGrade: Int, ByteEnum, Comparable {
    case low = 0, medium, high, veryHigh

    public var csvName: String {
        switch self {
        case .low: "low"
        case .medium: "medium"
        case .high: "high"
        case .veryHigh: "very_high"
        }
    }

    /// Words for people.
    public var label: String {
        switch self {
        case .low: "Low"
        case .medium: "Medium"
        case .high: "High"
        case .veryHigh: "Very high"
        }
    }

    /// Grades in the order outputs list them: `very_high` down to `low`.
    public static let descending: [RiskGrade] = [.veryHigh, .high, .medium, .low]

    public static func < (lhs: RiskGrade, rhs: RiskGrade) -> Bool { lhs.rawValue < rhs.rawValue }
}
