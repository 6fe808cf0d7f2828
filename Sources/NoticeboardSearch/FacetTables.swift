/// The facet values of a set of documents in index order, numbered as the manifest lists them: bodies,
/// kinds and regions by slug; years as the ranges of document numbers they cover (oldest first, as documents are).
struct FacetTables {
    struct BodyEntry {
        var label: SearchDocument.Label
        var kind: Int?
        var region: Int?
    }

    private(set) var bodies: [BodyEntry] = []
    private(set) var kinds: [SearchDocument.Label] = []
    private(set) var regions: [SearchDocument.Label] = []
    /// Each year and its first document (dated documents are oldest first, undated ones last).
    private(set) var yearStarts: [(year: Int, first: Int)] = []
    /// The first undated document (the document count when all are dated).
    private(set) var firstUndated = 0
    private(set) var anyFindings = false

    private var bodyNumbers: [String: Int] = [:]

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
        for (number, document) in documents.enumerated() {
            guard let year = document.date?.year else { break }
            if yearStarts.last?.year != year { yearStarts.append((year, number)) }
        }
        firstUndated = documents.firstIndex { $0.date == nil } ?? documents.count
        anyFindings = documents.contains { $0.hasFindings == true }
    }

    func typeIndex(_ type: SearchDocument.DocumentType) -> Int { SearchDocument.DocumentType.allCases.firstIndex(of: type)! }
    func bodyIndex(_ document: SearchDocument) -> Int? { document.body.flatMap { bodyNumbers[$0.slug] } }
}
