import Foundation
import NoticeboardBuild
import NoticeboardContent
import NoticeboardModel
import NoticeboardTestSupport
import Testing

/// No file name, slug or link can make the build read outside the site folder or write outside the output.
@Suite struct PathSafetyTests {
    @Test func symbolicLinksOutOfTheSiteAreRefusedAndNotRead() throws {
        let root = try TestSite.minimal.write()
        let outside = Scratch.url("nb-outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("---\ntitle: Secret\n---\nSECRET-TEXT".utf8).write(to: outside.appendingPathComponent("secret.md"))
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("content/pages/secret.md"),
                                                   withDestinationURL: outside.appendingPathComponent("secret.md"))
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("content/meetings/elsewhere"), withDestinationURL: outside)
        let report = try SiteBuilder(options: BuildOptions(root: root)).build()
        #expect(report.diagnostics.map(\.description) == [
            "content/meetings/elsewhere:1:1: error: symbolic link points outside the site folder; it is not read",
            "content/pages/secret.md:1:1: error: symbolic link points outside the site folder; it is not read",
        ])
    }

    /// The file system remembers each folder's resolved path; a folder replaced by a link out of the site while a
    /// snapshot lives (as in `serve`) is found out when the snapshot forgets the change, and nothing outside is read.
    @Test func aFolderReplacedByALinkOutIsNotReadAfterwards() throws {
        try expectNothingOutsideRead(replacing: "content/meetings/test-icb/2026-03-12", reading: "index.md")
    }

    /// The same a level up: the folders in a replaced folder are forgotten with it.
    @Test func foldersInAFolderReplacedByALinkOutAreNotReadAfterwards() throws {
        try expectNothingOutsideRead(replacing: "content/meetings/test-icb", reading: "2026-03-12/index.md")
    }

    /// Reads `file` in `folder` through a snapshot, replaces the folder by a link to one outside the site holding a
    /// file at the same place, tells the snapshot, and reads it again: it must not be read.
    private func expectNothingOutsideRead(replacing folder: String, reading file: String) throws {
        let root = try TestSite.minimal.write()
        let outside = Scratch.url("nb-outside-later-\(folder.split(separator: "/").count)")
        try FileManager.default.createDirectory(at: outside.appendingPathComponent(file).deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("SECRET-TEXT".utf8).write(to: outside.appendingPathComponent(file))
        let snapshot = SourceSnapshot(base: LocalFileSystem(root: root))
        _ = snapshot.digest(ofTree: "content")
        #expect(try snapshot.contents(of: folder + "/" + file).count > 0)
        try FileManager.default.removeItem(at: root.appendingPathComponent(folder))
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent(folder), withDestinationURL: outside)
        snapshot.invalidate([folder])
        _ = snapshot.digest(ofTree: "content")
        let read = try? snapshot.contents(of: folder + "/" + file)
        #expect(read.map { String(decoding: $0, as: UTF8.self) } != "SECRET-TEXT")
        #expect(read == nil)
    }

    @Test func symbolicLinksInsideTheSiteAreFollowed() throws {
        let root = try TestSite.minimal.write()
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("content/pages/about-us.md"),
                                                   withDestinationURL: root.appendingPathComponent("content/pages/about.md"))
        let report = try SiteBuilder(options: BuildOptions(root: root)).build()
        #expect(report.diagnostics.isEmpty)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("site/about-us/index.html").path))
    }

    /// Slugs are lower-case, so two names differing only by case (a clash on case-insensitive disks) cannot both pass.
    @Test func namesDifferingOnlyByCaseCannotBothBeValid() {
        var site = TestSite.minimal
        site["content/pages/About.md"] = "---\ntitle: About\n---\n"
        site["content/meetings/Test-ICB/2026-01-01/index.md"] = "---\nstatus: held\n---\n"
        let messages = site.load().diagnostics.map(\.description)
        #expect(messages.contains("content/pages/About.md:1:1: error: file name 'About.md' must be a lower-case-kebab slug (a-z, 0-9 and hyphens) followed by its extension"))
        #expect(messages.contains("content/meetings/Test-ICB:1:1: error: folder name 'Test-ICB' must be a body's lower-case-kebab slug"))
    }

    @Test(arguments: ["../escape", "..", "a/b", "%2e%2e", "CON", "x\u{0}y"])
    func slugsCannotCarryPaths(name: String) {
        #expect(!Slug.isValid(name))
    }
}
