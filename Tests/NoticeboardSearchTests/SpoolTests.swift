import Foundation
import Testing
import NoticeboardModel
@testable import NoticeboardSearch

@Suite struct SpoolTests {
    /// Bytes appended from many threads at once come back as they went in, each from where `append` said.
    @Test func bytesComeBackFromWhereTheyWereSetAside() throws {
        let spool = try #require(Spool())
        let pieces = (0..<200).map { n in Data((0..<(n * 37 % 5_000)).map { UInt8(truncatingIfNeeded: $0 &* n &+ 7) }) }
        let ranges = ParallelResults<Range<Int64>?>(count: pieces.count)
        DispatchQueue.concurrentPerform(iterations: pieces.count) { ranges.set($0, spool.append(pieces[$0])) }
        for (piece, range) in zip(pieces, ranges.values) {
            let range = try #require(range)
            #expect(spool.read(range) == piece)
        }
    }

    /// The file leaves no name behind in its folder, even while it is in use.
    @Test func leavesNothingInItsFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spool-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let spool = try #require(Spool(folder: folder))
        #expect(spool.append(Data("held".utf8)) != nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }

    /// With nowhere to put the file, there is no spool (and the index keeps its shards in memory).
    @Test func noSpoolWithoutAFolder() {
        #expect(Spool(folder: URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)")) == nil)
    }
}
