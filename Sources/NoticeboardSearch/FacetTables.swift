/// The facet values of a set of documents, numbered as the manifest lists them: bodies, kinds and regions
/// by slug, years newest first.
struct FacetTables {
    struct BodyEntry {
        var label: SearchDocument.Label
        var kind: Int?
        var region: Int?
    }

    private(set) var bodies: [BodyEntry] = []
    private(set) var kinds: [SearchDocument.Label] = []
    private(set) var regions: [SearchDocument.Label] = []
    private(set) var years: [Int] = []
    private(set) var anyFindings = false

    private var bodyNumbers: [String: Int] = [:]
    private var yearNumbers: [Int: Int] = [:]

    init(_ documents: [SearchDocument]) {
        func unique(_ labels: [SearchDocument.Label?]) -> [SearchDocument.Label] {
            Dictionary(labels.compactMap { $0 }.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
                .values.sorted { IndexEncoding.utf16Less($0.slug, $1.slug) }
        }
        kinds = unique(documents.map(\.kind))
        regions = unique(documents.map(\.region))
        let kindNumbers = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($1.slug, $0) })
        let regionNumbers = Dictionary(uniqueKeysWithValues: regions.enumerated().map { ($1.slug, $0) })
        var seen: [String: BodyEntry] = [:]
        for document in documents {
            guard let body = document.body, seen[body.slug] == nil else { continue }
            seen[body.slug] = BodyEntry(label: body, kind: document.kind.flatMap { kindNumbers[$0.slug] },
                                        region: document.region.flatMap { regionNumbers[$0.slug] })
        }
        bodies = seen.values.sorted { IndexEncoding.utf16Less($0.label.slug, $1.label.slug) }
        bodyNumbers = Dictionary(uniqueKeysWithValues: bodies.enumerated().map { ($1.label.slug, $0) })
        years = Set(documents.compactMap { $0.date?.year }).sorted(by: >)
        yearNumbers = Dictionary(uniqueKeysWithValues: years.enumerated().map { ($1, $0) })
        anyFindings = documents.contains { $0.hasFindings == true }
    }

    func typeIndex(_ type: SearchDocument.DocumentType) -> Int { SearchDocument.DocumentType.allCases.firstIndex(of: type)! }
    func bodyIndex(_ document: SearchDocument) -> Int? { document.body.flatMap { bodyNumbers[$0.slug] } }
    func yearIndex(_ document: SearchDocument) -> Int? { document.date.flatMap { yearNumbers[$0.year] } }
}
