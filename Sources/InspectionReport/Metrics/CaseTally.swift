/// Counts and day histograms for every force, filled in one pass over the in-scope cases.
///
/// Everything is a flat integer array indexed by force and ``Counter`` (or histogram), so
/// areas are summed element by element and parts of the cases can be counted on several
/// threads and merged with identical results.
///
/// Memory is linear in the number of cases and forces whatever the dates' span: each day
/// histogram is dense only up to ``denseDays`` (at most ``denseDayLimit``), and a value at or
/// beyond it is kept in a per-force, per-histogram list of rare long waits. Percentiles and
/// maxima are computed exactly over both.
struct CaseTally: Sendable {
    /// The day histograms kept per force.
    enum Histogram: Int, CaseIterable, Sendable {
        case assessment = 0, actionLow, actionMedium, actionHigh, actionVeryHigh, arrest, partnerReferral

        /// The histogram of days to action for a grade.
        static func action(_ grade: RiskGrade) -> Histogram { Histogram(rawValue: actionLow.rawValue + grade.rawValue)! }

        /// The four days-to-action histograms.
        static let allActions: [Histogram] = [.actionVeryHigh, .actionHigh, .actionMedium, .actionLow]
    }

    /// The most days a dense histogram covers (about 11 years).
    static let denseDayLimit = 4_096
    /// The most dense histogram slots of all forces together (32 MiB of counts), so that a
    /// thousand forces get shorter dense histograms rather than a thousand times the memory.
    static let denseSlotBudget = 1 << 22
    /// The fewest days a dense histogram covers, whatever the number of forces.
    static let denseDayFloor = 512

    let forceCount: Int
    let layout: CounterLayout
    /// Days 0 to `denseDays - 1` are counted in the dense histograms; every day is at most
    /// `as_of - period.start`.
    let denseDays: Int
    private(set) var counts: [Int]
    /// Indexed by force, ``Histogram`` and day below ``denseDays``.
    private(set) var histograms: [Int]
    /// Indexed by force times ``Histogram``: the days at or beyond ``denseDays``, unordered.
    private(set) var longWaits: [[Int32]]

    let timeliness: Timeliness
    /// The quarter of a day of the period, computed without a table over the period's days.
    let quarterIndex: QuarterIndex

    init(settings: ReportSettings, forceCount: Int) {
        self.forceCount = forceCount
        self.timeliness = Timeliness(settings: settings)
        let quarters = settings.quarters
        self.layout = CounterLayout(quarters: quarters.count)
        let span = max(1, settings.asOf.days(since: settings.periodStart) + 1)
        let shared = Self.denseSlotBudget / max(1, forceCount * Histogram.allCases.count)
        self.denseDays = min(span, Self.denseDayLimit, max(Self.denseDayFloor, shared))
        self.counts = [Int](repeating: 0, count: forceCount * layout.width)
        self.histograms = [Int](repeating: 0, count: forceCount * Histogram.allCases.count * denseDays)
        self.longWaits = [[Int32]](repeating: [], count: forceCount * Histogram.allCases.count)
        self.quarterIndex = QuarterIndex(periodStart: settings.periodStart, quarters: quarters)
    }

    /// Counts the in-scope cases of `records` as known on `as_of` (`docs/data-contract.md`, "Scope
    /// and the census date").
    mutating func add<C: Collection>(_ records: C) where C.Element == CaseRecord {
        let t = timeliness
        let missing = CaseRecord.missing
        let noGrade = CaseRecord.noGrade
        let layout = self.layout
        let width = layout.width
        let days = denseDays
        let histogramsPerForce = Histogram.allCases.count * days
        let kinds = Histogram.allCases.count
        let quarterIndex = self.quarterIndex
        let start = t.periodStart
        // (force × histogram, day) of each value beyond the dense days: rare, so kept aside
        // while the counts are held and filed afterwards.
        var beyond: [(slot: Int, day: Int32)] = []
        let source = layout.offset(.referralsBySource), byQuarter = layout.offset(.referralsByQuarter)
        let assessedByGrade = layout.offset(.assessedByGrade), unassessed = layout.offset(.unassessed)
        let assessment = layout.offset(.assessmentByClass)
        let reviewed = layout.offset(.reviewedByQuarter), agreed = layout.offset(.agreedByQuarter)
        let under = layout.offset(.gradedUnder), over = layout.offset(.gradedOver), matrix = layout.offset(.matrix)
        let lowGradeChild = layout.offset(.lowGradeChildInHousehold)
        let arrests = layout.offset(.arrests), childInHousehold = layout.offset(.childInHousehold)
        let partnerReferred = layout.offset(.partnerReferred)
        let pnd = layout.offset(.pndChecked), allocation = layout.offset(.allocation)
        let specialist = layout.offset(.specialistBySource), nonSpecialist = layout.offset(.nonSpecialistBySource)
        let yes = UInt8(FlagValue.yes.rawValue), low = UInt8(RiskGrade.low.rawValue)
        let isSpecialist = UInt8(Allocation.specialist.rawValue), isNonSpecialist = UInt8(Allocation.nonSpecialist.rawValue)
        counts.withUnsafeMutableBufferPointer { counts in
            histograms.withUnsafeMutableBufferPointer { hist in
                for r in records {
                    let base = Int(r.force) * width
                    let hbase = Int(r.force) * histogramsPerForce
                    let received = r.received
                    /// Counts `day` in histogram `kind` of this case's force.
                    @inline(__always) func record(_ kind: Int, _ day: Int32) {
                        if Int(day) < days {
                            hist[hbase + kind * days + Int(day)] += 1
                        } else {
                            beyond.append((Int(r.force) * kinds + kind, day))
                        }
                    }
                    let q = quarterIndex.quarter(ofOffset: Int(received - start))
                    counts[base + source + Int(r.source)] += 1
                    counts[base + byQuarter + q] += 1

                    let grade = t.grade(r)
                    let review = t.reviewGrade(r)
                    let child = r.childInHousehold == yes
                    counts[base + assessment + t.assessment(r, grade: grade).rawValue] += 1
                    if grade == noGrade {
                        counts[base + unassessed] += 1
                    } else {
                        let g = Int(grade)
                        counts[base + assessedByGrade + g] += 1
                        if r.riskAssessed != missing {
                            record(Histogram.assessment.rawValue, r.riskAssessed - received)
                        }
                        if review != noGrade {
                            let h = Int(review)
                            counts[base + reviewed + q] += 1
                            if g == h { counts[base + agreed + q] += 1 } else { counts[base + (g < h ? under : over)] += 1 }
                            counts[base + matrix + Counter.matrixIndex(assigned: g, review: h)] += 1
                        }
                        if grade == low, child { counts[base + lowGradeChild] += 1 }
                        let kind = t.action(r, grade: grade)
                        counts[base + layout.action(kind, grade: g, quarter: q)] += 1
                        if kind == .met || kind == .breached {
                            record(Histogram.actionLow.rawValue + g, r.action - received)
                        }
                    }
                    if t.happened(r.arrested) {
                        counts[base + arrests] += 1
                        record(Histogram.arrest.rawValue, r.arrested - received)
                    }
                    let shared = t.happened(r.partnerReferral)
                    if child {
                        counts[base + childInHousehold] += 1
                        if shared { counts[base + partnerReferred] += 1 }
                    }
                    if shared {
                        record(Histogram.partnerReferral.rawValue, r.partnerReferral - received)
                    }
                    counts[base + pnd + Int(r.pndChecked)] += 1
                    counts[base + allocation + Int(r.allocation)] += 1
                    if r.allocation == isSpecialist {
                        counts[base + specialist + Int(r.source)] += 1
                    } else if r.allocation == isNonSpecialist {
                        counts[base + nonSpecialist + Int(r.source)] += 1
                    }
                }
            }
        }
        for (slot, day) in beyond { longWaits[slot].append(day) }
    }

    /// Adds another tally of the same shape (for example, another part of the cases).
    mutating func merge(_ other: CaseTally) {
        for i in counts.indices { counts[i] += other.counts[i] }
        for i in histograms.indices { histograms[i] += other.histograms[i] }
        for i in longWaits.indices where !other.longWaits[i].isEmpty { longWaits[i] += other.longWaits[i] }
    }

    /// The summed counts and histograms of a set of forces.
    func figures(of forces: [Int]) -> AreaFigures {
        let kinds = Histogram.allCases.count
        var figures = AreaFigures(
            layout: layout, counts: [Int](repeating: 0, count: layout.width),
            histograms: [Int](repeating: 0, count: kinds * denseDays),
            longWaits: [[Int32]](repeating: [], count: kinds),
            denseDays: denseDays)
        let perForce = kinds * denseDays
        for f in forces {
            for s in 0..<layout.width { figures.counts[s] += counts[f * layout.width + s] }
            for h in 0..<perForce { figures.histograms[h] += histograms[f * perForce + h] }
            for k in 0..<kinds { figures.longWaits[k] += longWaits[f * kinds + k] }
        }
        for k in 0..<kinds { figures.longWaits[k].sort() }
        return figures
    }
}

/// The index of a day's quarter among the quarters that overlap the period, computed from
/// the quarters' first days (one entry per quarter, never one per day).
struct QuarterIndex: Sendable {
    /// Days from the first quarter's first day to `period.start`.
    let lead: Int
    /// Days from the first quarter's first day to each quarter's first day, and one more
    /// entry for the quarter after the last.
    let starts: [Int]

    init(periodStart: Day, quarters: [Quarter]) {
        let first = quarters.first ?? periodStart.quarter
        func firstDay(_ q: Quarter) -> Day { Day(year: q.year, month: (q.number - 1) * 3 + 1, day: 1)! }
        let origin = firstDay(first)
        lead = periodStart.days(since: origin)
        starts = (quarters + [(quarters.last ?? first).next]).map { firstDay($0).days(since: origin) }
    }

    /// The quarter of the day `offset` days after `period.start` (a day of the period).
    @inline(__always)
    func quarter(ofOffset offset: Int) -> Int {
        let day = offset + lead
        // A quarter has 90 to 92 days, so the average length guesses within one quarter.
        var q = min(day * 4 / 1_461, starts.count - 2)
        while q > 0, starts[q] > day { q -= 1 }
        while starts[q + 1] <= day { q += 1 }
        return q
    }
}
