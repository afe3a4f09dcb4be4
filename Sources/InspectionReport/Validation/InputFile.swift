/// The CSV inputs of a dataset directory, in the order of `quality.csv` (`docs/data-contract.md`,
/// "Reading `rejections.csv` and `quality.csv`").
enum InputFile: Int, CaseIterable, Sendable, Hashable, Comparable {
    case forces = 0, cases, recommendations, progress, nationalProgress

    /// The file's name in the dataset directory.
    var fileName: String {
        switch self {
        case .forces: "forces.csv"
        case .cases: "cases.csv"
        case .recommendations: "recommendations.csv"
        case .progress: "progress.csv"
        case .nationalProgress: "national-progress.csv"
        }
    }

    /// Whether a dataset directory may leave the file out (`national-progress.csv`:
    /// `docs/data-contract.md`, "The files").
    var isOptional: Bool {
        switch self {
        case .forces, .cases, .recommendations, .progress: false
        case .nationalProgress: true
        }
    }

    /// Whether `quality.csv` counts the file's dates after `as_of` (`docs/data-contract.md`,
    /// "Reading `rejections.csv` and `quality.csv`").
    var countsDatesAfterAsOf: Bool {
        switch self {
        case .cases, .progress, .nationalProgress: true
        case .forces, .recommendations: false
        }
    }

    /// The files every dataset directory must hold, in order.
    static var required: [InputFile] { allCases.filter { !$0.isOptional } }

    static func < (lhs: InputFile, rhs: InputFile) -> Bool { lhs.rawValue < rhs.rawValue }
}
