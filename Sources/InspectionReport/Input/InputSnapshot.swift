/// The bytes of every input of a build, read once: settings first, then the CSV files that
/// are present in the order of ``InputFile`` (every required one; an optional one when the
/// dataset directory holds it).
struct InputSnapshot: Sendable {
    /// The settings file's name as messages show it.
    var settingsName: String
    /// Settings, then the CSV inputs of ``files`` in their order.
    var contents: [FileContents]
    /// The CSV inputs present, in the order of ``InputFile``.
    var files: [InputFile]

    init(settingsName: String, contents: [FileContents], files: [InputFile]) {
        precondition(contents.count == files.count + 1, "one FileContents for the settings and each CSV input")
        self.settingsName = settingsName
        self.contents = contents
        self.files = files
    }

    /// The contents of a CSV input, or nil when the (optional) file is absent.
    func contents(of file: InputFile) -> FileContents? {
        files.firstIndex(of: file).map { contents[$0 + 1] }
    }

    /// Whether the dataset directory holds the file.
    func isPresent(_ file: InputFile) -> Bool { files.contains(file) }

    /// The bytes of a CSV input that is present (every required one is).
    func bytes(_ file: InputFile) -> UnsafeBufferPointer<UInt8> {
        guard let contents = contents(of: file) else { preconditionFailure("\(file.fileName) is not in the snapshot") }
        return contents.buffer
    }

    /// File names in the order of ``contents``.
    var names: [String] { ["report.yml"] + files.map(\.fileName) }

    /// The identity (size, times, inode) of every input, in the order of ``contents``. An
    /// optional file that appears or disappears changes the list, so a build notices it.
    var signatures: [(name: String, signature: String)] {
        zip(names, contents).map { ($0.0, $0.1.signature) }
    }

    /// SHA-256 of every input, in the order of ``contents``.
    func digests() -> [Provenance.Input] {
        zip(names, contents).map { Provenance.Input(name: $0.0, sha256: Digest.sha256($0.1.buffer), bytes: $0.1.buffer.count) }
    }
}
