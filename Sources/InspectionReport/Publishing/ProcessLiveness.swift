#if canImport(Glibc)
    import Glibc
#endif

/// Whether a process id names a running process.
enum ProcessLiveness {
    static func isAlive(_ pid: Int32) -> Bool {
        if pid <= 0 { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
