/// One recommendation addressed to a national body (`force_action` = no), with the body's progress
/// on it on `as_of` (`docs/data-contract.md`, "The columns"), for `metrics.csv` and the pages.
struct NationalRecommendationProgress: Sendable, Hashable {
    /// The catalogue entry: its id, title, owner (the national body), deadline and text.
    let recommendation: Recommendation
    /// The current status: the row with the latest `updated` on or before `as_of` (on a tie,
    /// the later row in the file), `not_started` when there is none; nil when the dataset
    /// has no `national-progress.csv`, so that nothing was reported.
    let status: RecommendationStatus?
    /// The accepted rows on or before `as_of`, oldest first (rows of the same day in file
    /// order), each with its date, status and evidence (Markdown); empty when none.
    let history: [NationalProgressUpdate]
    /// Whether the deadline has passed: a deadline before `as_of` (no deadline: never).
    let isPastDeadline: Bool

    /// The catalogue id.
    var id: Int { recommendation.id }

    /// The deadline, if the catalogue sets one.
    var deadline: Day? { recommendation.deadline }

    /// Whether it is overdue: a deadline before `as_of` and a status other than `complete` (the
    /// rule for forces' pairs, `docs/data-contract.md`, "The figures"). nil when nothing was
    /// reported (no `national-progress.csv`): whether it is done is then unknown;
    /// ``isPastDeadline`` still says whether the deadline has passed.
    var isOverdue: Bool? {
        status.map { isPastDeadline && $0 != .complete }
    }

    /// The date of the latest update on or before `as_of`, nil when there is none. The pages
    /// judge how stale a status is from it (the contract sets no threshold).
    var lastUpdated: Day? { history.last?.updated }

    /// Applies the rules of a status history (`docs/data-contract.md`, "The columns") to one
    /// recommendation's rows. `rows` are the file's accepted rows for it in file order (nil when
    /// the file is absent).
    init(recommendation: Recommendation, rows: [NationalProgressUpdate]?, asOf: Day) {
        self.recommendation = recommendation
        let history = (rows ?? []).filter { $0.updated <= asOf }.sorted { ($0.updated, $0.line) < ($1.updated, $1.line) }
        self.history = history
        self.status = rows == nil ? nil : history.last?.status ?? .notStarted
        self.isPastDeadline = recommendation.deadline.map { $0 < asOf } ?? false
    }
}
