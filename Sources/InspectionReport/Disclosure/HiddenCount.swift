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
        case alone(protecting: AuditKey, when: Movement)
        /// Every pattern hides it or another such count that is published: no deviation of
        /// `protecting` leaves all of them alone, so hiding another instead is no better.
        case withOtherTotals(protecting: AuditKey, when: Movement)
        /// The build's work budget ran out before it was proved.
        case notProved

        /// The words for the log and `data/suppression.csv`.
        var text: String {
            switch self {
            case .alone(let x, let when):
                "no pattern without it exists: every table consistent with the rest moves it when \(x.description) \(when.text)"
            case .withOtherTotals(let x, let when):
                "no pattern without it or another total exists: every table consistent "
                    + "with the rest moves it or a published total when \(x.description) \(when.text)"
            case .notProved:
                "not proved needed: the search and work limits were reached first"
            }
        }
    }

    /// The movement of the sensitive count that the proof is about: to 0 or up to the
    /// threshold, for the public or for a reader who knows one force's own counts.
    struct Movement: Sendable, Hashable {
        var towardZero: Bool
        /// The force whose counts the reader knows (nil: the public).
        var reader: AuditArea?

        var text: String {
            let move = towardZero ? "moves to 0" : "moves up to the threshold"
            guard case .force(let f)? = reader else { return move }
            return move + " for a reader who knows force \(f)'s own counts"
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
