/// FNV-1a over bytes: a fast, deterministic hash for ids (Swift's `Hasher` is seeded per process).
@inlinable @inline(__always)
func fnv1a(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
        h ^= UInt64(b)
        h = h &* 0x0000_0100_0000_01b3
    }
    return h
}

/// Looks up force ids from bytes without creating strings.
struct ForceLookup: Sendable {
    private var slots: [Int32]
    private var keys: [[UInt8]]
    private let mask: Int

    init(ids: [String]) {
        var capacity = 16
        while capacity < ids.count * 4 { capacity <<= 1 }
        mask = capacity - 1
        slots = [Int32](repeating: -1, count: capacity)
        keys = ids.map { Array($0.utf8) }
        for (i, key) in keys.enumerated() {
            var slot = key.withUnsafeBufferPointer { Int(truncatingIfNeeded: fnv1a($0)) } & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(i)
        }
    }

    /// The index of the force whose id is exactly `bytes`.
    @inline(__always)
    func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var slot = Int(truncatingIfNeeded: fnv1a(bytes)) & mask
        while true {
            let i = Int(slots[slot])
            if i < 0 { return nil }
            let key = keys[i]
            if key.count == bytes.count, key.withUnsafeBufferPointer({ k in
                memcmpEqual(k, bytes)
            }) { return i }
            slot = (slot + 1) & mask
        }
    }
}

@inline(__always)
func memcmpEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    for i in 0..<a.count where a[i] != b[i] { return false }
    return true
}
