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
    /// Values the file depends on besides whole source files (for lists: the summary of each record they show).
    public let inputs: [String]
    private let make: @Sendable () -> Data

    public init(path: String, sources: [String], inputs: [String] = [], make: @escaping @Sendable () -> Data) {
        self.path = path
        self.sources = sources
        self.inputs = inputs
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
    func meetingSources(body: String, folder: String, neighbours: [String: [String]]) -> [String] {
        [Self.bodyFile(body), folder] + (neighbours[folder] ?? [])
    }

    /// For each meeting folder, the folders of the meetings before and after it (in the body's date order, as the
    /// meeting page links them).
    func meetingNeighbours() -> [String: [String]] {
        let meetings = site.meetings
        var result: [String: [String]] = [:]
        result.reserveCapacity(meetings.count)
        for body in Set(meetings.map(\.body)) {
            let folders = site.meetingIndices(of: body).map { Self.meetingFolder(meetings[$0]) }
            for (index, folder) in folders.enumerated() {
                result[folder] = (index > 0 ? [folders[index - 1]] : []) + (index + 1 < folders.count ? [folders[index + 1]] : [])
            }
        }
        return result
    }

    /// What list pages (home, bodies, regions) show of every record: one line per body and meeting with the fields
    /// `bodySummary` and `meetingSummary` read, so a list is rendered again only when one of those changed, not when
    /// minutes or a paper's text did. Keep in step with SiteRenderer+Summaries.swift.
    func listInputs() -> [String] {
        var lines: [String] = []
        lines.reserveCapacity(site.bodies.count + site.meetings.count)
        for body in site.bodies {
            lines.append("body|\(body.slug)|\(body.name)|\(body.kind)|\(body.region)|\(body.parent ?? "")|\(body.dissolved?.iso ?? "")")
        }
        for meeting in site.meetings {
            lines.append("meeting|\(meeting.body)|\(meeting.folder)|\(meeting.date.iso)|\(meeting.title ?? "")|\(meeting.status.rawValue)|\(meeting.session.rawValue)|\(meeting.papers.count)")
        }
        return lines
    }
}
