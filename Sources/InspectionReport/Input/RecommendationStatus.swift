/// A force's status on a recommendation.
public enum RecommendationStatus: Int, ByteEnum, Comparable {
    case notStarted = 0, beingProgressed, awaitingReview, complete

    public var csvName: String {
        switch self {
        case .notStarted: "not_started"
        case .beingProgressed: "being_progressed"
        case .awaitingReview: "awaiting_review"
        case .complete: "complete"
        }
    }

    /// Words for people.
    public var label: String {
        switch self {
        case .notStarted: "Not started"
        case .beingProgressed: "Being progressed"
        case .awaitingReview: "Awaiting review"
        case .complete: "Complete"
        }
    }

    public static func < (lhs: RecommendationStatus, rhs: RecommendationStatus) -> Bool { lhs.rawValue < rhs.rawValue }
}
