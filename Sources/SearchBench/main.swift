import Foundation
import NoticeboardBuild
import NoticeboardContent
import NoticeboardSearch

// Times the search stage on a site folder: `search-bench <site-folder> <index-output-folder> [repeats]`.
// Prints one JSON object: documents, milliseconds to make the documents and write the index in memory (the
// fastest of `repeats` runs, 1 by default, and every run's time), milliseconds to write its files to disk, file
// count and bytes. Used by bench/search-bench.py.
let arguments = CommandLine.arguments
guard arguments.count == 3 || (arguments.count == 4 && Int(arguments[3]).map { $0 > 0 } == true) else {
    FileHandle.standardError.write(Data("usage: search-bench <site-folder> <index-output-folder> [repeats]\n".utf8))
    exit(2)
}
let repeats = arguments.count == 4 ? Int(arguments[3])! : 1
let loaded = SiteLoader(files: LocalFileSystem(root: URL(fileURLWithPath: arguments[1]))).load()
guard let site = loaded.site else {
    FileHandle.standardError.write(Data("the site has errors: run noticeboard check\n".utf8))
    exit(1)
}
let clock = ContinuousClock()
var files: [IndexFile] = []
var documentCount = 0
let runs = (0..<repeats).map { _ in
    clock.measure {
        files = []
        let documents = SearchDocument.documents(of: site, paths: SearchIndexFiles.paths)
        documentCount = documents.count
        files = IndexWriter().write(documents)
    }
}
let indexing = runs.min()!
let output = URL(fileURLWithPath: arguments[2])
let writing = try clock.measure {
    try? FileManager.default.removeItem(at: output)
    var folders = Set<String>()
    for file in files {
        let url = output.appendingPathComponent(file.path)
        let folder = url.deletingLastPathComponent().path
        if folders.insert(folder).inserted { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        // Plain POSIX writes: Foundation's Data.write(to:) syncs every file to disk, which is not what is measured here.
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        _ = file.contents.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
    }
}
func milliseconds(_ duration: Duration) -> Int { Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000) }
let bytes = files.reduce(0) { $0 + $1.contents.count }
print("{\"documents\":\(documentCount),\"index_ms\":\(milliseconds(indexing)),\"index_runs_ms\":\(runs.map(milliseconds)),\"write_ms\":\(milliseconds(writing)),\"files\":\(files.count),\"bytes\":\(bytes)}")
