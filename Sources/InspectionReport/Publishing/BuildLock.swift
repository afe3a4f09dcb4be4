import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An exclusive lock on an output directory, held for the whole build.
///
/// It is an `flock` on a file beside the output, so the kernel releases it when a build dies,
/// however it dies: a lock file left by a killed build is simply taken over. The file holds
/// the holder's process id for the message a second build prints.
final class BuildLock {
    let path: String
    private var fd: Int32

    /// Takes the lock, waiting up to `wait` seconds for another build to finish.
    /// - Parameter output: the output's canonical absolute path (``OutputPath/canonical``).
    ///
    /// The lock file is opened without following a link (`O_NOFOLLOW`) and must be a regular
    /// file with no other name, so a link or hard link planted there never makes the build
    /// truncate another file.
    init(output: String, wait: Double) throws(BuildError) {
        let parentPath = (output as NSString).deletingLastPathComponent
        let name = "." + (output as NSString).lastPathComponent + ".lock"
        let parent: DirectoryHandle
        do {
            parent = try DirectoryHandle.open(parentPath, create: true)
        } catch {
            throw error.buildError
        }
        path = parent.child(name)
        fd = SystemCalls.openLockFile(in: parent.fd, name)
        guard fd >= 0 else {
            if errno == ELOOP {
                throw .unsafeOutput(
                    """
                    refusing to use the lock file \(path): it is a symbolic link, and the build never writes through links; remove it (rm \
                    \(path)) and build again
                    """
                )
            }
            throw .output("cannot open the lock file \(path): \(String(cString: strerror(errno)))")
        }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_nlink == 1 else {
            close(fd)
            throw .unsafeOutput(
                """
                refusing to use the lock file \(path): it is not a regular file of its own (a special file, or a hard link to another file); \
                remove it (rm \(path)) and build again
                """
            )
        }
        let deadline = Date().addingTimeInterval(wait)
        while true {
            let attempt = SystemCalls.tryLockExclusive(fd)
            if attempt == .taken { break }
            if case .failed(let reason) = attempt {
                close(fd)
                throw .output("cannot lock \(path): \(reason)")
            }
            if Date() >= deadline {
                let holder = Self.holder(fd)
                close(fd)
                throw .lockHeld(path: path, pid: holder)
            }
            usleep(50_000)
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }

    static func holder(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 31, 0) }
        guard n > 0 else { return nil }
        return Int32(String(decoding: buffer[0..<n], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Releases the lock (the file stays, unlocked, for the next build).
    func release() {
        guard fd >= 0 else { return }
        SystemCalls.unlock(fd)
        close(fd)
        fd = -1
    }

    deinit { release() }
}
