/// One accepted row of `progress.csv`: a force's status on a recommendation on a date.
struct ProgressUpdate: Sendable, Hashable {
    /// Index into the dataset's forces.
    var force: Int
    var recommendationID: Int
    var status: RecommendationStatus
    var updated: Day
    /// Markdown.
    var evidence: String
    /// 1-based line in the file, which orders rows on the same date.
    var line: Int

    init(force: Int, recommendationID: Int, status: RecommendationStatus, updated: Day, evidence: String, line: Int) {
        self.force = force
        self.recommendationID = recommendationID
        self.status = status
        self.updated = updated
        self.evidence = evidence
        self.line = line
    }
}
