import Foundation
import NoticeboardModel
import NoticeboardRender
import NoticeboardSearch

/// The search stage: the site's documents, at the renderer's URLs, indexed into `search-index/`.
public enum SearchIndexFiles {
    /// Where each record's page lives, as the renderer writes it.
    public static let paths = SearchDocument.Paths(
        body: { SitePaths.body($0.slug) }, meeting: { SitePaths.meeting($0) },
        paper: { SitePaths.paper($0) }, page: { SitePaths.page($0.slug) })

    /// The index files, with paths relative to the output folder (their bytes are made when asked for: see
    /// `IndexFile`). `hasFindings`, when given, flags documents the audit found something about.
    public static func files(for site: Site, hasFindings: ((SearchDocument) -> Bool?)? = nil) -> [IndexFile] {
        var documents = SearchDocument.documents(of: site, paths: paths)
        if let hasFindings {
            for i in documents.indices { documents[i].hasFindings = hasFindings(documents[i]) }
        }
        return IndexWriter().write(documents).map { file in
            var file = file
            file.path = SitePaths.searchIndex + file.path
            return file
        }
    }
}
