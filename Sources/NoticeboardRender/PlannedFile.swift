import Foundation
import NoticeboardModel

/// One file of the built site, planned but not yet rendered, with the source files its bytes depend on.
///
/// Incremental builds re-render a file only when the digest of its `sources` (and of the inputs every page depends
/// on: settings, theme, render options, free pages, the binary) changed. So `sources` must name every file whose
/// content the page shows: a view that reads another record must add that record's file or folder here. When in
/// doubt, use `PlannedFile.everything`: correct, only slower to rebuild.
public struct PlannedFile: Sendable {
    /// Relative to the output folder.
    public let path: String
    /// Paths relative to the site folder: files (`content/bodies/x.md`) or folders, whose whole tree counts
    /// (`content/meetings/x/2026-03-12`). `["content"]` means every record.
    public let sources: [String]
    private let make: @Sendable () -> Data

    public init(path: String, sources: [String], make: @escaping @Sendable () -> Data) {
        self.path = path
        self.sources = sources
        self.make = make
    }

    public func render() -> OutputFile { OutputFile(path: path, contents: make()) }

    /// Depends on every record (lists, counts, the sitemap).
    public static let everything = ["content"]
}

extension SiteRenderer {
    static func bodyFile(_ slug: String) -> String { "content/bodies/\(slug).md" }
    static func meetingFolder(_ meeting: Meeting) -> String { "content/meetings/\(meeting.body)/\(meeting.folder)" }

    /// A body page shows the body, its parent and children by name, and every meeting of the body.
    func bodySources(_ body: Body) -> [String] {
        var sources = [Self.bodyFile(body.slug), "content/meetings/\(body.slug)"]
        if let parent = body.parent { sources.append(Self.bodyFile(parent)) }
        sources += site.bodies.filter { $0.parent == body.slug }.map { Self.bodyFile($0.slug) }
        return sources
    }

    /// A meeting page shows the meeting and its papers, its body's name, and the meetings before and after it.
    func meetingSources(_ meeting: Meeting) -> [String] {
        var sources = [Self.bodyFile(meeting.body), Self.meetingFolder(meeting)]
        let siblings = site.meetings(of: meeting.body)
        if let position = siblings.firstIndex(where: { $0.folder == meeting.folder }) {
            if position > 0 { sources.append(Self.meetingFolder(siblings[position - 1])) }
            if position + 1 < siblings.count { sources.append(Self.meetingFolder(siblings[position + 1])) }
        }
        return sources
    }
}
