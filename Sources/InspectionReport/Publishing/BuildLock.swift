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
    init(output: String, wait: Double) throws(BuildError) {
        let absolute = URL(fileURLWithPath: output).standardizedFileURL.path
        let parent = (absolute as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        path = parent + "/." + (absolute as NSString).lastPathComponent + ".lock"
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .output("cannot open the lock file \(path): \(String(cString: strerror(errno)))") }
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
