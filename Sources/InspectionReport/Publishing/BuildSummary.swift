/// What a successful build did, for the one-line summary.
public struct BuildSummary: Sendable {
    public var areas: Int
    public var pages: Int
    public var rowsAccepted: Int
    public var rowsRejected: Int
    public var seconds: Double
    public var outputDirectory: String
    /// True when the inputs were unchanged and nothing was written.
    public var upToDate: Bool
    /// True when the inputs were unchanged but the published site differed from its
    /// manifest (files missing, edited, extra or links), so it was rebuilt.
    public var repaired = false
    /// How many files of the published site differed from its manifest.
    public var filesDiffering = 0
    /// The warnings about the inputs, one a line as `file:line:column: warning: code: message`.
    public var warningLines: [String] = []
    /// What disclosure control hid (public builds and force packs) or would hide (the
    /// restricted edition), one a line: the counts, then each count of the nation, region
    /// total or force's referrals hidden, and why.
    public var disclosureLines: [String] = []
    /// How many warnings the inputs gave.
    public var warnings: Int { warningLines.count }

    /// One line for the log.
    public var line: String {
        if upToDate { return "up to date: inputs unchanged since the last build of \(outputDirectory); nothing written (use --rebuild to force)" }
        let time = FixedDecimal.format(Int((seconds * 1000).rounded()), 1000, places: 2)
        let built =
            """
            built \(outputDirectory): \(areas) areas, \(pages) pages, \(rowsAccepted) case rows accepted, \(rowsRejected) rejected, \
            \(warnings == 1 ? "1 warning" : "\(warnings) warnings"), \(time) s
            """
        guard repaired else { return built }
        let files = filesDiffering == 1 ? "1 file" : "\(filesDiffering) files"
        return
            """
            the published site differed from its manifest (\(files) missing, edited, extra or linked) although the inputs were unchanged; \
            rebuilt it: \(built)
            """
    }
}
