/// Who the outputs are for (`docs/data-contract.md`, "Audiences").
public enum Audience: Sendable, Hashable {
    /// Disclosure control applied everywhere; no case ids anywhere.
    case `public`
    /// Every figure as computed, and each force's open overdue cases.
    case restricted
    /// A force pack for the force with this id: the public build, except that this force's
    /// own figures appear as computed and its scorecard has its annex.
    case forcePack(String)

    /// `public`, `restricted` or `force FORCE_ID`, as the manifest and the methodology name it.
    public var name: String {
        switch self {
        case .public: "public"
        case .restricted: "restricted"
        case .forcePack(let id): "force \(id)"
        }
    }

    /// Whether disclosure control applies (to every figure, or to every other force's).
    var isDisclosed: Bool {
        switch self {
        case .public, .forcePack: true
        case .restricted: false
        }
    }

    /// Whether the outputs carry the protective marking (every restricted output).
    var isMarked: Bool {
        switch self {
        case .public: false
        case .restricted, .forcePack: true
        }
    }

    /// Whether the scorecard of the force with this id lists its open overdue cases.
    func showsAnnex(forForce id: String) -> Bool {
        switch self {
        case .public: false
        case .restricted: true
        case .forcePack(let pack): pack == id
        }
    }
}
