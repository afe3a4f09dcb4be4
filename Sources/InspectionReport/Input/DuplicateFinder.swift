/// Finds rows whose `case_id` repeats an earlier accepted row, without a `String` per row.
///
/// Ids are hashed as bytes when they are parsed; here each hash is looked up in an open
/// addressing table of 64-bit slots (upper half of the hash, row number), and only on a hash
/// match are the bytes compared. On two threads the hash space is split in two halves, each
/// judged in file order, so the first accepted occurrence is kept exactly as in one pass.
enum DuplicateFinder {
    /// For each chunk, whether each of its records repeats an earlier record's id.
    static func find(_ chunks: [CaseChunk], file: UnsafeBufferPointer<UInt8>, parallelism: Parallelism) -> [[Bool]] {
        let total = chunks.reduce(0) { $0 + $1.records.count }
        var bases: [Int] = []
        var base = 0
        for chunk in chunks {
            bases.append(base)
            base += chunk.records.count
        }
        let offsets = bases
        let partitions = parallelism.splitsDuplicateSearch(rows: total) ? 2 : 1
        nonisolated(unsafe) let shared = file
        let found = parallelism.map(partitions) { p in
            scan(chunks, bases: offsets, file: shared, partition: p, of: partitions, expected: total / partitions)
        }
        var flags = chunks.map { [Bool](repeating: false, count: $0.records.count) }
        for list in found {
            for (c, i) in list { flags[c][i] = true }
        }
        return flags
    }

    /// The duplicates among the rows whose hash falls in `partition`.
    static func scan(
        _ chunks: [CaseChunk], bases: [Int], file: UnsafeBufferPointer<UInt8>, partition: Int, of partitions: Int,
        expected: Int
    ) -> [(Int, Int)] {
        var capacity = 16
        while capacity < expected * 2 { capacity <<= 1 }
        let mask = capacity - 1
        var slots = [UInt64](repeating: 0, count: capacity)
        var duplicates: [(Int, Int)] = []
        slots.withUnsafeMutableBufferPointer { slots in
            for (c, chunk) in chunks.enumerated() {
                chunk.idHashes.withUnsafeBufferPointer { hashes in
                    for i in 0..<hashes.count {
                        let h = hashes[i]
                        if partitions == 2, Int(h >> 63) != partition { continue }
                        let tag = h & 0xFFFF_FFFF_0000_0000
                        var slot = Int(truncatingIfNeeded: h) & mask
                        var duplicate = false
                        while slots[slot] != 0 {
                            let entry = slots[slot]
                            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                                let ref = Int(entry & 0xFFFF_FFFF) - 1
                                let other = bases.lastIndex(where: { $0 <= ref })!
                                let same = chunk.idBytes(i, file: file) { mine in
                                    chunks[other].idBytes(ref - bases[other], file: file) { memcmpEqual(mine, $0) }
                                }
                                if same { duplicate = true; break }
                            }
                            slot = (slot + 1) & mask
                        }
                        if duplicate {
                            duplicates.append((c, i))
                        } else {
                            slots[slot] = tag | UInt64(bases[c] + i + 1)
                        }
                    }
                }
            }
        }
        return duplicates
    }
}
