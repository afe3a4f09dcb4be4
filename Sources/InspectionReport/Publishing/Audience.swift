/// Who the outputs are for.
public enum Audience: String, Sendable, CaseIterable {
    /// Disclosure control applied everywhere; no case ids anywhere.
    case `public`
    /// Every figure as computed, and each force's open overdue cases.
    case restricted
}
