/// Where a publication came from: the SHA-256 of every input, the tool version, the settings.
public struct Provenance: Sendable {
    public struct Input: Sendable {
        public var name: String
        public var sha256: String
        public var bytes: Int
    }

    public var inputs: [Input]
    public var templates: [Input]
    public var toolVersion: String
    public var cmarkVersion: String
    public var audience: Audience
}
