/// Counts and day histograms for every force, filled in one pass over the in-scope cases.
///
/// Everything is a flat integer array indexed by force and slot, so areas are summed
/// element by element and two halves of the cases can be counted on two threads and
/// merged with identical results.
public struct CaseTally: Sendable {
    /// Offsets of the counts kept per force.
    public enum Slot {
        public static let source = 0                 // 5, by ReferralSource
        public static let assessed = 5               // 4, by RiskGrade
        public static let unassessed = 9
        public static let reviewed = 10
        public static let agreed = 11
        public static let under = 12
        public static let over = 13
        public static let matrix = 14                // 16, assigned * 4 + review
        public static let lowGradeChild = 30
        public static let met = 31                   // 4 each, by RiskGrade
        public static let breached = 35
        public static let overdueOpen = 39
        public static let pending = 43
        public static let arrests = 47
        public static let childInHousehold = 48
        public static let partnerReferred = 49
        public static let pnd = 50                   // 3, by FlagValue
        public static let allocation = 53            // 3, by Allocation
        public static let specialistBySource = 56    // 5
        public static let nonSpecialistBySource = 61 // 5
        /// Then, per quarter of the period: referrals, then met, due, agreed and reviewed
        /// (the last four for headline changes on the pages).
        public static let quarter = 66
    }

    /// Per-quarter series kept after the referrals by quarter.
    public enum QuarterSeries: Int, CaseIterable, Sendable {
        case referrals = 0, met, due, agreed, reviewed
    }

    /// The slot of a per-quarter series value.
    public func slot(_ series: QuarterSeries, quarter q: Int) -> Int {
        Slot.quarter + series.rawValue * quarterCount + q
    }

    /// The day histograms kept per force.
    public enum Histogram: Int, CaseIterable, Sendable {
        case assessment = 0, actionLow, actionMedium, actionHigh, actionVeryHigh, arrest, partnerReferral

        static func action(_ grade: Int) -> Int { Histogram.actionLow.rawValue + grade }
    }

    public let forceCount: Int
    public let slotCount: Int
    public let quarterCount: Int
    /// Days from 0 to `as_of - period.start`.
    public let dayCount: Int
    public private(set) var counts: [Int]
    public private(set) var histograms: [Int]

    let settings: ReportSettings
    /// For each day of the period, the index of its quarter.
    let quarterOfDay: [Int]

    public init(settings: ReportSettings, forceCount: Int) {
        self.settings = settings
        self.forceCount = forceCount
        self.quarterCount = settings.quarters.count
        self.slotCount = Slot.quarter + QuarterSeries.allCases.count * settings.quarters.count
        self.dayCount = settings.asOf.days(since: settings.periodStart) + 1
        self.counts = [Int](repeating: 0, count: forceCount * slotCount)
        self.histograms = [Int](repeating: 0, count: forceCount * Histogram.allCases.count * dayCount)
        let quarters = settings.quarters
        self.quarterOfDay = (0...settings.periodEnd.days(since: settings.periodStart)).map { offset in
            quarters.firstIndex(of: settings.periodStart.adding(offset).quarter)!
        }
    }

    /// Counts the in-scope cases of `records`, applying the census rule of SPEC section 3.
    public mutating func add<C: Collection>(_ records: C) where C.Element == CaseRecord {
        let asOf = settings.asOf.number
        let missing = CaseRecord.missing
        let noGrade = CaseRecord.noGrade
        let limits = settings.timescales
        let slots = slotCount
        let days = dayCount
        let histogramsPerForce = Histogram.allCases.count * days
        let quarterOfDay = self.quarterOfDay
        let start = settings.periodStart.number
        let qc = quarterCount
        counts.withUnsafeMutableBufferPointer { counts in
            histograms.withUnsafeMutableBufferPointer { hist in
                for r in records {
                    let base = Int(r.force) * slots
                    let hbase = Int(r.force) * histogramsPerForce
                    let received = r.received
                    counts[base + Slot.source + Int(r.source)] += 1
                    let qslot = base + Slot.quarter + quarterOfDay[Int(received - start)]
                    counts[qslot] += 1

                    let assessedOnTime = r.riskAssessed == missing || r.riskAssessed <= asOf
                    let grade = assessedOnTime ? r.riskGrade : noGrade
                    let review = assessedOnTime ? r.reviewGrade : noGrade
                    let child = r.childInHousehold == UInt8(FlagValue.yes.rawValue)
                    if grade == noGrade {
                        counts[base + Slot.unassessed] += 1
                    } else {
                        let g = Int(grade)
                        counts[base + Slot.assessed + g] += 1
                        if r.riskAssessed != missing {
                            hist[hbase + Histogram.assessment.rawValue * days + Int(r.riskAssessed - received)] += 1
                        }
                        if review != noGrade {
                            let h = Int(review)
                            counts[base + Slot.reviewed] += 1
                            counts[base + (g == h ? Slot.agreed : (g < h ? Slot.under : Slot.over))] += 1
                            counts[qslot + 4 * qc] += 1
                            if g == h { counts[qslot + 3 * qc] += 1 }
                            counts[base + Slot.matrix + g * 4 + h] += 1
                        }
                        if g == RiskGrade.low.rawValue, child { counts[base + Slot.lowGradeChild] += 1 }
                        let limit = limits[g]
                        if r.action != missing, r.action <= asOf {
                            let taken = Int(r.action - received)
                            counts[base + (taken <= limit ? Slot.met : Slot.breached) + g] += 1
                            counts[qslot + 2 * qc] += 1
                            if taken <= limit { counts[qslot + qc] += 1 }
                            hist[hbase + Histogram.action(g) * days + taken] += 1
                        } else if Int(asOf - received) > limit {
                            counts[qslot + 2 * qc] += 1
                            counts[base + Slot.breached + g] += 1
                            counts[base + Slot.overdueOpen + g] += 1
                        } else {
                            counts[base + Slot.pending + g] += 1
                        }
                    }
                    if r.arrested != missing, r.arrested <= asOf {
                        counts[base + Slot.arrests] += 1
                        hist[hbase + Histogram.arrest.rawValue * days + Int(r.arrested - received)] += 1
                    }
                    let shared = r.partnerReferral != missing && r.partnerReferral <= asOf
                    if child {
                        counts[base + Slot.childInHousehold] += 1
                        if shared { counts[base + Slot.partnerReferred] += 1 }
                    }
                    if shared {
                        hist[hbase + Histogram.partnerReferral.rawValue * days + Int(r.partnerReferral - received)] += 1
                    }
                    counts[base + Slot.pnd + Int(r.pndChecked)] += 1
                    counts[base + Slot.allocation + Int(r.allocation)] += 1
                    if r.allocation == UInt8(Allocation.specialist.rawValue) {
                        counts[base + Slot.specialistBySource + Int(r.source)] += 1
                    } else if r.allocation == UInt8(Allocation.nonSpecialist.rawValue) {
                        counts[base + Slot.nonSpecialistBySource + Int(r.source)] += 1
                    }
                }
            }
        }
    }

    /// Adds another tally of the same shape (for example, the other half of the cases).
    public mutating func merge(_ other: CaseTally) {
        for i in counts.indices { counts[i] += other.counts[i] }
        for i in histograms.indices { histograms[i] += other.histograms[i] }
    }

    /// The summed counts and histograms of a set of forces.
    public func figures(of forces: [Int]) -> AreaFigures {
        var figures = AreaFigures(counts: [Int](repeating: 0, count: slotCount),
                                  histograms: [Int](repeating: 0, count: Histogram.allCases.count * dayCount),
                                  dayCount: dayCount)
        let perForce = Histogram.allCases.count * dayCount
        for f in forces {
            for s in 0..<slotCount { figures.counts[s] += counts[f * slotCount + s] }
            for h in 0..<perForce { figures.histograms[h] += histograms[f * perForce + h] }
        }
        return figures
    }
}
