/// Red, amber or green against the `rag` settings; always shown with its word.
enum RAGStatus: String, Sendable {
    case green, amber, red

    var word: String {
        switch self {
        case .green: "Green"
        case .amber: "Amber"
        case .red: "Red"
        }
    }

    /// The status of a published rate, or nil when it is hidden or absent.
    static func of(_ value: MetricValue?, settings: ReportSettings) -> RAGStatus? {
        guard case .ratio(let n, let d)? = value, d > 0 else { return nil }
        func reached(_ t: DecimalFraction) -> Bool { n * Int128(t.denominator) >= Int128(t.numerator) * d }
        if reached(settings.ragGreen) { return .green }
        if reached(settings.ragAmber) { return .amber }
        return .red
    }
}
