/// A validated dataset: the settings, the reference data, the accepted case and progress
/// rows (the forces' and, when reported, the national bodies'), and the account of every
/// rejected row.
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
    /// Accepted rows of `national-progress.csv` in file order; nil when the dataset has no such
    /// file (then no national recommendation has a status: `docs/data-contract.md`, "The files").
    var nationalProgress: [NationalProgressUpdate]?
    /// Every rejected row, in file and line order.
    var rejections: [Rejection]
    /// Rows read, accepted and rejected per CSV input that is present, in the order of
    /// ``InputFile`` (an absent optional file has none, so `quality.csv` leaves it out).
    var tallies: [FileTally]
    /// Non-fatal notes about the inputs (ignored columns and settings).
    var warnings: [Diagnostic]

    init(
        settings: ReportSettings, forces: [Force], recommendations: [Recommendation], caseParts: [[CaseRecord]],
        openOverdue: [OpenOverdueCase], progress: [ProgressUpdate], nationalProgress: [NationalProgressUpdate]? = nil,
        rejections: [Rejection], tallies: [FileTally], warnings: [Diagnostic]
    ) {
        self.settings = settings
        self.forces = forces
        self.recommendations = recommendations
        self.caseParts = caseParts
        self.openOverdue = openOverdue
        self.progress = progress
        self.nationalProgress = nationalProgress
        self.rejections = rejections
        self.tallies = tallies
        self.warnings = warnings
    }

    /// The tally of one file; an empty one for an optional file the dataset does not hold
    /// (``isPresent(_:)`` tells the two apart).
    func tally(_ file: InputFile) -> FileTally { tallies.first { $0.file == file } ?? FileTally(file: file) }

    /// Whether the dataset directory held the file (every required file is held).
    func isPresent(_ file: InputFile) -> Bool { tallies.contains { $0.file == file } }

    /// Whether rejected case rows exceed the allowed share (`strict` allows none).
    func rejectedShareExceeded(strict: Bool) -> Bool {
        let t = tally(.cases)
        guard t.rowsRead > 0 else { return false }
        if strict { return t.rowsRejected > 0 }
        return settings.maxRejectedShare.isExceeded(by: t.rowsRejected, over: t.rowsRead)
    }
}
