/// What a published output was built from: the hashes of every input, template and setting,
/// the tool version and the audience. A build whose manifest equals the published one has
/// nothing to do.
public struct BuildManifest: Sendable, Equatable {
    /// `key value` lines in a fixed order.
    public var entries: [(String, String)]

    /// The file name inside the output directory.
    public static let fileName = ".build-manifest"

    public init(inputs: [Provenance.Input], templates: [(name: String, text: String)], options: BuildOptions) {
        var entries: [(String, String)] = [("tool", ToolInfo.version), ("audience", options.audience.rawValue),
                                           ("strict", options.strict ? "yes" : "no"),
                                           ("published", options.generatedOn?.description ?? "as_of")]
        for input in inputs { entries.append(("input " + input.name, input.sha256)) }
        for template in templates { entries.append(("template " + template.name, Digest.sha256(template.text))) }
        self.entries = entries
    }

    init(entries: [(String, String)]) { self.entries = entries }

    /// The manifest's bytes.
    public var text: String { entries.map { "\($0.0)\t\($0.1)" }.joined(separator: "\n") + "\n" }

    /// Reads a manifest written by ``text``.
    public static func parse(_ text: String) -> BuildManifest {
        BuildManifest(entries: text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "\t", maxSplits: 1)
            return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
        })
    }

    public static func == (lhs: BuildManifest, rhs: BuildManifest) -> Bool {
        lhs.entries.count == rhs.entries.count && zip(lhs.entries, rhs.entries).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    }
}
