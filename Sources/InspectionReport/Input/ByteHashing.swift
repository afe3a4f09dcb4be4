/// Helpers for comparing and hashing ids as bytes.
/// FNV-1a over bytes: a fast, deterministic hash for ids (Swift's `Hasher` is seeded per process).
@inline(__always)
func fnv1a(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
        h ^= UInt64(b)
        h = h &* 0x0000_0100_0000_01b3
    }
    return h
}

/// ``fnv1a(_:)``, and in the same pass whether any byte is outside printable ASCII (so the id
/// may hold a control character: ``TextRules/hasControlCharacter(_:markdown:)`` decides).
@inline(__always)
func fnv1aNotingUnusualBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, unusual: Bool) {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    var unusual = false
    for b in bytes {
        h ^= UInt64(b)
        h = h &* 0x0000_0100_0000_01b3
        unusual = unusual || b &- 0x20 >= 0x5F
    }
    return (h, unusual)
}

@inline(__always)
func memcmpEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    for i in 0..<a.count where a[i] != b[i] { return false }
    return true
}
