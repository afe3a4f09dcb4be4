/// The main points at the top of the national page and of each scorecard. The templates hold
/// the sentences (analysts edit the wording); these values fill them. Every figure is a published row, formatted as the pages format it; a
/// hidden figure is never described: a point whose figure is hidden is left out (an empty list
/// in the template's context), and so is a clause whose figure is hidden.
extension Publication {
    /// A point or a clause: one context when it can be said, none when its figure is hidden.
    typealias Point = [[String: Any]]

    /// A published figure that may be described (not hidden, not absent).
    static func shown(_ value: MetricValue?) -> Bool {
        switch value {
        case nil, .suppressed?: false
        default: true
        }
    }

    /// The change of a rate over the period (``quarterComparison(_:_:)``): the clause
    /// "**69.0%** of those received in January to March 2026, down from **69.3%** in April to
    /// June 2024".
    func quarterTrend(_ area: Area, _ metric: Metric) -> Point {
        guard let c = quarterComparison(area, metric) else { return [] }
        return [
            [
                "first": Figure.percent(c.earlier), "first_quarter": Self.quarterLabel(c.earlierQuarter), "last": Figure.percent(c.later),
                "last_quarter": Self.quarterLabel(c.laterQuarter), "direction": c.change.clause,
            ]
        ]
    }

    /// A clause holding one count, when it is shown.
    func countClause(_ area: Area, _ metric: Metric, _ breakdown: Breakdown = .all) -> Point {
        let v = value(area, metric, breakdown)
        return Self.shown(v) ? [["count": Figure.text(v)]] : []
    }

    /// The points that the national page and a scorecard share, for `area`.
    func mainPoints(_ area: Area) -> [String: Any] {
        var points: [String: Any] = [:]
        let days = Self.days(settings.assessmentTimescale)
        let action = value(area, .actionCompliance)
        points["point_action"] =
            Self.shown(action)
            ? [
                [
                    "rate": Figure.percent(action), "national": Figure.percent(value(.national, .actionCompliance)),
                    "trend": quarterTrend(area, .actionCompliance),
                ]
            ] as Point : [] as Point
        let assessed = value(area, .assessmentCompliance)
        points["point_assessment"] =
            Self.shown(assessed)
            ? [["rate": Figure.percent(assessed), "days": days, "waiting": countClause(area, .assessmentOverdueOpen)]] as Point : [] as Point
        let agreed = value(area, .gradingAccuracy)
        points["point_grading"] =
            Self.shown(agreed)
            ? [["rate": Figure.percent(agreed), "trend": quarterTrend(area, .gradingAccuracy), "under": countClause(area, .gradingUnder)]] as Point
            : [] as Point
        let overdue = value(area, .actionOverdueOpen)
        points["point_overdue"] =
            Self.shown(overdue) && overdue != .count(0)
            ? [["count": Figure.text(overdue), "very_high": countClause(area, .actionOverdueOpen, .grade(.veryHigh))]] as Point : [] as Point
        let partner = value(area, .partnerReferralRate)
        points["point_partner"] = Self.shown(partner) ? [["rate": Figure.percent(partner)]] as Point : [] as Point
        let complete = value(area, .recommendationsCompleteRate)
        points["point_recommendations"] =
            Self.shown(complete)
            ? [
                [
                    "rate": Figure.percent(complete), "pairs": Figure.text(value(area, .recommendations, .status(.complete))),
                    "overdue": Figure.text(value(area, .recommendationsOverdue)),
                    "overdue_verb": value(area, .recommendationsOverdue) == .count(1) ? "is" : "are",
                ]
            ] as Point : [] as Point
        points["as_of"] = Self.longDate(settings.asOf)
        return points
    }

    /// The national page's own points: referrals over the period, and the national bodies.
    func nationalMainPoints() -> [String: Any] {
        var points = mainPoints(.national)
        let quarters = settings.quarters
        let total = value(.national, .referrals)
        var change: Point = []
        if quarters.count > 1, let first = quarters.first, let last = quarters.last {
            let a = value(.national, .referrals, .quarter(first)), b = value(.national, .referrals, .quarter(last))
            if Self.shown(a), Self.shown(b) {
                change = [
                    [
                        "first": Figure.text(a), "first_quarter": Self.quarterLabel(first), "last": Figure.text(b),
                        "last_quarter": Self.quarterLabel(last),
                    ]
                ]
            }
        }
        points["point_referrals"] = Self.shown(total) ? [["total": Figure.text(total), "change": change]] as Point : [] as Point
        let national = table.nationalProgress
        if national.isReported, !national.recommendations.isEmpty {
            let done = national.recommendations.filter { $0.status == .complete }.count
            let late = national.recommendations.filter { $0.isOverdue == true }.count
            points["point_national_bodies"] =
                [
                    [
                        "complete": String(done), "total": String(national.recommendations.count),
                        "overdue": String(late), "overdue_verb": late == 1 ? "is" : "are",
                    ]
                ] as Point
        } else {
            points["point_national_bodies"] = [] as Point
        }
        return points
    }
}
