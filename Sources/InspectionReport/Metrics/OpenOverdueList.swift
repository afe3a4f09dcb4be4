/// The restricted annex: each force's cases past their action timescale and cases awaiting a
/// risk assessment past the assessment timescale; most severe grade first, then not assessed,
/// each longest waiting first, then by id.
enum OpenOverdueList {
    /// Each force's cases in annex order, indexed by force.
    static func byForce(_ dataset: Dataset) -> [[OpenOverdueCase]] {
        var groups = [[OpenOverdueCase]](repeating: [], count: dataset.forces.count)
        for c in dataset.openOverdue { groups[c.force].append(c) }
        return groups.map { $0.sorted(by: annexOrder) }
    }

    /// Most severe grade first, then not assessed; within each, longest waiting, then case id
    /// in byte order.
    static func annexOrder(_ a: OpenOverdueCase, _ b: OpenOverdueCase) -> Bool {
        let rankA = a.grade.map { $0.rawValue + 1 } ?? 0, rankB = b.grade.map { $0.rawValue + 1 } ?? 0
        if rankA != rankB { return rankA > rankB }
        if a.daysWaiting != b.daysWaiting { return a.daysWaiting > b.daysWaiting }
        return Array(a.caseID.utf8).lexicographicallyPrecedes(Array(b.caseID.utf8))
    }

    /// `data/open-overdue-cases.csv` (restricted audience only).
    static func csv(_ groups: [[OpenOverdueCase]], forces: [Force], forceOrder: [Int]) -> [UInt8] {
        var csv = CSVWriter(header: ["force_id", "case_id", "risk_grade", "received", "days_since_received"])
        for f in forceOrder {
            for c in groups[f] {
                csv.row([forces[f].id, c.caseID, c.gradeCSVName, c.received.description, String(c.daysWaiting)])
            }
        }
        return csv.bytes
    }
}
