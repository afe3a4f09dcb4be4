import Foundation

/// Why a build did not publish. The previous output is left exactly as it was.
public enum BuildError: Error, LocalizedError, Sendable {
    /// A fatal problem with the inputs or settings.
    case invalidInput(InputError)
    /// Too many case rows were rejected.
    case rejectedOverThreshold(rejected: Int, read: Int, allowed: String)
    /// A template is missing or names a value that does not exist.
    case template(String)
    /// Another build holds the lock.
    case lockHeld(path: String, pid: Int32?)
    /// Writing the output failed (for example, the disk is full).
    case output(String)
    /// The output path is unsafe to write: it would replace something that is not a previous
    /// output of this tool, or writing it would follow a symbolic link. The text says why and
    /// what to do.
    case unsafeOutput(String)

    /// The exit status an operator sees.
    public var exitStatus: ExitStatus {
        switch self {
        case .invalidInput, .template, .unsafeOutput: .invalidInput
        case .rejectedOverThreshold: .rejectedOverThreshold
        case .lockHeld: .lockHeld
        case .output: .internalError
        }
    }

    public var errorDescription: String? {
        switch self {
        case .invalidInput(let error):
            return (error.errorDescription ?? "") + "\nnothing was written; correct the input and build again"
        case .rejectedOverThreshold(let rejected, let read, let allowed):
            return "\(rejected) of \(read) case rows were rejected, more than the allowed share (\(allowed)); nothing was published. Run `inspection-report validate` to see each problem, correct the extract, or raise quality.max_rejected_share in report.yml"
        case .template(let message):
            return "template error: \(message); nothing was published"
        case .lockHeld(let path, let pid):
            return "another build is running on this output (lock \(path)\(pid.map { ", process \($0)" } ?? "")); try again later or pass --wait SECONDS"
        case .output(let message):
            return "cannot write the output: \(message); the previous output is unchanged"
        case .unsafeOutput(let message):
            return message + "; nothing was written"
        }
    }
}
