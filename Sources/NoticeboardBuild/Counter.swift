import Foundation

/// A count shared by worker threads, for progress messages.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    /// Adds one and calls `report` with the new total, one caller at a time.
    func increment(_ report: (Int) -> Void) { lock.withLock { value += 1; report(value) } }
}
