import Dispatch
import NoticeboardModel
import Testing

@Suite struct ParallelResultsTests {
    /// Every slot written from many threads is kept, in order (an array written from threads lost some).
    @Test func everyResultWrittenFromManyThreadsIsKept() {
        for round in 0..<20 {
            let count = 20_000
            let results = ParallelResults<String>(count: count)
            DispatchQueue.concurrentPerform(iterations: 8) { worker in
                for index in stride(from: worker, to: count, by: 8) { results.set(index, "item \(index)") }
            }
            #expect(results.values == (0..<count).map { "item \($0)" }, "round \(round)")
        }
    }
}
