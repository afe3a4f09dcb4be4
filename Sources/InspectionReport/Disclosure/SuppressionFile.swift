/// `data/suppression.csv` of a restricted build: every count the public pattern of the same
/// data hides, whether it is sensitive or protects others, which sensitive counts it protects
/// and, for a count of the nation, a region's total or a force's `referrals all`, why it is
/// needed (`docs/methodology.md`, "Disclosure control").
enum SuppressionFile {
    static let path = "data/suppression.csv"

    static let header = ["area_type", "area", "metric", "breakdown", "value", "role", "protects", "reason"]

    /// The separator of the counts in `protects` (a breakdown may hold `;`).
    static let separator = " | "

    static func csv(_ hidden: [HiddenCount]) -> [UInt8] {
        var csv = CSVWriter(header: header)
        for count in hidden {
            let (type, name): (String, String) =
                switch count.key.area {
                case .national: ("national", "all")
                case .region(let r): ("region", r)
                case .force(let f): ("force", f)
                }
            csv.row([
                type, name, count.key.metric.csvName, count.key.breakdown.csvText, String(count.value), count.role.rawValue,
                count.protects.map(\.description).joined(separator: separator), count.necessity?.text ?? "",
            ])
        }
        return csv.bytes
    }
}
