import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A fresh directory beside the output that a build writes into, then swaps into place.
///
/// Readers see either the old output or the new one, never a mix: the swap is one
/// `renameat2(RENAME_EXCHANGE)` where the file system supports it.
struct StagedOutput {
    /// The output directory (absolute).
    let target: String
    /// Where this build writes.
    let staging: String

    static let stagingMarker = ".staging-"
    static let retiredMarker = ".retired-"

    /// Creates the staging directory, first removing any left by builds that died.
    init(target: String) throws(BuildError) {
        let absolute = URL(fileURLWithPath: target).standardizedFileURL.path
        self.target = absolute
        let parent = (absolute as NSString).deletingLastPathComponent
        let name = (absolute as NSString).lastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw .output("cannot create \(parent): \(error.localizedDescription)")
        }
        Self.removeLeftovers(parent: parent, name: name)
        staging = parent + "/." + name + Self.stagingMarker + String(getpid())
        try? FileManager.default.removeItem(atPath: staging)
        do {
            try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: false)
        } catch {
            throw .output("cannot create \(staging): \(error.localizedDescription)")
        }
    }

    /// Removes the staging and retired directories that dead builds left beside `target`.
    static func removeLeftovers(of target: String) {
        let absolute = URL(fileURLWithPath: target).standardizedFileURL.path
        removeLeftovers(parent: (absolute as NSString).deletingLastPathComponent, name: (absolute as NSString).lastPathComponent)
    }

    /// Removes staging and retired directories of this output whose process is gone.
    static func removeLeftovers(parent: String, name: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for entry in entries {
            for marker in [stagingMarker, retiredMarker] {
                let prefix = "." + name + marker
                guard entry.hasPrefix(prefix), let pid = Int32(entry.dropFirst(prefix.count)) else { continue }
                if pid == getpid() || !ProcessLiveness.isAlive(pid) {
                    try? FileManager.default.removeItem(atPath: parent + "/" + entry)
                }
            }
        }
    }

    /// Writes a file at a path relative to the output, creating folders as needed. A file
    /// whose bytes equal the published one is hard-linked to it instead of written again
    /// (the published output is never modified either way).
    func write(_ relativePath: String, _ bytes: [UInt8]) throws(BuildError) {
        let path = staging + "/" + relativePath
        let published = target + "/" + relativePath
        let folder = (path as NSString).deletingLastPathComponent
        if folder != staging {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .output("cannot create \(folder): \(error.localizedDescription)")
            }
        }
        if Self.hasSameBytes(published, bytes), link(published, path) == 0 { return }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw .output("cannot create \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, bytes.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .output("cannot write \(path): \(String(cString: strerror(errno)))")
            }
            done += n
        }
    }

    /// Whether the file at `path` holds exactly `bytes`.
    static func hasSameBytes(_ path: String, _ bytes: [UInt8]) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, Int(st.st_size) == bytes.count else { return false }
        var existing = [UInt8](repeating: 0, count: bytes.count)
        var done = 0
        while done < bytes.count {
            let n = existing.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + done, bytes.count - done) }
            if n <= 0 { return false }
            done += n
        }
        return existing == bytes
    }

    /// Copies the published output into the staging directory (for a partial rebuild).
    func copyExisting() throws(BuildError) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: target) else { return }
        for entry in entries {
            do {
                try FileManager.default.copyItem(atPath: target + "/" + entry, toPath: staging + "/" + entry)
            } catch {
                throw .output("cannot copy \(entry) from the published output: \(error.localizedDescription)")
            }
        }
    }

    /// Swaps the staging directory into place and removes the previous output.
    /// - Parameter afterSwap: called once the new output is in place, before the previous
    ///   one is removed.
    func commit(afterSwap: () -> Void = {}) throws(BuildError) {
        let parent = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        if FileManager.default.fileExists(atPath: target) {
            if SystemCalls.exchange(staging, target) {
                // The staging path now holds the previous output.
                afterSwap()
                try? FileManager.default.removeItem(atPath: staging)
                return
            }
            let retired = parent + "/." + name + Self.retiredMarker + String(getpid())
            guard rename(target, retired) == 0 else {
                throw .output("cannot move the previous output aside: \(String(cString: strerror(errno)))")
            }
            guard rename(staging, target) == 0 else {
                let reason = String(cString: strerror(errno))
                _ = rename(retired, target)
                throw .output("cannot move the new output into place: \(reason)")
            }
            afterSwap()
            try? FileManager.default.removeItem(atPath: retired)
        } else {
            guard rename(staging, target) == 0 else {
                throw .output("cannot move the new output into place: \(String(cString: strerror(errno)))")
            }
            afterSwap()
        }
    }

    /// Removes the staging directory after a failure.
    func discard() {
        try? FileManager.default.removeItem(atPath: staging)
    }
}
