/// The national bodies' progress on the recommendations addressed to them (`docs/data-contract.md`,
/// "The files"): what `metrics.csv` writes as the national area's `recommendation_status` rows, and
/// what the pages show about the national recommendations.
///
/// Forces' progress is ``RecommendationProgress``; the national area's `recommendations`,
/// `recommendations_complete_rate` and `recommendations_overdue` rows sum over the forces and
/// never include these (`docs/data-contract.md`, "The figures").
struct NationalProgress: Sendable {
    /// Whether the dataset has a `national-progress.csv`. When false, no national
    /// recommendation has a status and the pages say that no progress was reported.
    let isReported: Bool
    /// Every recommendation with `force_action` = no, by ascending id, with its progress.
    let recommendations: [NationalRecommendationProgress]
    /// The census date the statuses describe.
    let asOf: Day

    /// Applies the rules of a status history (`docs/data-contract.md`, "The columns") to the
    /// dataset's `national-progress.csv` rows.
    init(dataset: Dataset) {
        asOf = dataset.settings.asOf
        isReported = dataset.nationalProgress != nil
        var rows: [Int: [NationalProgressUpdate]] = [:]
        for update in dataset.nationalProgress ?? [] { rows[update.recommendationID, default: []].append(update) }
        let reported = isReported
        let asOf = asOf
        recommendations = dataset.recommendations.filter { !$0.forceAction }.sorted { $0.id < $1.id }.map {
            NationalRecommendationProgress(recommendation: $0, rows: reported ? rows[$0.id] ?? [] : nil, asOf: asOf)
        }
    }

    /// The progress on one national recommendation, nil for an id that is not one.
    func progress(of id: Int) -> NationalRecommendationProgress? {
        recommendations.first { $0.id == id }
    }

    /// The ids of the national area's `recommendation_status` rows: every national recommendation
    /// when the file is present, none when it is absent (`docs/data-contract.md`, "The files").
    var statusRowIDs: [Int] { isReported ? recommendations.map(\.id) : [] }
}
