/// A validated dataset: the settings, the reference data, the accepted case and progress
/// rows, and the account of every rejected row.
struct Dataset: Sendable {
    var settings: ReportSettings
    /// Forces in file order.
    var forces: [Force]
    /// The catalogue in file order.
    var recommendations: [Recommendation]
    /// Accepted case rows that are in scope, in file order, in parts (one per thread that read them).
    var caseParts: [[CaseRecord]]

    /// Accepted in-scope case rows in file order, as one array.
    var cases: [CaseRecord] { caseParts.flatMap { $0 } }
    /// Accepted in-scope cases that are open and overdue on `as_of`, with their ids, for the
    /// restricted annex only.
    var openOverdue: [OpenOverdueCase]
    /// Accepted progress rows in file order.
    var progress: [ProgressUpdate]
    /// Every rejected row, in file and line order.
    var rejections: [Rejection]
    /// Rows read, accepted and rejected per CSV input, in the order of ``InputFile``.
    var tallies: [FileTally]
    /// Non-fatal notes about the inputs (ignored columns and settings).
    var warnings: [Diagnostic]

    init(settings: ReportSettings, forces: [Force], recommendations: [Recommendation], caseParts: [[CaseRecord]],
                openOverdue: [OpenOverdueCase], progress: [ProgressUpdate], rejections: [Rejection], tallies: [FileTally], warnings: [Diagnostic]) {
        self.settings = settings
        self.forces = forces
        self.recommendations = recommendations
        self.caseParts = caseParts
        self.openOverdue = openOverdue
        self.progress = progress
        self.rejections = rejections
        self.tallies = tallies
        self.warnings = warnings
    }

    /// The tally of one file.
    func tally(_ file: InputFile) -> FileTally { tallies[file.rawValue] }

    /// Whether rejected case rows exceed the allowed share (`strict` allows none).
    func rejectedShareExceeded(strict: Bool) -> Bool {
        let t = tally(.cases)
        guard t.rowsRead > 0 else { return false }
        if strict { return t.rowsRejected > 0 }
        return settings.maxRejectedShare.isExceeded(by: t.rowsRejected, over: t.rowsRead)
    }
}
