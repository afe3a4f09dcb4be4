/// The bytes of every input of a build, read once: settings first, then the CSV files in the
/// order of ``InputFile``.
struct InputSnapshot: Sendable {
    /// The settings file's name as messages show it.
    var settingsName: String
    /// Settings, forces, cases, recommendations, progress.
    var contents: [FileContents]

    init(settingsName: String, contents: [FileContents]) {
        self.settingsName = settingsName
        self.contents = contents
    }

    /// The bytes of a CSV input.
    func bytes(_ file: InputFile) -> UnsafeBufferPointer<UInt8> { contents[file.rawValue + 1].buffer }

    /// File names in the order of ``contents``.
    var names: [String] { ["report.yml"] + InputFile.allCases.map(\.fileName) }

    /// The identity (size, times, inode) of every input, in the order of ``contents``.
    var signatures: [(name: String, signature: String)] {
        zip(names, contents).map { ($0.0, $0.1.signature) }
    }

    /// SHA-256 of every input, in the order of ``contents``.
    func digests() -> [Provenance.Input] {
        zip(names, contents).map { Provenance.Input(name: $0.0, sha256: Digest.sha256($0.1.buffer), bytes: $0.1.buffer.count) }
    }
}
