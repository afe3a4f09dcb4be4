import CSystemCalls

#if canImport(Glibc)
    import Glibc
#endif

/// The Linux calls that Swift's Glibc module does not offer as plain functions (`renameat2`,
/// `openat` with its flags) or that the build depends on for its guarantees (`flock`,
/// `madvise`, opening without following symbolic links). This is the only file that imports
/// the `CSystemCalls` shim, and the only place these calls are made.
enum SystemCalls {
    /// Swaps two entries of the directory `directory` in one step, so that readers see one or
    /// the other and never neither.
    /// - Returns: whether the exchange happened (false when the file system cannot do it).
    static func exchange(in directory: Int32, _ first: String, _ second: String) -> Bool {
        csys_exchange_at(directory, first, second) == 0
    }

    /// Opens the directory `name` in `directory` as a handle for the `*at` calls; -1 (errno
    /// ELOOP) when `name` is a symbolic link.
    static func openDirectory(in directory: Int32, _ name: String) -> Int32 {
        csys_open_directory(directory, name)
    }

    /// Opens the directory `name` in `directory` to list it; -1 when it is a symbolic link.
    static func openListing(in directory: Int32, _ name: String) -> Int32 {
        csys_open_listing(directory, name)
    }

    /// Opens `name` in `directory` read-only; -1 when it is a symbolic link.
    static func openForReading(in directory: Int32, _ name: String) -> Int32 {
        csys_open_read(directory, name)
    }

    /// Creates the new file `name` in `directory`; -1 (EEXIST) when anything has that name.
    static func createNewFile(in directory: Int32, _ name: String) -> Int32 {
        csys_create_new(directory, name)
    }

    /// Opens or creates the lock file `name` in `directory`; -1 (ELOOP) when it is a link.
    static func openLockFile(in directory: Int32, _ name: String) -> Int32 {
        csys_open_lock(directory, name)
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
