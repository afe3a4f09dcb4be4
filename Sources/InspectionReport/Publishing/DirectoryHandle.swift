import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An open directory that the tool reads and writes through without ever following a
/// symbolic link: every directory is opened one component at a time with `O_NOFOLLOW`, files
/// are created new (`O_EXCL`, so never through a link or into another file) and read with
/// `O_NOFOLLOW`, and entries are examined with `fstatat(AT_SYMLINK_NOFOLLOW)`.
final class DirectoryHandle {
    /// An `O_PATH` descriptor of the directory.
    let fd: Int32
    /// Its absolute path, for messages.
    let path: String

    private init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
    }

    deinit { close(fd) }

    /// Why a directory could not be opened.
    enum OpenError: Error {
        /// A component is a symbolic link (or not a directory) where a directory was needed.
        case link(String)
        /// Another failure (with `strerror`'s words).
        case failed(String, String)
    }

    /// Opens the directory at an absolute path, creating the missing directories when
    /// `create`; refuses a symbolic link at any component.
    static func open(_ absolute: String, create: Bool) throws(OpenError) -> DirectoryHandle {
        let fd = Glibc.open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .failed("/", String(cString: strerror(errno))) }
        var handle = DirectoryHandle(fd: fd, path: "")
        for component in absolute.split(separator: "/") where component != "." {
            handle = try handle.directory(String(component), create: create)
        }
        return handle
    }

    /// Opens the directory at an absolute path, or nil when it does not exist or a component
    /// is a link.
    static func existing(_ absolute: String) -> DirectoryHandle? {
        try? open(absolute, create: false)
    }

    /// The path of an entry, for messages.
    func child(_ name: String) -> String { path + "/" + name }

    /// Opens the subdirectory `name`, creating it when `create`; refuses a symbolic link.
    func directory(_ name: String, create: Bool) throws(OpenError) -> DirectoryHandle {
        if create, mkdirat(fd, name, 0o755) != 0, errno != EEXIST {
            throw .failed(child(name), String(cString: strerror(errno)))
        }
        let sub = SystemCalls.openDirectory(in: fd, name)
        guard sub >= 0 else {
            if errno == ELOOP || errno == ENOTDIR, kind(name) == .link { throw .link(child(name)) }
            throw .failed(child(name), String(cString: strerror(errno)))
        }
        return DirectoryHandle(fd: sub, path: child(name))
    }

    /// Opens the directory at a relative path (`forces`, `a/b`), creating what is missing when
    /// `create`.
    func directory(relative: some StringProtocol, create: Bool) throws(OpenError) -> DirectoryHandle {
        var handle = self
        for component in relative.split(separator: "/") { handle = try handle.directory(String(component), create: create) }
        return handle
    }

    /// What an entry is, without following a link.
    enum Kind: Equatable { case missing, file, directory, link, other }

    /// The kind of entry `name`, and its `stat` when it exists.
    func kind(_ name: String) -> Kind { status(name).kind }

    /// The entry's kind and `stat`, without following a link.
    func status(_ name: String) -> (kind: Kind, stat: stat) {
        var st = stat()
        guard fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 else { return (.missing, st) }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return (.file, st)
        case S_IFDIR: return (.directory, st)
        case S_IFLNK: return (.link, st)
        default: return (.other, st)
        }
    }

    /// The names in the directory (`.` and `..` aside), or nil when it cannot be listed.
    func entries() -> [String]? {
        let listing = SystemCalls.openListing(in: fd, ".")
        guard listing >= 0, let dir = fdopendir(listing) else { return nil }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// The bytes of the regular file `name`, or nil when it is missing, a link or not a
    /// regular file. With `size`, nil also when the file has another size (nothing is read).
    func contents(_ name: String, size: Int? = nil) -> [UInt8]? {
        let file = SystemCalls.openForReading(in: fd, name)
        guard file >= 0 else { return nil }
        defer { close(file) }
        var st = stat()
        guard fstat(file, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        let count = Int(st.st_size)
        if let size, size != count { return nil }
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = bytes.withUnsafeMutableBytes { Glibc.read(file, $0.baseAddress! + done, count - done) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { return nil }
            done += n
        }
        return bytes
    }

    /// Writes `bytes` as the new file `name`, first removing a file of that name (so a file
    /// hard-linked into this directory is replaced, never written through).
    func write(_ name: String, _ bytes: [UInt8]) throws(OpenError) {
        if kind(name) == .file { _ = unlinkat(fd, name, 0) }
        let file = SystemCalls.createNewFile(in: fd, name)
        guard file >= 0 else {
            if kind(name) == .link { throw .link(child(name)) }
            throw .failed(child(name), String(cString: strerror(errno)))
        }
        defer { close(file) }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(file, $0.baseAddress! + done, bytes.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .failed(child(name), String(cString: strerror(errno)))
            }
            done += n
        }
    }

    /// Hard-links the regular file `name` of `source` here under the same name when it holds
    /// exactly `bytes`. A link, or anything but a regular file, is never linked: the new entry
    /// is checked to be the very regular file that was compared, and removed otherwise.
    /// - Returns: whether the link was made.
    func link(_ name: String, from source: DirectoryHandle, ifHolding bytes: [UInt8]) -> Bool {
        let compared = source.status(name)
        guard compared.kind == .file, source.contents(name, size: bytes.count) == bytes else { return false }
        guard linkat(source.fd, name, fd, name, 0) == 0 else { return false }
        let linked = status(name)
        if linked.kind == .file, linked.stat.st_ino == compared.stat.st_ino, linked.stat.st_dev == compared.stat.st_dev,
            linked.stat.st_size == compared.stat.st_size
        {
            return true
        }
        _ = unlinkat(fd, name, 0)
        return false
    }

    /// Removes the entry `name` and, for a directory, everything in it, never following a
    /// link (a link is removed, not what it points to).
    func remove(_ name: String) {
        if kind(name) == .directory, let sub = try? directory(name, create: false) {
            for entry in sub.entries() ?? [] { sub.remove(entry) }
            _ = unlinkat(fd, name, AT_REMOVEDIR)
        } else {
            _ = unlinkat(fd, name, 0)
        }
    }

    /// Renames the entry `from` to `to` inside this directory.
    func rename(_ from: String, to: String) -> Bool {
        renameat(fd, from, fd, to) == 0
    }
}

extension DirectoryHandle.OpenError {
    /// The build error: a link is refused (exit 65); any other failure is an output error.
    var buildError: BuildError {
        switch self {
        case .link(let path):
            .unsafeOutput(
                """
                refusing to write through \(path): it is a symbolic link (or not a directory), and inspection-report never writes through \
                links; remove it, or choose another --out
                """
            )
        case .failed(let path, let reason):
            .output("cannot write \(path): \(reason)")
        }
    }
}
