import Foundation
import InspectionReport

#if canImport(Glibc)
    import Glibc
#endif

/// A one-line progress bar on standard error, shown only when it is a terminal.
enum ProgressBar {
    static var isTerminal: Bool { isatty(2) == 1 }

    static func show(_ phase: BuildPhase) {
        let width = 30
        let done = Int(phase.start * Double(width))
        let bar = String(repeating: "#", count: done) + String(repeating: ".", count: width - done)
        Console.write(2, "\r[\(bar)] \(phase.rawValue)…\u{1B}[K")
    }

    static func clear() {
        Console.write(2, "\r\u{1B}[K")
    }
}
