/// Each force's current status on each recommendation that needs force action, and its history.
struct RecommendationProgress: Sendable {
    /// The recommendations with `force_action` = yes, by ascending id.
    let actionable: [Recommendation]
    /// `status[force][k]`: the current status of force `force` on `actionable[k]`.
    let status: [[RecommendationStatus]]
    /// `history[force][k]`: the rows on or before `as_of`, oldest first (ties in file order).
    let history: [[[ProgressUpdate]]]
    let asOf: Day

    /// Applies `docs/data-contract.md`, "The columns": the row with the latest `updated` on or
    /// before `as_of` wins (on a tie, the later row in the file); rows after `as_of` are ignored;
    /// no row means not started.
    init(dataset: Dataset) {
        asOf = dataset.settings.asOf
        actionable = dataset.recommendations.filter(\.forceAction).sorted { $0.id < $1.id }
        let position = Dictionary(uniqueKeysWithValues: actionable.enumerated().map { ($0.element.id, $0.offset) })
        var history = [[[ProgressUpdate]]](
            repeating: [[ProgressUpdate]](repeating: [], count: actionable.count),
            count: dataset.forces.count)
        for update in dataset.progress where update.updated <= dataset.settings.asOf {
            guard let k = position[update.recommendationID] else { continue }
            history[update.force][k].append(update)
        }
        for f in history.indices {
            for k in history[f].indices {
                history[f][k].sort { ($0.updated, $0.line) < ($1.updated, $1.line) }
            }
        }
        self.history = history
        self.status = history.map { rows in rows.map { $0.last?.status ?? .notStarted } }
    }

    /// Whether the pair is overdue: a deadline before `as_of` and not complete.
    func isOverdue(force: Int, _ k: Int) -> Bool {
        guard let deadline = actionable[k].deadline else { return false }
        return deadline < asOf && status[force][k] != .complete
    }

    /// Pairs of the given forces by status, in the order of ``RecommendationStatus``.
    func statusCounts(of forces: [Int]) -> [Int] {
        var counts = [Int](repeating: 0, count: RecommendationStatus.allCases.count)
        for f in forces {
            for s in status[f] { counts[s.rawValue] += 1 }
        }
        return counts
    }

    /// Overdue pairs of the given forces.
    func overdueCount(of forces: [Int]) -> Int {
        forces.reduce(0) { total, f in total + actionable.indices.filter { isOverdue(force: f, $0) }.count }
    }

    /// Pairs complete on a given day, from the status histories (for the change over the
    /// period; pairs describe forces, not cases).
    func completeCount(on day: Day) -> Int {
        var count = 0
        for f in history.indices {
            for k in actionable.indices where history[f][k].last(where: { $0.updated <= day })?.status == .complete {
                count += 1
            }
        }
        return count
    }
}
