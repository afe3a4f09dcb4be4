import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A fresh directory beside the output that a build writes into, then swaps into place.
///
/// Readers see either the old output or the new one, never a mix: the swap is one
/// `renameat2(RENAME_EXCHANGE)` where the file system supports it. The build writes only
/// inside its own staging directory, through ``DirectoryHandle``: no symbolic link is ever
/// followed or copied, and a published file is hard-linked only when it is a regular file.
struct StagedOutput {
    /// The output directory (canonical and absolute: ``OutputPath/canonical``).
    let target: String
    /// Where this build writes.
    let staging: String
    /// The directory that holds the output, its staging directory and the lock.
    private let parent: DirectoryHandle
    /// The staging directory, open.
    private let stagingDirectory: DirectoryHandle
    /// The output's name, and the staging directory's, in `parent`.
    private let name: String, stagingName: String

    static let stagingMarker = ".staging-"
    static let retiredMarker = ".retired-"

    /// Creates the staging directory, first removing any left by builds that died.
    init(target: String) throws(BuildError) {
        self.target = target
        let parentPath = (target as NSString).deletingLastPathComponent
        name = (target as NSString).lastPathComponent
        do {
            parent = try DirectoryHandle.open(parentPath, create: true)
        } catch {
            throw error.buildError
        }
        Self.removeLeftovers(in: parent, name: name)
        stagingName = "." + name + Self.stagingMarker + String(getpid())
        staging = parent.child(stagingName)
        parent.remove(stagingName)
        guard mkdirat(parent.fd, stagingName, 0o755) == 0 else {
            throw .output("cannot create \(staging): \(String(cString: strerror(errno)))")
        }
        do {
            stagingDirectory = try parent.directory(stagingName, create: false)
        } catch {
            throw error.buildError
        }
    }

    /// Removes the staging and retired directories that dead builds left beside `target`.
    static func removeLeftovers(of target: String) {
        guard let parent = DirectoryHandle.existing((target as NSString).deletingLastPathComponent) else { return }
        removeLeftovers(in: parent, name: (target as NSString).lastPathComponent)
    }

    /// Removes staging and retired directories of this output whose process is gone (a link
    /// of such a name is removed, never followed).
    static func removeLeftovers(in parent: DirectoryHandle, name: String) {
        for entry in parent.entries() ?? [] {
            for marker in [stagingMarker, retiredMarker] {
                let prefix = "." + name + marker
                guard entry.hasPrefix(prefix), let pid = Int32(entry.dropFirst(prefix.count)) else { continue }
                if pid == getpid() || !ProcessLiveness.isAlive(pid) { parent.remove(entry) }
            }
        }
    }

    /// Writes a file at a path relative to the output, creating folders as needed. A file
    /// whose bytes equal the published one, a regular file, is hard-linked to it instead of
    /// written again (the published output is never modified either way).
    func write(_ relativePath: String, _ bytes: [UInt8]) throws(BuildError) {
        let folder = (relativePath as NSString).deletingLastPathComponent
        let file = (relativePath as NSString).lastPathComponent
        do {
            let directory = try stagingDirectory.directory(relative: folder, create: true)
            if let published = try? parent.directory(relative: name + "/" + folder, create: false),
                directory.link(file, from: published, ifHolding: bytes)
            {
                return
            }
            try directory.write(file, bytes)
        } catch {
            throw error.buildError
        }
    }

    /// Copies the published output's files at `paths` (relative) into the staging directory,
    /// for a partial rebuild, and returns what it copied. Only regular files are copied: a
    /// link, or a missing file, is left out.
    func copyPublished(_ paths: [String]) throws(BuildError) -> [(String, [UInt8])] {
        guard let published = try? parent.directory(name, create: false) else { return [] }
        var copied: [(String, [UInt8])] = []
        for path in paths {
            let folder = (path as NSString).deletingLastPathComponent
            guard let directory = try? published.directory(relative: folder, create: false),
                let bytes = directory.contents((path as NSString).lastPathComponent)
            else { continue }
            try write(path, bytes)
            copied.append((path, bytes))
        }
        return copied
    }

    /// Swaps the staging directory into place and removes the previous output.
    /// - Parameter afterSwap: called once the new output is in place, before the previous
    ///   one is removed.
    func commit(afterSwap: () -> Void = {}) throws(BuildError) {
        if parent.kind(name) != .missing {
            if SystemCalls.exchange(in: parent.fd, stagingName, name) {
                // The staging name now holds the previous output.
                afterSwap()
                parent.remove(stagingName)
                return
            }
            let retired = "." + name + Self.retiredMarker + String(getpid())
            guard parent.rename(name, to: retired) else {
                throw .output("cannot move the previous output aside: \(String(cString: strerror(errno)))")
            }
            guard parent.rename(stagingName, to: name) else {
                let reason = String(cString: strerror(errno))
                _ = parent.rename(retired, to: name)
                throw .output("cannot move the new output into place: \(reason)")
            }
            afterSwap()
            parent.remove(retired)
        } else {
            guard parent.rename(stagingName, to: name) else {
                throw .output("cannot move the new output into place: \(String(cString: strerror(errno)))")
            }
            afterSwap()
        }
    }

    /// Removes the staging directory after a failure.
    func discard() {
        parent.remove(stagingName)
    }
}
