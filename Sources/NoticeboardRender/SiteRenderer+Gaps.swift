import NoticeboardAudit
import NoticeboardModel

extension SiteRenderer {
    /// `/gaps/`: every finding, by rule and by body, with the charts and the score's formula.
    func gapsView() -> GapsView {
        let path = SitePaths.gaps
        let linker = linker(path)
        let findings = audit.findings
        let count = { (severity: Finding.Severity, among: [Finding]) in among.count { $0.severity == severity } }
        let rules = audit.rules.map { rule, settings in
            let own = findings.filter { $0.rule == rule.id }
            return RuleFindingsView(id: rule.id, title: rule.title, summary: rule.summary(settings),
                                    severity: settings.severity.rawValue, count: own.count,
                                    errors: count(.error, own), warnings: count(.warning, own), infos: count(.info, own),
                                    findings: findingsView(own, at: .siteWide, linker: linker))
        }
        let bodies = bodiesByScore.map { bodyFindings($0, linker: linker) }
        return GapsView(
            layout: layout(path, title: "Gaps", description: "Where public representation or publication is missing, by rule and by body.",
                           breadcrumbs: [(path, "Gaps")]),
            asOf: DateView(audit.asOf),
            total: findings.count,
            errors: count(.error, findings),
            warnings: count(.warning, findings),
            infos: count(.info, findings),
            bodiesWithFindings: Set(findings.map(\.body)).count,
            rules: rules,
            rulesChart: ChartView(svg: AuditCharts.bars(
                rules.map { AuditCharts.Bar(label: $0.title, segments: [($0.errors, AuditCharts.errorFill), ($0.warnings, AuditCharts.warningFill),
                                                                        ($0.infos, AuditCharts.infoFill)], total: String($0.count)) },
                scale: rules.map(\.count).max() ?? 0,
                legend: [("Error", AuditCharts.errorFill), ("Warning", AuditCharts.warningFill), ("Information", AuditCharts.infoFill)])),
            bodies: bodies,
            scoresChart: ChartView(svg: AuditCharts.bars(
                bodies.map { AuditCharts.Bar(label: $0.name, segments: [($0.score.value, Self.fill(forTone: $0.score.tone))], total: String($0.score.value)) },
                scale: 100, track: true)),
            scoreExplanation: OpennessScore.explanation,
            jsonHref: linker.href(SitePaths.findingsJSON),
            csvHref: linker.href(SitePaths.findingsCSV)
        )
    }

    /// The home page's summary: the counts and the bodies with the lowest scores.
    func gapsSummary(linker: Linker) -> GapsSummaryView {
        let worst = bodiesByScore.filter { !audit.findings(of: $0.slug).isEmpty }.prefix(5).map { bodyFindings($0, linker: linker) }
        let count = { (severity: Finding.Severity) in audit.findings.count { $0.severity == severity } }
        return GapsSummaryView(href: linker.href(SitePaths.gaps), asOf: DateView(audit.asOf), total: audit.findings.count,
                               errors: count(.error), warnings: count(.warning), infos: count(.info),
                               worstBodies: worst, hasWorstBodies: !worst.isEmpty)
    }

    /// Every body, lowest score first, then by name.
    var bodiesByScore: [Body] {
        site.bodies.sorted { (audit.scores[$0.slug] ?? 100, $0.name) < (audit.scores[$1.slug] ?? 100, $1.name) }
    }

    private static func fill(forTone tone: String) -> String {
        switch tone {
        case "green": return AuditCharts.goodFill
        case "yellow": return AuditCharts.warningFill
        default: return AuditCharts.errorFill
        }
    }
}
