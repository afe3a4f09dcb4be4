/// Which counts are sensitive (`docs/methodology.md`, "Disclosure control"): the one place the
/// rule and its default threshold are written.
struct SensitivityRule: Sendable, Hashable {
    /// The threshold when neither the dataset's `disclosure.threshold` nor `--threshold` names
    /// one.
    static let defaultThreshold = 5

    /// The smallest count shown: a count from 1 to `threshold - 1` is sensitive.
    var threshold: Int

    init(threshold: Int = SensitivityRule.defaultThreshold) {
        self.threshold = threshold
    }

    /// Whether a count is sensitive: from 1 to `threshold - 1` (a zero never is).
    func isSensitive(_ count: Int) -> Bool { count >= 1 && count < threshold }

    /// The same rule for a count held as a number (of a linear program).
    func isSensitive(_ count: Double) -> Bool { count >= 1 && count < Double(threshold) }
}
