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
    /// The disclosure audit found sensitive counts that the public or one force could narrow
    /// after suppression: each line names one (`data/metrics.csv:LINE: exposed: …`).
    case disclosureAuditFailed([String])
    /// Secondary suppression stopped at its work budget: too many counts are below the
    /// threshold to protect them all in reasonable time.
    case disclosureControlTooCostly(sensitive: Int, protectedBeforeStop: Int)
    /// A force pack was asked for a force id that `forces.csv` does not list.
    case unknownForce(String)

    /// The exit status an operator sees.
    public var exitStatus: ExitStatus {
        switch self {
        case .invalidInput, .template, .unsafeOutput: .invalidInput
        case .rejectedOverThreshold: .rejectedOverThreshold
        case .lockHeld: .lockHeld
        case .output: .internalError
        case .disclosureAuditFailed, .disclosureControlTooCostly: .auditFailed
        case .unknownForce: .usage
        }
    }

    public var errorDescription: String? {
        switch self {
        case .invalidInput(let error):
            return (error.errorDescription ?? "") + "\nnothing was written; correct the input and build again"
        case .rejectedOverThreshold(let rejected, let read, let allowed):
            return
                """
                \(rejected) of \(read) case rows were rejected, more than the allowed share (\(allowed)); nothing was published. Run \
                `inspection-report validate` to see each problem, correct the extract, or raise quality.max_rejected_share in report.yml
                """
        case .template(let message):
            return "template error: \(message); nothing was published"
        case .lockHeld(let path, let pid):
            return
                "another build is running on this output (lock \(path)\(pid.map { ", process \($0)" } ?? "")); try again later or pass --wait SECONDS"
        case .output(let message):
            return "cannot write the output: \(message); the previous output is unchanged"
        case .unsafeOutput(let message):
            return message + "; nothing was written"
        case .unknownForce(let id):
            return "--force \(id): forces.csv lists no force with that id; use one of its force_id values; nothing was written"
        case .disclosureControlTooCostly(let sensitive, let done):
            return
                """
                disclosure control stopped: \(sensitive) counts are below disclosure.threshold, too many to protect within the work limit \
                (\(done) were protected when it was reached); nothing was published and the previous output is unchanged. Publish the \
                restricted edition (--audience restricted), or combine small forces or quarters in the extract so that fewer counts are small
                """
        case .disclosureAuditFailed(let problems):
            return
                """
                disclosure audit failed: \(problems.count) sensitive count(s) could be narrowed from the published figures; nothing was \
                published and the previous output is unchanged. Report this with the dataset to the maintainers; a restricted build (--audience \
                restricted) is not affected\n
                """
                    + problems.joined(separator: "\n")
        }
    }
}
