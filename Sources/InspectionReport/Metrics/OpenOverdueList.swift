/// The restricted annex: each force's open overdue cases, most severe grade first, then
/// longest waiting, then by id.
enum OpenOverdueList {
    /// Each force's cases in annex order, indexed by force.
    static func byForce(_ dataset: Dataset) -> [[OpenOverdueCase]] {
        var groups = [[OpenOverdueCase]](repeating: [], count: dataset.forces.count)
        for c in dataset.openOverdue { groups[c.force].append(c) }
        return groups.map { $0.sorted(by: annexOrder) }
    }

    /// Most severe grade first, then longest waiting, then case id in byte order.
    static func annexOrder(_ a: OpenOverdueCase, _ b: OpenOverdueCase) -> Bool {
        if a.grade != b.grade { return a.grade > b.grade }
        if a.daysWaiting != b.daysWaiting { return a.daysWaiting > b.daysWaiting }
        return Array(a.caseID.utf8).lexicographicallyPrecedes(Array(b.caseID.utf8))
    }

    /// `data/open-overdue-cases.csv` (restricted audience only).
    static func csv(_ groups: [[OpenOverdueCase]], forces: [Force], forceOrder: [Int]) -> [UInt8] {
        var csv = CSVWriter(header: ["force_id", "case_id", "risk_grade", "received", "days_since_received"])
        for f in forceOrder {
            for c in groups[f] {
                csv.row([forces[f].id, c.caseID, c.grade.csvName, c.received.description, String(c.daysWaiting)])
            }
        }
        return csv.bytes
    }
}
