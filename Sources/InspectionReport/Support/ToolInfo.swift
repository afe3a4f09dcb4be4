/// The tool's identity, for `--version` and provenance.
public enum ToolInfo {
    /// The release version.
    public static let version = "0.2.0"
}
