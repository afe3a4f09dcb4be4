/// What a published output was built from: the identity of every input (size, modification
/// and change times, inode: as `make` and `git` judge change), the hashes of every template,
/// the settings, the tool version and the audience. A build whose manifest equals the
/// published one has nothing to do. The inputs' SHA-256 are recorded too, for the record.
struct BuildManifest: Sendable, Equatable {
    /// `key value` lines in a fixed order.
    var entries: [(String, String)]

    /// The file name inside the output directory.
    static let fileName = ".build-manifest"

    init(inputs: [(name: String, signature: String)], templates: [Provenance.Input], options: BuildOptions) {
        var entries: [(String, String)] = [("tool", ToolInfo.version), ("audience", options.audience.rawValue),
                                           ("strict", options.strict ? "yes" : "no"),
                                           ("published", options.generatedOn?.description ?? "as_of")]
        for input in inputs { entries.append(("input " + input.name, input.signature)) }
        for template in templates { entries.append(("template " + template.name, template.sha256)) }
        self.entries = entries
    }

    init(entries: [(String, String)]) { self.entries = entries }

    /// The manifest with the inputs' SHA-256 added (not compared).
    func recording(_ digests: [Provenance.Input]) -> BuildManifest {
        BuildManifest(entries: entries + digests.map { ("sha256 " + $0.name, $0.sha256) })
    }

    /// The entries that decide whether anything changed.
    var compared: [(String, String)] { entries.filter { !$0.0.hasPrefix("sha256 ") } }

    /// Whether the two manifests describe the same inputs, settings, audience and tool,
    /// templates aside: the condition for re-rendering some scorecards into a published output
    /// without mixing two builds' figures.
    func sameFigures(as other: BuildManifest) -> Bool {
        let a = compared.filter { !$0.0.hasPrefix("template ") }, b = other.compared.filter { !$0.0.hasPrefix("template ") }
        return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    }

    /// The manifest's bytes.
    var text: String { entries.map { "\($0.0)\t\($0.1)" }.joined(separator: "\n") + "\n" }

    /// Reads a manifest written by ``text``.
    static func parse(_ text: String) -> BuildManifest {
        BuildManifest(entries: text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "\t", maxSplits: 1)
            return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
        })
    }

    static func == (lhs: BuildManifest, rhs: BuildManifest) -> Bool {
        let a = lhs.compared, b = rhs.compared
        return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    }
}
