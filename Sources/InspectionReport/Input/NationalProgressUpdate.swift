/// One accepted row of `national-progress.csv` (`docs/data-contract.md`, "The columns"): a national
/// body's status on a recommendation addressed to it, on a date.
struct NationalProgressUpdate: Sendable, Hashable {
    /// A catalogue id whose `force_action` is no.
    var recommendationID: Int
    var status: RecommendationStatus
    /// The day of the update, as written (it may be after `as_of`; such rows count in no status).
    var updated: Day
    /// Markdown; empty when the row gives none.
    var evidence: String
    /// 1-based line in the file, which orders rows on the same date.
    var line: Int

    init(recommendationID: Int, status: RecommendationStatus, updated: Day, evidence: String, line: Int) {
        self.recommendationID = recommendationID
        self.status = status
        self.updated = updated
        self.evidence = evidence
        self.line = line
    }
}
