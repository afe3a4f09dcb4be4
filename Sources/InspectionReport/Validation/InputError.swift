import Foundation

/// A fatal problem with the inputs: the build stops before anything is written.
public struct InputError: Error, LocalizedError, Sendable {
    /// Every problem found before stopping (at least one).
    var diagnostics: [Diagnostic]

    init(_ diagnostic: Diagnostic) { diagnostics = [diagnostic] }
    init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var errorDescription: String? {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
