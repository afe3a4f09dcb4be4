/// What a published output was built from: the identity of every input (size, modification
/// and change times, inode: as `make` and `git` judge change), the hashes of every template,
/// the settings, the tool version and the audience. A build whose manifest equals the
/// published one has nothing to do. The inputs' SHA-256 are recorded too, for the record,
/// and so is every published file's size and SHA-256, so that a site edited or damaged by
/// hand is noticed (``SiteCheck``) and rebuilt.
struct BuildManifest: Sendable, Equatable {
    /// `key value` lines in a fixed order.
    var entries: [(String, String)]

    /// The file name inside the output directory.
    static let fileName = ".build-manifest"

    init(inputs: [(name: String, signature: String)], templates: [Provenance.Input], options: BuildOptions) {
        var entries: [(String, String)] = [
            ("tool", ToolInfo.version), ("audience", options.audience.name),
            ("strict", options.strict ? "yes" : "no"),
            ("suppression-file", options.suppressionFile ? "yes" : "no"),
            ("published", options.publishedToday ? "today" : options.generatedOn?.description ?? "as_of"),
        ]
        for input in inputs { entries.append(("input " + input.name, input.signature)) }
        for template in templates { entries.append(("template " + template.name, template.sha256)) }
        self.entries = entries
    }

    init(entries: [(String, String)]) { self.entries = entries }

    /// The manifest with the inputs' SHA-256 added (not compared).
    func recording(_ digests: [Provenance.Input]) -> BuildManifest {
        BuildManifest(entries: entries + digests.map { ("sha256 " + $0.name, $0.sha256) })
    }

    /// The manifest with the size and SHA-256 of every published file, sorted by path, in
    /// place of any it listed.
    func listing(_ files: [(String, [UInt8])]) -> BuildManifest {
        let listed = files.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
            .map { ("file " + $0.0, "\($0.1.count) \(Digest.sha256($0.1))") }
        return BuildManifest(entries: entries.filter { !$0.0.hasPrefix("file ") } + listed)
    }

    /// The manifest of a site whose scorecards `--only` re-rendered: its templates are now a
    /// mix, recorded as such, so that the next full build renders every page again (it
    /// compares unequal), while `--only` may still be run again (templates aside, the figures
    /// are the same).
    func rerendered() -> BuildManifest {
        BuildManifest(entries: entries.map { $0.0.hasPrefix("template ") ? ($0.0, "mixed by --only") : $0 })
    }

    /// The published files it lists: path (relative to the output), size and SHA-256.
    var files: [(path: String, size: Int, sha256: String)] {
        entries.compactMap { key, value in
            guard key.hasPrefix("file ") else { return nil }
            let parts = value.split(separator: " ")
            guard parts.count == 2, let size = Int(parts[0]) else { return nil }
            return (String(key.dropFirst(5)), size, String(parts[1]))
        }
    }

    /// The entries that decide whether anything changed (the inputs' hashes and the
    /// published files are records, not inputs).
    var compared: [(String, String)] { entries.filter { !$0.0.hasPrefix("sha256 ") && !$0.0.hasPrefix("file ") } }

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
        BuildManifest(
            entries: text.split(separator: "\n").compactMap { line in
                let parts = line.split(separator: "\t", maxSplits: 1)
                return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
            })
    }

    static func == (lhs: BuildManifest, rhs: BuildManifest) -> Bool {
        let a = lhs.compared, b = rhs.compared
        return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    }
}
