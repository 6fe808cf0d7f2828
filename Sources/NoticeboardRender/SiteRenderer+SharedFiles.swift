import Foundation
import NoticeboardModel

/// Files that are made together (the open data): made once, when the first of them is rendered, so an incremental
/// build that needs none of them does not pay for any.
final class SharedFiles: Sendable {
    private let files: Once<[String: Data]>

    init(_ make: @escaping @Sendable () -> [OutputFile]) {
        files = Once { Dictionary(make().map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first }) }
    }

    /// One file's bytes (every planned path is one the maker writes: tests hold the two lists equal).
    func data(_ path: String) -> Data { files.value[path] ?? Data() }

    /// A planned file whose bytes come from here.
    func planned(_ path: String, sources: [String]) -> PlannedFile {
        PlannedFile(path: path, sources: sources) { self.data(path) }
    }
}

extension SiteRenderer {
    /// What list pages show of the audit (each body's score and its findings counted by severity, and the totals),
    /// so a list is made again when the audit's summary changes, not on every change of minutes.
    func auditSummaryInputs() -> [String] {
        var counts: [String: [Int]] = [:]
        for finding in audit.findings {
            let index = finding.severity == .error ? 0 : finding.severity == .warning ? 1 : 2
            counts[finding.body, default: [0, 0, 0]][index] += 1
        }
        return site.bodies.map { body in
            "audit|\(body.slug)|\(audit.scores[body.slug] ?? 100)|" + (counts[body.slug] ?? [0, 0, 0]).map(String.init).joined(separator: ",")
        }
    }
}

/// The open data of one build, made once for the `/data/` page and the files, which all depend on every record.
final class OpenDataPlan: @unchecked Sendable {
    private let renderer: SiteRenderer
    private let made: Once<SiteRenderer.OpenDataSet>
    private lazy var shared = SharedFiles { [unowned self] in self.renderer.dataFiles(self.set) }

    init(renderer: SiteRenderer) {
        self.renderer = renderer
        made = Once { renderer.openDataSet() }
    }

    var set: SiteRenderer.OpenDataSet { made.value }

    /// Each table's JSON, CSV and schema, and the Popolo document and its schema.
    func files() -> [PlannedFile] {
        let names = OpenData.tableNames.flatMap { ["\($0).json", "\($0).csv", "\($0).schema.json"] } + ["popolo.json", "popolo.schema.json"]
        let shared = self.shared
        return names.map { shared.planned(SitePaths.dataFile($0), sources: PlannedFile.everything) }
    }
}
