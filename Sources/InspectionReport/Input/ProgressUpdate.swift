/// One accepted row of `progress.csv`: a force's status on a recommendation on a date.
public struct ProgressUpdate: Sendable, Hashable {
    /// Index into the dataset's forces.
    public var force: Int
    public var recommendationID: Int
    public var status: RecommendationStatus
    public var updated: Day
    /// Markdown.
    public var evidence: String
    /// 1-based line in the file, which orders rows on the same date.
    public var line: Int

    public init(force: Int, recommendationID: Int, status: RecommendationStatus, updated: Day, evidence: String, line: Int) {
        self.force = force
        self.recommendationID = recommendationID
        self.status = status
        self.updated = updated
        self.evidence = evidence
        self.line = line
    }
}
