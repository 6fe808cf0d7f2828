import NoticeboardAudit
import NoticeboardModel

extension SiteRenderer {
    /// Where a list of findings is shown, which decides what each finding must say about where it applies.
    enum FindingPlace {
        /// A meeting's banner: the page already names the body and the meeting.
        case meetingPage
        /// A body's page: the page names the body, each finding its meeting.
        case bodyPage
        /// The gaps page, a region, the home page: each finding names its body and meeting.
        case siteWide
    }

    func findingsView(_ findings: [Finding], at place: FindingPlace, linker: Linker) -> FindingsView {
        FindingsView(
            findings: findings.enumerated().map { findingView($1, at: place, linker: linker,
                                                              anchor: place == .meetingPage ? Self.findingAnchor($0) : nil) },
            hasFindings: !findings.isEmpty,
            summary: Self.countsText(findings),
            asOf: DateView(audit.asOf),
            methodHref: linker.href(SitePaths.gaps) + "#scoreMethodHeading"
        )
    }

    func findingView(_ finding: Finding, at place: FindingPlace, linker: Linker, anchor: String?) -> FindingView {
        let meeting = finding.meeting.flatMap { site.meeting(of: finding.body, folder: $0) }
        let bodyName = site.body(finding.body)?.name ?? finding.body
        return FindingView(
            rule: finding.rule,
            ruleTitle: AuditRegistry.rule(finding.rule)?.title ?? finding.rule,
            severity: finding.severity.rawValue,
            tag: Self.severityTag(finding.severity),
            bodyLink: place == .siteWide ? LinkView(href: linker.href(SitePaths.body(finding.body)), text: bodyName) : nil,
            meetingLink: place == .meetingPage ? nil : meeting.map { meeting in
                LinkView(href: linker.href(SitePaths.meeting(meeting)),
                         text: meeting.title.map { "\($0), \(meeting.date.mediumText)" } ?? meetingTitle(meeting))
            },
            itemLink: finding.item.map { number in
                let href = meeting.map { linker.href(SitePaths.meeting($0)) } ?? ""
                return LinkView(href: (place == .meetingPage ? "" : href) + "#" + Self.itemAnchor(number), text: "Item \(number)")
            },
            paperLink: finding.paper.flatMap { slug in meeting?.paper(slug) }.map {
                LinkView(href: linker.href(SitePaths.paper($0)), text: $0.title)
            },
            message: finding.message,
            basis: Self.sentenceCase(finding.basis),
            elementID: anchor
        )
    }

    /// The badges of one agenda item: one per finding about it, linked to the finding in the banner.
    func findingBadges(for item: AgendaItem, among findings: [Finding]) -> [FindingBadgeView] {
        findings.enumerated().filter { $1.item == item.number }.map { index, finding in
            FindingBadgeView(text: "\(Self.severityTag(finding.severity).text): \(AuditRegistry.rule(finding.rule)?.title ?? finding.rule)",
                             tone: Self.severityTag(finding.severity).tone, href: "#" + Self.findingAnchor(index))
        }
    }

    func scoreView(_ value: Int) -> ScoreView {
        ScoreView(value: value, text: "\(value) out of 100", tone: value >= 80 ? "green" : value >= 50 ? "yellow" : "red")
    }

    /// A body's score and findings, for lists that span bodies.
    func bodyFindings(_ body: Body, linker: Linker) -> BodyFindingsView {
        let findings = audit.findings(of: body.slug)
        return BodyFindingsView(name: body.name, href: linker.href(SitePaths.body(body.slug)), region: site.region(body.region).name,
                                score: scoreView(audit.scores[body.slug] ?? 100), count: findings.count,
                                findings: findingsView(findings, at: .bodyPage, linker: linker))
    }

    static func severityTag(_ severity: Finding.Severity) -> TagView {
        switch severity {
        case .error: return TagView(text: "Error", tone: "red")
        case .warning: return TagView(text: "Warning", tone: "yellow")
        case .info: return TagView(text: "Information", tone: "blue")
        }
    }

    /// `2 errors, 1 warning and 3 for information`, or `No gaps found`.
    static func countsText(_ findings: [Finding]) -> String {
        let count = { (severity: Finding.Severity) in findings.count { $0.severity == severity } }
        let parts = [(count(.error), "error", "errors"), (count(.warning), "warning", "warnings")]
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.0 == 1 ? $0.1 : $0.2)" }
            + (count(.info) > 0 ? ["\(count(.info)) for information"] : [])
        guard let last = parts.last else { return "No gaps found" }
        return parts.count == 1 ? last : parts.dropLast().joined(separator: ", ") + " and " + last
    }

    /// The id of an agenda item's row: `item-4a`.
    static func itemAnchor(_ number: String) -> String { "agendaItem-" + Slug.make(from: number) }

    /// The id of the n-th finding of a meeting's banner: `auditFinding-1`.
    static func findingAnchor(_ index: Int) -> String { "auditFinding-\(index + 1)" }

    /// The text with its first letter in capitals.
    static func sentenceCase(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
