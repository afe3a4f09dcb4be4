import Foundation
import InspectionReport

#if canImport(Glibc)
    import Glibc
#endif

/// What the process arranges before it does anything else, so that every way it can end is
/// one of the documented exit codes (``ExitStatus``) rather than a signal or a trap.
enum ProcessSetup {
    /// The signals that stop a build, each ending it with ``ExitStatus/stopped(by:)``.
    static let stopSignals: [Int32] = [SIGHUP, SIGINT, SIGQUIT, SIGTERM]

    private static let lock = NSLock()
    nonisolated(unsafe) private static var stopLogger: (@Sendable (Int32, ExitStatus) -> Void)?

    /// - Standard input, output and error, when closed, are opened on `/dev/null`, so that no
    ///   file the build opens takes their number and receives its log lines.
    /// - SIGPIPE and SIGXFSZ are ignored: a write to a closed pipe fails with EPIPE and a
    ///   file over `ulimit -f` with EFBIG, and each becomes a documented error.
    /// - SIGHUP, SIGINT, SIGQUIT and SIGTERM are blocked in every thread and awaited by one
    ///   thread of their own, which logs the stop and ends the process with 128 + the signal's
    ///   number. The previous output is left as it was (the swap is one system call); the next
    ///   build removes the staging directory.
    static func prepare() {
        for fd in Int32(0)...2 where fcntl(fd, F_GETFD) == -1 {
            // The lowest free descriptor is `fd` itself.
            _ = open("/dev/null", O_RDWR)
        }
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
        var set = sigset_t()
        sigemptyset(&set)
        for s in stopSignals { sigaddset(&set, s) }
        pthread_sigmask(SIG_BLOCK, &set, nil)
        let waiting = set
        let thread = Thread {
            var set = waiting
            var received: Int32 = 0
            while sigwait(&set, &received) != 0 {}
            let status = ExitStatus.stopped(by: received)
            lock.lock()
            let logger = stopLogger
            lock.unlock()
            if let logger {
                logger(received, status)
            } else {
                Console.error("stopped by \(signalName(received)); the previous output is left as it was")
            }
            _exit(status.rawValue)
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// `SIGTERM` and the like, for logs.
    static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGHUP: "SIGHUP"
        case SIGINT: "SIGINT"
        case SIGQUIT: "SIGQUIT"
        case SIGTERM: "SIGTERM"
        default: "signal \(signal)"
        }
    }

    /// Logs a stop signal in the build's log format.
    static func onStop(_ logger: @escaping @Sendable (Int32, ExitStatus) -> Void) {
        lock.lock()
        stopLogger = logger
        lock.unlock()
    }
}
