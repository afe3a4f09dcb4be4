import Dispatch
import Foundation

/// When a build splits its work across threads, and the one way it does so.
///
/// Every parallel path gives the same bytes as the serial one; the thresholds only decide
/// when splitting is worth its cost. Tests use ``alwaysSplit`` so that the parallel paths run
/// on small inputs too, and compare them with ``serial``.
public struct Parallelism: Sendable, Hashable {
    /// Whether work may run on more than one thread at all.
    var enabled: Bool
    /// `cases.csv` is read in two halves when its body has more bytes than this.
    var minimumSplitBytes: Int
    /// Duplicate ids are judged in two hash partitions when there are at least this many rows.
    var minimumDuplicateRows: Int
    /// Cases are tallied in two halves when there are at least this many.
    var minimumTallyCases: Int

    /// Split where it pays on two cores.
    public static let automatic = Parallelism(
        enabled: true, minimumSplitBytes: 1 << 20,
        minimumDuplicateRows: 100_000, minimumTallyCases: 200_000)
    /// One thread throughout.
    public static let serial = Parallelism(
        enabled: false, minimumSplitBytes: .max,
        minimumDuplicateRows: .max, minimumTallyCases: .max)
    /// Split every input, however small (for tests of the parallel paths).
    static let alwaysSplit = Parallelism(enabled: true, minimumSplitBytes: 0, minimumDuplicateRows: 0, minimumTallyCases: 0)

    /// Whether a case file body of `bytes` bytes is read in two halves.
    func splitsCaseFile(bodyBytes bytes: Int) -> Bool { enabled && bytes > minimumSplitBytes }

    /// Whether duplicate ids among `rows` rows are judged on two threads.
    func splitsDuplicateSearch(rows: Int) -> Bool { enabled && rows >= minimumDuplicateRows }

    /// Whether `cases` cases are tallied on two threads.
    func splitsTally(cases: Int) -> Bool { enabled && cases >= minimumTallyCases }

    /// `body(0) … body(count - 1)`, on several threads when `concurrently` (and enabled),
    /// returned in index order either way.
    func map<T: Sendable>(_ count: Int, concurrently: Bool = true, _ body: @Sendable (Int) -> T) -> [T] {
        guard enabled, concurrently, count > 1 else { return (0..<count).map(body) }
        let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer {
            _ = slots.deinitialize()
            slots.deallocate()
        }
        // Each index writes only its own slot, and `concurrentPerform` returns after all of them.
        nonisolated(unsafe) let shared = slots
        DispatchQueue.concurrentPerform(iterations: count) { i in shared[i] = body(i) }
        return slots.map { $0! }
    }

    /// Runs `first` on a thread of its own while `second` runs on the calling thread (when
    /// enabled), and returns both results.
    ///
    /// A dedicated thread, not a worker of Dispatch's pool, so that work `second` splits with
    /// ``map(_:concurrently:_:)`` still gets every core while `first` runs.
    func both<A: Sendable, B: Sendable>(_ first: @escaping @Sendable () -> A, _ second: () -> B) -> (A, B) {
        guard enabled else { return (first(), second()) }
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var a: A?
        let thread = Thread {
            a = first()
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
        let b = second()
        done.wait()
        return (a!, b)
    }
}
