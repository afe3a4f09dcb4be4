import ArgumentParser
import Foundation
import InspectionReport

#if canImport(Glibc)
    import Glibc
#endif

/// A named point of a build where tests stop it (the private option `--test-stop-at`).
enum TestStopPoint: String, ExpressibleByArgument, CaseIterable {
    /// The output's lock is held; nothing has been read.
    case locked
    /// The first output file is staged.
    case stagedFirst = "staged-first"
    /// Half of the output files are staged.
    case stagedHalf = "staged-half"
    /// Every file is staged; the previous output is still published.
    case beforeSwap = "before-swap"
    /// The new output is in place; the previous one is not yet removed.
    case afterSwap = "after-swap"

    /// Whether the build has reached this point.
    func matches(_ checkpoint: BuildCheckpoint) -> Bool {
        switch (self, checkpoint) {
        case (.locked, .locked), (.beforeSwap, .beforeSwap), (.afterSwap, .afterSwap): true
        case (.stagedFirst, .staged(let file, _)): file == 1
        case (.stagedHalf, .staged(let file, let total)): file == max(1, total / 2)
        default: false
        }
    }
}

/// What a build does at its ``TestStopPoint`` (the private option `--test-stop-action`).
enum TestStopAction: String, ExpressibleByArgument, CaseIterable {
    /// Dies at once with SIGKILL, as a build killed by the machine would.
    case kill
    /// Writes `paused POINT` to standard output and waits for a line on standard input.
    case pause

    /// The build hook that stops at `point`.
    func hook(at point: TestStopPoint) -> @Sendable (BuildCheckpoint) -> Void {
        { checkpoint in
            guard point.matches(checkpoint) else { return }
            switch self {
            case .kill:
                _ = Glibc.kill(getpid(), SIGKILL)
            case .pause:
                Console.output("paused \(point.rawValue)")
                _ = readLine()
            }
        }
    }
}
