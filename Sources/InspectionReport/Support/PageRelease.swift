#if canImport(Glibc)
    import Glibc
#endif

/// Releases pages of a read-only file mapping that are no longer needed, so that resident
/// memory holds the part of the file being parsed rather than all of it. A released page is
/// read again from the page cache if it is touched later, so this never changes a result.
enum PageRelease {
    static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
    /// Release in steps of this many bytes.
    static let stride = 8 << 20

    static func roundUp(_ offset: Int) -> Int { (offset + pageSize - 1) / pageSize * pageSize }

    /// Releases the whole pages in `[from, to)` and returns the new release point.
    static func release(_ base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
        let end = to / pageSize * pageSize
        guard end > from else { return from }
        SystemCalls.releasePages(base + from, end - from)
        return end
    }
}
