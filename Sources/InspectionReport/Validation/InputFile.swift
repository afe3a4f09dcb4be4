/// The CSV inputs of a dataset directory, in the order of SPEC section 1.
enum InputFile: Int, CaseIterable, Sendable, Hashable, Comparable {
    case forces = 0, cases, recommendations, progress

    /// The file's name in the dataset directory.
    var fileName: String {
        switch self {
        case .forces: "forces.csv"
        case .cases: "cases.csv"
        case .recommendations: "recommendations.csv"
        case .progress: "progress.csv"
        }
    }

    static func < (lhs: InputFile, rhs: InputFile) -> Bool { lhs.rawValue < rhs.rawValue }
}
