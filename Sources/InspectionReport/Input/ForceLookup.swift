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
            if key.count == bytes.count,
                key.withUnsafeBufferPointer({ k in
                    memcmpEqual(k, bytes)
                })
            {
                return i
            }
            slot = (slot + 1) & mask
        }
    }
}
