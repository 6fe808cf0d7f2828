import Foundation

/// Work started at once on a thread of its own, whose result is taken later: the search index is made while the
/// pages are rendered. A thread rather than a dispatch queue, so that the work, which waits for its own parallel
/// parts, does not hold one of the pool's threads that the rendering's workers need.
final class BackgroundWork<Value>: @unchecked Sendable {
    private let ended = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var result: Value?
    private var finished = false
    private var took: TimeInterval = 0

    init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            let started = Date()
            let value = work()
            let seconds = Date().timeIntervalSince(started)
            lock.withLock { (result, finished, took) = (value, true, seconds) }
            ended.signal()
        }
        thread.start()
    }

    /// Whether the work has ended (without waiting for it).
    var isDone: Bool { lock.withLock { finished } }

    /// How long the work took, once it has ended.
    var seconds: TimeInterval { lock.withLock { took } }

    /// The work's result, once it has ended: handed out once, so that the caller alone holds it (and can let go of it).
    func take() -> Value {
        ended.wait()
        return lock.withLock {
            defer { result = nil }
            guard let result else { preconditionFailure("background work taken twice") }
            return result
        }
    }
}
