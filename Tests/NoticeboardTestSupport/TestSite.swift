import Foundation
import NoticeboardContent
import NoticeboardModel

/// A site written as a dictionary of files, for unit tests: load it in memory or write it to a temporary folder.
public struct TestSite: Sendable {
    public var files: [String: String]

    public init(_ files: [String: String] = [:]) { self.files = files }

    /// A small valid site: one ICB with two members, one meeting with one paper, one page.
    public static var minimal: TestSite {
        TestSite([
            "noticeboard.yml": """
            title: Test Noticeboard
            base_url: https://example.org/test/
            as_of: 2026-11-01
            """,
            "content/bodies/test-icb.md": """
            ---
            name: Test ICB
            kind: integrated-care-board
            region: midlands
            cadence: bimonthly
            members:
              - name: Ann Chair
                role: Chair
                represents: independent
              - name: Hal Watch
                role: Healthwatch representative
                represents: healthwatch
            ---
            The Test ICB plans health services.
            """,
            "content/meetings/test-icb/2026-03-12/index.md": """
            ---
            title: Board meeting in public
            status: held
            session: public
            agenda_published: 2026-03-05
            minutes_published: 2026-04-20
            items:
              - number: "1"
                title: Welcome
              - number: "4"
                title: Financial plan
                paper: financial-plan
            ---
            ## Present
            Ann Chair (Chair), Hal Watch.

            ## 4. Financial plan
            The board approved the plan.
            """,
            "content/meetings/test-icb/2026-03-12/financial-plan.md": """
            ---
            title: Financial plan 2026/27
            item: "4"
            status: published
            ---
            The plan balances.
            """,
            "content/pages/about.md": """
            ---
            title: About this site
            ---
            A test site.
            """,
        ])
    }

    public subscript(path: String) -> String? {
        get { files[path] }
        set { files[path] = newValue }
    }

    public var fileSystem: InMemoryFileSystem { InMemoryFileSystem(texts: files) }

    public func load() -> SiteLoader.Result { SiteLoader(files: fileSystem).load() }

    /// Writes the files into a new temporary folder and returns it.
    public func write() throws -> URL {
        let root = Scratch.url("noticeboard-test")
        try write(to: root)
        return root
    }

    public func write(to root: URL) throws {
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }
}

/// Every file under a folder with its contents, keyed by relative path: for comparing built sites.
public func readTree(_ root: URL) throws -> [String: Data] {
    var result: [String: Data] = [:]
    let base = root.standardizedFileURL.resolvingSymlinksInPath().path
    guard let walker = FileManager.default.enumerator(atPath: base) else { return [:] }
    for case let path as String in walker {
        var isFolder: ObjCBool = false
        let full = base + "/" + path
        if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
            result[path] = try Data(contentsOf: URL(fileURLWithPath: full))
        }
    }
    return result
}

/// The package's root folder (for fixtures and the built binary).
public let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
        url.deleteLastPathComponent()
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
    }
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
}()
