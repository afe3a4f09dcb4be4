import CSystemCalls
#if canImport(Glibc)
import Glibc
#endif

/// The Linux calls that Swift's Glibc module does not offer as plain functions (`renameat2`)
/// or that the build depends on for its guarantees (`flock`, `madvise`). This is the only file
/// that imports the `CSystemCalls` shim, and the only place these calls are made.
enum SystemCalls {
    /// Swaps two paths in one step, so that readers see one or the other and never neither.
    /// - Returns: whether the exchange happened (false when the file system cannot do it).
    static func exchange(_ first: String, _ second: String) -> Bool {
        csys_exchange_paths(first, second) == 0
    }

    /// The outcome of trying to take an exclusive lock without waiting.
    enum LockAttempt: Equatable {
        case taken
        /// Another process holds it (or the call was interrupted): try again later.
        case busy
        /// The call failed for another reason, described.
        case failed(String)
    }

    /// Tries to take an exclusive `flock` on `fd` without blocking.
    static func tryLockExclusive(_ fd: Int32) -> LockAttempt {
        if csys_lock_exclusive(fd) == 0 { return .taken }
        if errno == EWOULDBLOCK || errno == EINTR { return .busy }
        return .failed(String(cString: strerror(errno)))
    }

    /// Releases an `flock` on `fd`.
    static func unlock(_ fd: Int32) {
        _ = csys_unlock(fd)
    }

    /// Releases the pages of a read-only mapping in `[address, address + length)`; they are
    /// read again from the page cache if touched later.
    static func releasePages(_ address: UnsafeRawPointer, _ length: Int) {
        _ = csys_release_pages(address, length)
    }
}
