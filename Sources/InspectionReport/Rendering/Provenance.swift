/// Where a publication came from: the SHA-256 of every input, the tool version, the settings.
struct Provenance: Sendable {
    struct Input: Sendable {
        var name: String
        var sha256: String
        var bytes: Int
    }

    var inputs: [Input]
    var templates: [Input]
    var toolVersion: String
    var cmarkVersion: String
    var audience: Audience
}
