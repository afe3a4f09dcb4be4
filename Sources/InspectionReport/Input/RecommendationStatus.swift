/// A force's status on a recommendation.
enum RecommendationStatus: Int, ByteEnum, Comparable {
    case notStarted = 0, beingProgressed, awaitingReview, complete

    var csvName: String {
        switch self {
        case .notStarted: "not_started"
        case .beingProgressed: "being_progressed"
        case .awaitingReview: "awaiting_review"
        case .complete: "complete"
        }
    }

    /// Words for people.
    var label: String {
        switch self {
        case .notStarted: "Not started"
        case .beingProgressed: "Being progressed"
        case .awaitingReview: "Awaiting review"
        case .complete: "Complete"
        }
    }

    /// The class of the stylesheet that colours a cell showing this status (the word is always shown too).
    var style: String { "status status-" + csvName.replacingOccurrences(of: "_", with: "-") }

    static func < (lhs: RecommendationStatus, rhs: RecommendationStatus) -> Bool { lhs.rawValue < rhs.rawValue }
}
