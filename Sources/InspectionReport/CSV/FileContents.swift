#if canImport(Glibc)
    import Glibc
#endif

/// The bytes of an input file, mapped into memory (read-only, populated at once) when the
/// file is large, read into an array otherwise. The mapping lives as long as this object.
final class FileContents: @unchecked Sendable {
    /// The file's bytes.
    let buffer: UnsafeBufferPointer<UInt8>
    /// Size, modification and change times (ns) and inode when read: the file's identity for
    /// change detection.
    var signature = ""
    private let storage: [UInt8]
    private let mapping: UnsafeMutableRawPointer?

    /// Whether the bytes are a read-only mapping of the file, whose pages can be released and
    /// read again from the page cache.
    var isMapped: Bool { mapping != nil }
    private let mappedLength: Int

    /// Files at least this large are mapped.
    static let mapThreshold = 1 << 20

    /// Wraps bytes held in memory.
    init(bytes: [UInt8]) {
        storage = bytes
        mapping = nil
        mappedLength = 0
        buffer = storage.withUnsafeBufferPointer { $0 }
    }

    private init(mapping: UnsafeMutableRawPointer, length: Int) {
        storage = []
        self.mapping = mapping
        mappedLength = length
        buffer = UnsafeBufferPointer(start: mapping.assumingMemoryBound(to: UInt8.self), count: length)
    }

    deinit {
        if let mapping { munmap(mapping, mappedLength) }
    }

    /// Reads or maps the file at `path`.
    static func load(_ path: String) throws(FileBytes.ReadError) -> FileContents {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileBytes.ReadError(path: path, reason: String(cString: strerror(errno))) }
        var st = stat()
        let size = fstat(fd, &st) == 0 ? Int(st.st_size) : -1
        let signature = "\(st.st_size) \(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec) \(st.st_ctim.tv_sec).\(st.st_ctim.tv_nsec) \(st.st_ino)"
        defer { close(fd) }
        let contents: FileContents
        if size >= mapThreshold, let p = mmap(nil, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0), p != MAP_FAILED {
            contents = FileContents(mapping: p, length: size)
        } else {
            contents = FileContents(bytes: try FileBytes.read(path))
        }
        contents.signature = signature
        return contents
    }
}
