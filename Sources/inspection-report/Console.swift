#if canImport(Glibc)
    import Glibc
#endif

/// Writes to standard error and standard output with `write(2)`, ignoring failures: a closed
/// or broken descriptor must never stop a build (`FileHandle.write` would trap), and what
/// the build publishes never depends on whether its log could be written.
enum Console {
    static func error(_ text: String) { write(2, text + "\n") }

    static func output(_ text: String) { write(1, text + "\n") }

    /// Writes every byte of `text` to `fd`, or stops at the first error.
    static func write(_ fd: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + done, buffer.count - done)
                if n > 0 {
                    done += n
                } else if n < 0, errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }
}
