/// A count that the public pattern hides, and why (`data/suppression.csv`, the methodology
/// section and the build's log).
struct HiddenCount: Sendable, Hashable {
    /// Why a count is hidden.
    enum Role: String, Sendable, Hashable, CaseIterable {
        /// From 1 to `threshold - 1` (primary suppression).
        case sensitive
        /// Hidden so that sensitive counts cannot be worked out (secondary suppression).
        case protective
    }

    /// For a count the rules of a readable publication would keep (a count of the nation, a
    /// region's `all` count, a force's `referrals all`): what proved it needed.
    enum Necessity: Sendable, Hashable {
        /// Every pattern hides it: no deviation of `protecting` leaves it alone.
        case alone(protecting: AuditKey)
        /// Every pattern hides it or another such count that is published: no deviation of
        /// `protecting` leaves all of them alone, so hiding another instead is no better.
        case withOtherTotals(protecting: AuditKey)
        /// The build's work budget ran out before it was proved.
        case notProved

        /// The words for the log and `data/suppression.csv`.
        var text: String {
            switch self {
            case .alone(let x):
                "no pattern without it exists: every table consistent with the rest moves it when \(x.description) moves"
            case .withOtherTotals(let x):
                "no pattern without it or another total exists: every table consistent "
                    + "with the rest moves it or a published total when \(x.description) moves"
            case .notProved:
                "not proved needed: the search and work limits were reached first"
            }
        }
    }

    var key: AuditKey
    var value: Int
    var role: Role
    /// The sensitive counts whose protection moves it, in file order.
    var protects: [AuditKey]
    /// Set for a guarded count (see ``Necessity``) that is hidden as protective.
    var necessity: Necessity?
}
