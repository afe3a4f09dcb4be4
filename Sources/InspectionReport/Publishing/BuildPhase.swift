/// The steps of a build, for progress and logs.
public enum BuildPhase: String, Sendable, CaseIterable {
    case reading, validating, computing, rendering, writing, publishing

    /// The share of the work done when the phase starts.
    public var start: Double {
        switch self {
        case .reading: 0
        case .validating: 0.1
        case .computing: 0.4
        case .rendering: 0.5
        case .writing: 0.8
        case .publishing: 0.95
        }
    }
}
