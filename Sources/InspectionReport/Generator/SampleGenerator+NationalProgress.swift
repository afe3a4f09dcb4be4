extension SampleGenerator {
    /// What the sample's `national-progress.csv` says about one national recommendation.
    enum NationalStory: CaseIterable {
        /// Worked on, put to the inspectorate, and complete.
        case complete
        /// Done and awaiting the inspectorate's review.
        case awaitingReview
        /// Being progressed, with an update in the last three months.
        case progressedRecently
        /// Being progressed, but last updated more than six months before `as_of`.
        case progressedStale
        /// Reported as not started, more than six months before `as_of`.
        case notStartedStale
        /// No row at all: `not_started` on `as_of`.
        case unreported
    }

    /// The stories of the national recommendations, before the seed shuffles them: each kind
    /// at least once, so that every sample shows the pages each case.
    static let nationalStories: [NationalStory] = [
        .complete, .complete, .awaitingReview, .progressedRecently,
        .progressedStale, .progressedStale, .notStartedStale, .unreported,
    ]

    /// Evidence (Markdown) for a status, several wordings each.
    static func nationalEvidence(_ status: RecommendationStatus) -> [String] {
        switch status {
        case .notStarted:
            [
                "Not started: the work waits on a decision about **funding**.",
                "Scoping only; no work has begun.",
            ]
        case .beingProgressed:
            [
                "Working group set up with the NCA and forces; *terms of reference* agreed.",
                "Progress so far:\n\n- draft prepared\n- consultation with forces under way",
                "Pilot running in three forces; an evaluation is due next quarter.",
            ]
        case .awaitingReview:
            [
                "Work finished and the evidence sent to the inspectorate for **review**.",
                "Submitted to HMICFRS:\n\n1. the guidance\n2. the training package\n3. an audit of its use",
            ]
        case .complete:
            [
                "**Complete.** Published on [GOV.UK](https://www.gov.uk/), with the evidence of its use.",
                "Complete: agreed with policing and the NCA, and in use in every force.",
            ]
        }
    }

    /// The text of `national-progress.csv`: for each recommendation whose `force_action` is no,
    /// a history that tells one of the ``NationalStory`` kinds, every row on or before
    /// `as_of`, in date order across recommendations (as a tracker's log would list them).
    func nationalProgressCSV() -> String {
        var random = SampleRandom(seed: seed ^ 0x0A71_07A1)
        var stories = Self.nationalStories
        for i in stride(from: stories.count - 1, to: 0, by: -1) { stories.swapAt(i, random.below(i + 1)) }
        // About six months: a status older than this reads as stale.
        let staleBefore = asOf.adding(-183)
        var rows: [(day: Day, text: String)] = []
        func add(_ id: Int, _ status: RecommendationStatus, _ day: Day, evidence: Bool = true) {
            precondition(day <= asOf, "the sample's national progress is dated on or before as_of")
            let choices = Self.nationalEvidence(status)
            let text = evidence ? CSVText.quote(choices[random.below(choices.count)]) : ""
            rows.append((day, "\(id),\(status.csvName),\(day),\(text)"))
        }
        let national = SampleRecommendations.all.indices.filter { !SampleRecommendations.all[$0].forceAction }.map { $0 + 1 }
        let first = Day(year: 2023, month: 7, day: 1)!
        for (k, id) in national.enumerated() {
            let story = stories[k % stories.count]
            let start = first.adding(random.below(90))
            switch story {
            case .unreported:
                continue
            case .notStartedStale:
                add(id, .notStarted, start.adding(random.below(staleBefore.days(since: start))))
            case .progressedStale:
                add(id, .notStarted, start, evidence: false)
                let span = staleBefore.days(since: start) - 60
                add(id, .beingProgressed, start.adding(30 + random.below(span / 2)))
                add(id, .beingProgressed, start.adding(30 + span / 2 + random.below(span / 2)))
            case .progressedRecently:
                add(id, .beingProgressed, start)
                add(id, .beingProgressed, start.adding(120 + random.below(240)))
                add(id, .beingProgressed, asOf.adding(-(5 + random.below(85))))
            case .awaitingReview:
                add(id, .beingProgressed, start)
                add(id, .awaitingReview, asOf.adding(-(20 + random.below(150))))
            case .complete:
                add(id, .beingProgressed, start)
                let reviewed = start.adding(150 + random.below(200))
                add(id, .awaitingReview, reviewed)
                add(id, .complete, reviewed.adding(30 + random.below(120)))
            }
        }
        // Date order; rows of one day keep the order they were written in.
        let ordered = rows.enumerated().sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }.map(\.element.text)
        return (["recommendation_id,status,updated,evidence"] + ordered).joined(separator: "\n") + "\n"
    }
}
