import NoticeboardModel

/// Checks the references between records once every file is parsed: meetings of bodies that exist,
/// agenda items naming papers that exist, parents that exist.
enum SiteResolver {
    /// `bodyFiles` are the slugs of every body file found, parsed or not.
    static func check(_ site: Site, bodyFiles: Set<String>, log: DiagnosticLog) {
        for body in site.bodies {
            if let parent = body.parent {
                let at = body.fieldLocations["parent"] ?? body.source
                if parent == body.slug {
                    log.error("a body cannot be its own parent", at: at)
                } else if site.body(parent) == nil && !bodyFiles.contains(parent) {
                    log.error("parent '\(parent)' is not a body\(DidYouMean.hint(for: parent, among: site.bodies.map(\.slug))) (no content/bodies/\(parent).md)", at: at)
                }
            }
        }
        for meeting in site.meetings {
            if site.body(meeting.body) == nil && !bodyFiles.contains(meeting.body) {
                log.error("meeting of body '\(meeting.body)', which does not exist\(DidYouMean.hint(for: meeting.body, among: site.bodies.map(\.slug))) (no content/bodies/\(meeting.body).md)", at: meeting.source)
            }
            let papers = Set(meeting.papers.map(\.slug))
            for item in meeting.items {
                if let paper = item.paper, !papers.contains(paper) {
                    log.error("item \(item.number) names paper '\(paper)', which is not in this meeting's folder\(DidYouMean.hint(for: paper, among: papers)) (expected \(paper).md or \(paper).pdf)", at: item.source)
                }
            }
            let numbers = Set(meeting.items.map(\.number))
            for paper in meeting.papers {
                if let item = paper.item, !numbers.contains(item) {
                    log.warning("paper is for item '\(item)', but the agenda has no such item", at: paper.source)
                }
            }
        }
    }
}
