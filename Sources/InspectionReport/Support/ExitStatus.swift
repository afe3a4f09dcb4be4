/// The process exit codes, one for each outcome an operator must tell apart.
public enum ExitStatus: Int32, CaseIterable, Sendable {
    /// The build or check succeeded.
    case success = 0
    /// Nothing changed since the last build, so nothing was written.
    case nothingToDo = 3
    /// Command-line usage error (from the argument parser).
    case usage = 64
    /// Invalid input or settings: a fatal validation error, a template error.
    case invalidInput = 65
    /// Too many case rows were rejected to publish.
    case rejectedOverThreshold = 66
    /// An internal or system error (for example a full disk).
    case internalError = 70
    /// Another build holds the output's lock.
    case lockHeld = 75

    /// A line for `--help` and the README.
    var meaning: String {
        switch self {
        case .success: "success"
        case .nothingToDo: "nothing to do: inputs unchanged since the last build"
        case .usage: "usage error in the command line"
        case .invalidInput: "invalid input or settings (fatal validation or template error)"
        case .rejectedOverThreshold: "too many case rows rejected (over quality.max_rejected_share)"
        case .internalError: "internal or system error (output left as it was)"
        case .lockHeld: "another build holds the lock on the output"
        }
    }

    /// The exit codes as a help section.
    public static var helpText: String {
        "Exit codes:\n" + allCases.map { "  \(String($0.rawValue).leftPadding(2))  \($0.meaning)" }.joined(separator: "\n")
    }
}
