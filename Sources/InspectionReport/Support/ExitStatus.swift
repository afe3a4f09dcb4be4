/// The process exit codes, one for each outcome an operator must tell apart.
public enum ExitStatus: Int32, CaseIterable, Sendable {
    /// The build or check succeeded.
    case success = 0
    /// Nothing changed since the last build, so nothing was written.
    case nothingToDo = 3
    /// Command-line usage error (from the argument parser), or a `SOURCE_DATE_EPOCH` that is
    /// not a date the tool can publish.
    case usage = 64
    /// Invalid input or settings: a fatal validation error, a template error.
    case invalidInput = 65
    /// Too many case rows were rejected to publish.
    case rejectedOverThreshold = 66
    /// `audit`: a suppressed or sensitive count can be narrowed too far by a reader (or the
    /// published counts contradict the identities between them).
    case auditFailed = 67
    /// An internal or system error (for example a full disk, or a file over `ulimit -f`).
    case internalError = 70
    /// Another build holds the output's lock.
    case lockHeld = 75
    /// Stopped by SIGHUP (128 + 1, the shell's convention for a signal).
    case hangUp = 129
    /// Stopped by SIGINT (128 + 2).
    case interrupted = 130
    /// Stopped by SIGQUIT (128 + 3).
    case quit = 131
    /// Stopped by SIGTERM (128 + 15).
    case terminated = 143

    /// The status of a build stopped by one of the signals it handles (SIGHUP, SIGINT,
    /// SIGQUIT, SIGTERM): 128 + the signal's number.
    public static func stopped(by signal: Int32) -> ExitStatus {
        ExitStatus(rawValue: 128 + signal) ?? .terminated
    }

    /// A line for `--help` and the README.
    var meaning: String {
        switch self {
        case .success: "success"
        case .nothingToDo: "nothing to do: inputs unchanged since the last build"
        case .usage: "usage error in the command line (or SOURCE_DATE_EPOCH out of range)"
        case .invalidInput: "invalid input or settings (fatal validation or template error)"
        case .rejectedOverThreshold: "too many case rows rejected (over quality.max_rejected_share)"
        case .auditFailed:
            "disclosure audit failed: a sensitive count is exposed, or too many counts are small to protect (build: nothing published; audit command)"
        case .internalError: "internal or system error, e.g. disk full or file too large (output left as it was)"
        case .lockHeld: "another build holds the lock on the output"
        case .hangUp: "stopped by SIGHUP (output left as it was)"
        case .interrupted: "stopped by SIGINT (output left as it was)"
        case .quit: "stopped by SIGQUIT (output left as it was)"
        case .terminated: "stopped by SIGTERM (output left as it was)"
        }
    }

    /// The exit codes as a help section.
    public static var helpText: String {
        "Exit codes:\n" + allCases.map { "  \(String($0.rawValue).leftPadding(3))  \($0.meaning)" }.joined(separator: "\n")
    }
}
