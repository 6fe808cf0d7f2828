import Dispatch

/// Runs two independent pieces of work at the same time and waits for both: the index has parts that
/// need nothing from each other, and machines have more than one core. Results do not depend on timing.
enum Parallel {
    static func both<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
        withoutActuallyEscaping(second) { second in
            let work = UncheckedBox(second)
            let result = UncheckedBox<B?>(nil)
            let group = DispatchGroup()
            DispatchQueue.global(qos: .userInitiated).async(group: group) { result.value = work.value() }
            let a = first()
            group.wait()
            return (a, result.value!)
        }
    }
}

/// A value handed to another thread, which alone uses it until the caller has waited for that thread to end
/// (`Parallel.both`, and the task of `InvertedIndex` that fills the term postings). One thread at a time uses it, so
/// its value skips Swift's run-time exclusivity checks (postings are appended through it millions of times).
final class UncheckedBox<T>: @unchecked Sendable {
    @exclusivity(unchecked) var value: T
    init(_ value: T) { self.value = value }
}
