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
    /// The warnings about the inputs, one a line as `file:line:column: warning: code: message`.
    public var warningLines: [String] = []
    /// How many warnings the inputs gave.
    public var warnings: Int { warningLines.count }

    /// One line for the log.
    public var line: String {
        if upToDate { return "up to date: inputs unchanged since the last build of \(outputDirectory); nothing written (use --rebuild to force)" }
        let time = FixedDecimal.format(Int((seconds * 1000).rounded()), 1000, places: 2)
        return "built \(outputDirectory): \(areas) areas, \(pages) pages, \(rowsAccepted) case rows accepted, \(rowsRejected) rejected, \(warnings == 1 ? "1 warning" : "\(warnings) warnings"), \(time) s"
    }
}
