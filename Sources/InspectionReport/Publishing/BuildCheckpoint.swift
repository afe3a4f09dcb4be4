/// A named point in a build, reported through ``BuildOptions/reached`` so that tests can stop
/// a build there (kill it, or hold it) and check what readers of the output see.
public enum BuildCheckpoint: Sendable, Hashable, CustomStringConvertible {
    /// The output's lock is held; nothing has been read yet.
    case locked
    /// `file` of `total` output files are written into the staging directory.
    case staged(file: Int, of: Int)
    /// Every file is staged; the previous output is still the published one.
    case beforeSwap
    /// The new output is in place; the previous one is not yet removed.
    case afterSwap

    public var description: String {
        switch self {
        case .locked: "locked"
        case .staged(let file, let total): "staged \(file)/\(total)"
        case .beforeSwap: "before-swap"
        case .afterSwap: "after-swap"
        }
    }
}
