import Foundation

/// A count shared by worker threads, for progress messages and handing out work.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    /// Adds one and calls `report` with the new total, one caller at a time.
    func increment(_ report: (Int) -> Void) { lock.withLock { value += 1; report(value) } }
    /// Adds one and returns the count before, for handing out work one item at a time.
    func increment() -> Int { lock.withLock { value += 1; return value - 1 } }
}
