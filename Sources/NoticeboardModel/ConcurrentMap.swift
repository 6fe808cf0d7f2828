import Foundation
import NoticeboardModel

/// `body` of each item, in the items' order, computed on up to `threads` threads at once, each taking the next
/// item not yet taken. For work that mostly waits (reading files), more threads than cores pay; for work on the
/// CPU (reading PDFs' text), one per core.
public func concurrentMap<Item: Sendable, Result>(_ items: [Item], threads: Int, _ body: @escaping @Sendable (Item) -> Result) -> [Result] {
    let results = ParallelResults<Result>(count: items.count)
    let queue = ItemQueue()
    let group = DispatchGroup()
    for _ in 0..<min(threads, items.count) {
        DispatchQueue.global(qos: .userInitiated).async(group: group) {
            while let index = queue.take(below: items.count) { results.set(index, body(items[index])) }
        }
    }
    group.wait()
    return results.values
}

/// Hands out item numbers 0, 1, 2… one caller at a time.
private final class ItemQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0

    func take(below count: Int) -> Int? {
        lock.withLock {
            guard next < count else { return nil }
            defer { next += 1 }
            return next
        }
    }
}
