import Foundation

/// Work started at once on a thread of its own, whose result is waited for later: the search index is made while the
/// pages are rendered. A thread rather than a dispatch queue, so that the work, which waits for its own parallel
/// parts, does not hold one of the pool's threads that the rendering's workers need.
final class BackgroundWork<Value>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            result = work()
            done.signal()
        }
        thread.start()
    }

    /// The work's result, once it has ended (waits for it the first time).
    lazy var value: Value = {
        done.wait()
        return result!
    }()
}
