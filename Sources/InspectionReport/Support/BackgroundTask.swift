import Foundation

/// Work started on its own thread now, whose result is collected later.
final class BackgroundTask<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var value: T?

    init(_ work: @escaping @Sendable () -> T) {
        let thread = Thread { [self] in
            value = work()
            done.signal()
        }
        thread.start()
    }

    /// Waits for the work and returns its result.
    func result() -> T {
        done.wait()
        done.signal()
        return value!
    }
}
