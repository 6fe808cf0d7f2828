/// Results of work spread over threads, one slot per item, each slot written by exactly one worker.
///
/// The slots live in a buffer allocated once: writing into a Swift array from several threads mutates the array
/// itself, which can copy it under another worker's feet and lose results (it did, in CI).
public final class ParallelResults<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    public init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    /// Sets one slot; call once per index, from any thread.
    public func set(_ index: Int, _ value: Value) { slots[index] = value }

    /// Every slot's value, in order; call after all workers have finished. A slot never set is a bug.
    public var values: [Value] {
        slots.map { slot in
            guard let slot else { preconditionFailure("a parallel result was never set") }
            return slot
        }
    }
}
