/// The result of validating a dataset: the reconciliation of every file and every problem.
public struct ValidationReport: Sendable {
    var dataset: Dataset
    /// Whether the build would publish (`false` when rejected case rows exceed the allowed share).
    public var passes: Bool
    var strict: Bool

    /// Validates the dataset that `reader` names; with `strict`, any warning is fatal.
    public init(reader: DatasetReader, strict: Bool) throws(InputError) {
        let dataset = try reader.read()
        if strict, let error = dataset.warningsAsErrors() { throw error }
        self.init(dataset: dataset, strict: strict)
    }

    init(dataset: Dataset, strict: Bool) {
        self.dataset = dataset
        self.strict = strict
        self.passes = !dataset.rejectedShareExceeded(strict: strict)
    }

    /// Located problems, one a line: warnings, then rejected rows in file and line order.
    public var problemLines: [String] {
        dataset.warnings.map(\.description) + dataset.rejections.map(\.diagnostic.description)
    }

    /// The reconciliation table, as plain text for a terminal.
    public var reconciliation: String {
        var lines = ["file".padding(22) + "    read  accepted  rejected"]
        for tally in dataset.tallies {
            lines.append(
                tally.file.fileName.padding(22) + String(tally.rowsRead).leftPadding(8)
                    + String(tally.rowsAccepted).leftPadding(10) + String(tally.rowsRejected).leftPadding(10))
            for code in RowErrorCode.allCases where tally.count(of: code) > 0 {
                lines.append("  " + code.code.padding(30) + String(tally.count(of: code)).leftPadding(18))
            }
        }
        let cases = dataset.tally(.cases)
        let limit = strict ? "0 (--strict)" : dataset.settings.maxRejectedShare.description
        let share = cases.rowsRead == 0 ? "0" : FixedDecimal.format(cases.rowsRejected, cases.rowsRead, places: 4)
        lines.append("rejected share of case rows: \(share) (allowed: \(limit))")
        lines.append(
            passes ? "valid: the build would publish" : "not valid: too many case rows are rejected; correct them or raise quality.max_rejected_share"
        )
        return lines.joined(separator: "\n")
    }
}
