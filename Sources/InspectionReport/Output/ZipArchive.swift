import Foundation
internal import ZIPFoundation

/// A ZIP archive built in memory: the only file that uses ZIPFoundation (as
/// `Markdown/CommonMark.swift` is the only one that uses libcmark).
///
/// Entries are written in the order given, each with the same modification date, so the
/// same entries give the same bytes. Nothing touches the file system.
enum ZipArchive {
    /// A file of the archive.
    struct Entry: Sendable {
        /// The path inside the archive.
        var path: String
        var bytes: [UInt8]
        /// Deflated when true, stored as it is when false (an OpenDocument `mimetype` must be stored).
        var compressed: Bool

        init(path: String, bytes: [UInt8], compressed: Bool = true) {
            self.path = path
            self.bytes = bytes
            self.compressed = compressed
        }
    }

    /// The archive's bytes.
    /// - Parameter modified: the modification date of every entry (ZIP stores it to two
    ///   seconds, in UTC here; before 1980 it stores 1980-01-01).
    static func bytes(_ entries: [Entry], modified: Day) throws(BuildError) -> [UInt8] {
        let date = Date(timeIntervalSince1970: TimeInterval(modified.number) * 86_400)
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for entry in entries {
                let data = Data(entry.bytes)
                try archive.addEntry(
                    with: entry.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                    compressionMethod: entry.compressed ? .deflate : .none,
                    bufferSize: max(1, min(data.count, 1 << 20))
                ) { position, size in
                    data.subdata(in: Int(position)..<(Int(position) + size))
                }
            }
            guard let data = archive.data else { throw BuildError.output("cannot build a ZIP archive in memory") }
            return [UInt8](data)
        } catch let error as BuildError {
            throw error
        } catch {
            throw .output("cannot build a ZIP archive in memory: \(error)")
        }
    }
}
