import Foundation
import NoticeboardTestSupport

/// Files shared by the Swift and JavaScript search tests, under Tests/Fixtures/search.
enum SearchFixtures {
    static let folder = packageRoot.appendingPathComponent("Tests/Fixtures/search")
    /// The small site the golden index is built from.
    static let site = folder.appendingPathComponent("site")
    /// The golden index, compared byte for byte.
    static let goldenIndex = folder.appendingPathComponent("golden-index")

    /// Recorded files are rewritten instead of compared when NOTICEBOARD_RECORD=1.
    static var recording: Bool { ProcessInfo.processInfo.environment["NOTICEBOARD_RECORD"] == "1" }

    /// The words whose stems are recorded in stemmer-vectors.tsv.
    static func vectorWords() throws -> [String] {
        try String(contentsOf: folder.appendingPathComponent("stemmer-words.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
    }
}
