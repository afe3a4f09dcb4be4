/// The identities (`docs/methodology.md`, "Disclosure control") that tie the published counts together, written over the
/// cells of a `metrics.csv`.
///
/// Each identity is Σ coefficient · cell = 0 or ≤ 0. Every term names a count that the file
/// holds: an identity with a term the file lacks is left out and counted in ``skipped``.
struct LinkedTables: Sendable {
    struct Identity: Sendable, Hashable {
        var terms: [Term]
        var relation: LinearProgram.Row.Relation
    }

    struct Term: Sendable, Hashable {
        var key: AuditKey
        var coefficient: Double
    }

    var identities: [Identity]
    /// Identities left out because a count they name is not in the file.
    var skipped: Int

    /// - Parameters:
    ///   - counts: the counts of one `metrics.csv`.
    ///   - regionOfForce: each force's region (from `forces.csv`). When nil, the regions are
    ///     not known: the nation is tied to the sum of its regions and to the sum of its forces,
    ///     but no region to its forces.
    init(counts: PublishedCounts, regionOfForce: [String: String]?) {
        var builder = Builder(counts: counts)
        builder.areaIdentities(regionOfForce: regionOfForce)
        var areas: [AuditArea] = []
        var seenAreas = Set<AuditArea>()
        for cell in counts.cells where seenAreas.insert(cell.key.area).inserted { areas.append(cell.key.area) }
        let quarters = Array(
            Set(
                counts.cells.compactMap { cell -> Quarter? in
                    if case .quarter(let q) = cell.key.breakdown { return q }
                    return nil
                })
        ).sorted()
        for area in areas {
            builder.breakdownIdentities(area, quarters: quarters)
            builder.metricIdentities(area, quarters: quarters)
        }
        identities = builder.identities
        skipped = builder.skipped
    }

    private struct Builder {
        let counts: PublishedCounts
        var identities: [Identity] = []
        var skipped = 0

        init(counts: PublishedCounts) {
            self.counts = counts
        }

        /// Adds `left − Σ right = 0` (or ≤ 0).
        mutating func add(_ left: [AuditKey], _ relation: LinearProgram.Row.Relation, _ right: [AuditKey]) {
            let terms = left.map { Term(key: $0, coefficient: 1) } + right.map { Term(key: $0, coefficient: -1) }
            guard terms.allSatisfy({ counts[$0.key] != nil }) else {
                skipped += 1
                return
            }
            identities.append(Identity(terms: terms, relation: relation))
        }

        /// Adds `left = Σ right`; nothing when `right` is empty (an area with no regions or
        /// forces listed, a table without quarters), which says nothing about `left`.
        mutating func equal(_ left: AuditKey, _ right: [AuditKey]) {
            if !right.isEmpty { add([left], .equal, right) }
        }

        /// 1. Areas: the nation is the sum of the regions, a region the sum of its forces.
        mutating func areaIdentities(regionOfForce: [String: String]?) {
            var regions: [String] = []
            var forces: [String] = []
            for cell in counts.cells where cell.key.metric == .referrals && cell.key.breakdown == .all {
                switch cell.key.area {
                case .region(let r): regions.append(r)
                case .force(let f): forces.append(f)
                case .national: break
                }
            }
            // Each region's forces, worked out once.
            var members: [String: [String]] = [:]
            if let regionOfForce {
                for force in forces { if let region = regionOfForce[force] { members[region, default: []].append(force) } }
            }
            for cell in counts.cells {
                let (metric, breakdown) = (cell.key.metric, cell.key.breakdown)
                switch cell.key.area {
                case .national:
                    equal(cell.key, regions.map { AuditKey(.region($0), metric, breakdown) })
                    if regionOfForce == nil {
                        equal(cell.key, forces.map { AuditKey(.force($0), metric, breakdown) })
                    }
                case .region(let region):
                    if regionOfForce != nil {
                        equal(cell.key, (members[region] ?? []).map { AuditKey(.force($0), metric, breakdown) })
                    }
                case .force:
                    break
                }
            }
        }

        /// 2. Breakdowns: an `all` count is the sum of each of its breakdowns.
        mutating func breakdownIdentities(_ area: AuditArea, quarters: [Quarter]) {
            func key(_ m: Metric, _ b: Breakdown = .all) -> AuditKey { AuditKey(area, m, b) }
            let sources = ReferralSource.allCases.map { Breakdown.source($0) }
            let byQuarter = quarters.map { Breakdown.quarter($0) }
            let grades = RiskGrade.descending.map { Breakdown.grade($0) }
            let matrix = Breakdown.Dimension.matrix.breakdowns(quarters: [], recommendations: [])
            equal(key(.referrals), sources.map { key(.referrals, $0) })
            equal(key(.referrals), byQuarter.map { key(.referrals, $0) })
            equal(key(.assessed), grades.map { key(.assessed, $0) })
            for m in Self.actionCounts {
                equal(key(m), grades.map { key(m, $0) })
                equal(key(m), byQuarter.map { key(m, $0) })
            }
            equal(key(.reviewed), byQuarter.map { key(.reviewed, $0) })
            equal(key(.reviewed), matrix.map { key(.gradingMatrix, $0) })
            equal(key(.gradingAgreed), byQuarter.map { key(.gradingAgreed, $0) })
            equal(key(.referrals), FlagValue.allCases.map { key(.pndChecked, .pnd($0)) })
            equal(key(.referrals), Allocation.allCases.map { key(.allocation, .allocation($0)) })
        }

        static let actionCounts: [Metric] = [.actionDue, .actionMet, .actionBreached, .actionOverdueOpen, .actionPending]

        /// 3. Metrics: counts that partition or contain one another.
        mutating func metricIdentities(_ area: AuditArea, quarters: [Quarter]) {
            func key(_ m: Metric, _ b: Breakdown = .all) -> AuditKey { AuditKey(area, m, b) }
            equal(key(.referrals), [key(.assessed), key(.unassessed)])
            for g in RiskGrade.descending {
                equal(key(.assessed, .grade(g)), [key(.actionDue, .grade(g)), key(.actionPending, .grade(g))])
            }
            for b in [Breakdown.all] + RiskGrade.descending.map({ .grade($0) }) + quarters.map({ .quarter($0) }) {
                equal(key(.actionDue, b), [key(.actionMet, b), key(.actionBreached, b)])
                add([key(.actionOverdueOpen, b)], .atMost, [key(.actionBreached, b)])
            }
            equal(key(.reviewed), [key(.gradingAgreed), key(.gradingUnder), key(.gradingOver)])
            var on: [AuditKey] = [], below: [AuditKey] = [], above: [AuditKey] = []
            for assigned in RiskGrade.descending {
                for review in RiskGrade.descending {
                    let cell = key(.gradingMatrix, .matrix(assigned: assigned, review: review))
                    if assigned == review { on.append(cell) } else if assigned < review { below.append(cell) } else { above.append(cell) }
                }
            }
            equal(key(.gradingAgreed), on)
            equal(key(.gradingUnder), below)
            equal(key(.gradingOver), above)
            equal(key(.assessmentDue), [key(.assessmentMet), key(.assessmentBreached)])
            equal(key(.referrals), [key(.assessmentDue), key(.assessmentPending), key(.assessmentUndated)])
            equal(key(.unassessed), [key(.assessmentOverdueOpen), key(.assessmentPending)])
            add([key(.assessmentOverdueOpen)], .atMost, [key(.assessmentBreached)])
            add([key(.lowGradeChildInHousehold)], .atMost, [key(.assessed, .grade(.low))])
            add([key(.lowGradeChildInHousehold)], .atMost, [key(.childInHousehold)])
            add([key(.partnerReferred)], .atMost, [key(.childInHousehold)])
            add([key(.childInHousehold)], .atMost, [key(.referrals)])
            add([key(.arrests)], .atMost, [key(.referrals)])
        }
    }
}
