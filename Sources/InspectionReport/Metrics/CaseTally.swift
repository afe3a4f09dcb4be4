/// Counts and day histograms for every force, filled in one pass over the in-scope cases.
///
/// Everything is a flat integer array indexed by force and ``Counter`` (or histogram), so
/// areas are summed element by element and parts of the cases can be counted on several
/// threads and merged with identical results.
struct CaseTally: Sendable {
    /// The day histograms kept per force.
    enum Histogram: Int, CaseIterable, Sendable {
        case assessment = 0, actionLow, actionMedium, actionHigh, actionVeryHigh, arrest, partnerReferral

        /// The histogram of days to action for a grade.
        static func action(_ grade: RiskGrade) -> Histogram { Histogram(rawValue: actionLow.rawValue + grade.rawValue)! }

        /// The four days-to-action histograms.
        static let allActions: [Histogram] = [.actionVeryHigh, .actionHigh, .actionMedium, .actionLow]
    }

    let forceCount: Int
    let layout: CounterLayout
    /// Days from 0 to `as_of - period.start`.
    let dayCount: Int
    private(set) var counts: [Int]
    private(set) var histograms: [Int]

    let timeliness: Timeliness
    /// For each day of the period, the index of its quarter.
    let quarterOfDay: [Int]

    init(settings: ReportSettings, forceCount: Int) {
        self.forceCount = forceCount
        self.timeliness = Timeliness(settings: settings)
        let quarters = settings.quarters
        self.layout = CounterLayout(quarters: quarters.count)
        self.dayCount = settings.asOf.days(since: settings.periodStart) + 1
        self.counts = [Int](repeating: 0, count: forceCount * layout.width)
        self.histograms = [Int](repeating: 0, count: forceCount * Histogram.allCases.count * dayCount)
        self.quarterOfDay = (0...settings.periodEnd.days(since: settings.periodStart)).map { offset in
            quarters.firstIndex(of: settings.periodStart.adding(offset).quarter)!
        }
    }

    /// Counts the in-scope cases of `records`, applying the census rule of SPEC section 3.
    mutating func add<C: Collection>(_ records: C) where C.Element == CaseRecord {
        let t = timeliness
        let missing = CaseRecord.missing
        let noGrade = CaseRecord.noGrade
        let layout = self.layout
        let width = layout.width
        let days = dayCount
        let histogramsPerForce = Histogram.allCases.count * days
        let quarterOfDay = self.quarterOfDay
        let start = t.periodStart
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
                    let q = quarterOfDay[Int(received - start)]
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
                            hist[hbase + Histogram.assessment.rawValue * days + Int(r.riskAssessed - received)] += 1
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
                            hist[hbase + (Histogram.actionLow.rawValue + g) * days + Int(r.action - received)] += 1
                        }
                    }
                    if t.happened(r.arrested) {
                        counts[base + arrests] += 1
                        hist[hbase + Histogram.arrest.rawValue * days + Int(r.arrested - received)] += 1
                    }
                    let shared = t.happened(r.partnerReferral)
                    if child {
                        counts[base + childInHousehold] += 1
                        if shared { counts[base + partnerReferred] += 1 }
                    }
                    if shared {
                        hist[hbase + Histogram.partnerReferral.rawValue * days + Int(r.partnerReferral - received)] += 1
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
    }

    /// Adds another tally of the same shape (for example, another part of the cases).
    mutating func merge(_ other: CaseTally) {
        for i in counts.indices { counts[i] += other.counts[i] }
        for i in histograms.indices { histograms[i] += other.histograms[i] }
    }

    /// The summed counts and histograms of a set of forces.
    func figures(of forces: [Int]) -> AreaFigures {
        var figures = AreaFigures(layout: layout, counts: [Int](repeating: 0, count: layout.width),
                                  histograms: [Int](repeating: 0, count: Histogram.allCases.count * dayCount),
                                  dayCount: dayCount)
        let perForce = Histogram.allCases.count * dayCount
        for f in forces {
            for s in 0..<layout.width { figures.counts[s] += counts[f * layout.width + s] }
            for h in 0..<perForce { figures.histograms[h] += histograms[f * perForce + h] }
        }
        return figures
    }
}
