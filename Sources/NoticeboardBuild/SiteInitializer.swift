import Foundation
import NoticeboardContent
import NoticeboardModel
import NoticeboardRender
import NoticeboardTheme

/// `noticeboard init DIR`: a new site folder that builds at once: settings, an example body with one meeting
/// and paper, an about page, and (only if asked) a copy of the default theme's templates to change.
public enum SiteInitializer {
    /// Creates the folder and returns the paths written, relative to it. Refuses a folder that exists and is not empty.
    public static func create(at folder: URL, title: String, withTemplates: Bool) throws(AuthoringError) -> [String] {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw .usage("\(folder.path) is a file; refusing to overwrite it") }
            let entries = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
            guard entries.isEmpty else {
                throw .usage("\(folder.path) already exists and is not empty; refusing to overwrite it (choose a new folder name)")
            }
        }
        guard !title.allSatisfy(\.isWhitespace), !title.contains("\n") else { throw .usage("--title must be one line of text") }

        var files: [(String, Data)] = []
        func scaffold(_ name: String, _ values: [String: Any]) throws(AuthoringError) -> String {
            guard let template = Scaffold.named(name, in: nil) else { throw .usage("the built-in scaffold \(name) is missing") }
            do { return try template.render(values) } catch { throw .usage("\(error)") }
        }
        files.append(("noticeboard.yml", Data(try scaffold("site.yml", ["title": title, "titleYAML": YAMLText.scalar(title)]).utf8)))
        for (path, text) in examples { files.append((path, Data(text.utf8))) }
        files.append((".gitignore", Data("# Noticeboard's build cache and preview output\n.noticeboard-cache/\n".utf8)))
        if withTemplates {
            for name in DefaultTheme.files.keys.sorted() { files.append(("templates/\(name)", DefaultTheme.files[name]!)) }
        }
        do {
            for (path, data) in files {
                let url = folder.appendingPathComponent(path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url, options: .withoutOverwriting)
            }
        } catch {
            throw .usage("cannot write into \(folder.path): \(error.localizedDescription)")
        }
        return files.map(\.0)
    }

    /// An example body, meeting, paper and page, written to be read and then replaced.
    static let examples: [(String, String)] = [
        ("content/bodies/example-icb.md", """
        ---
        # An example governance body: replace it with your own (`noticeboard new body …`), then delete this file.
        # Each key is described in the README ("Front matter").
        name: Example Integrated Care Board
        kind: integrated-care-board   # see the README for every kind, or add your own in noticeboard.yml
        region: midlands              # one of NHS England's seven regions, or your own
        cadence: bimonthly            # monthly | bimonthly | quarterly | none
        established: 2022-07-01
        members:
          - name: A. Chair
            role: Chair
            represents: independent
          - name: B. Finance
            role: Chief Finance Officer
            organisation: Example ICB
            represents: nhs-commissioner
          - name: C. Watch
            role: Healthwatch representative
            organisation: Healthwatch Example
            represents: healthwatch
            voting: false
        ---
        The Example Integrated Care Board plans and buys NHS services for the area. It meets in public every two months.

        """),
        ("content/meetings/example-icb/2026-01-15/index.md", """
        ---
        # An example meeting: its folder name gives the body (example-icb) and the date (2026-01-15).
        title: Board meeting in public
        status: held                      # scheduled | held | cancelled
        session: public                   # public | private | part-private
        location: Council Chamber, Example Town Hall
        agenda_published: 2026-01-08
        minutes_published: 2026-02-20     # leave out until the minutes are published
        public_questions: true
        attendees:
          - {name: A. Chair, role: Chair}
          - {name: B. Finance, role: Chief Finance Officer}
        apologies:
          - {name: C. Watch}
        items:
          - number: "1"
            title: Welcome, apologies and declarations of interest
          - number: "2"
            title: Financial plan 2026/27
            paper: financial-plan         # a paper in this folder: financial-plan.md
        ---
        ## Present
        A. Chair (Chair), B. Finance (Chief Finance Officer).

        ## 2. Financial plan 2026/27
        The Chief Finance Officer presented the plan. The board approved it.

        """),
        ("content/meetings/example-icb/2026-01-15/financial-plan.md", """
        ---
        title: Financial plan 2026/27
        item: "2"
        author: Chief Finance Officer
        published: 2026-01-08
        status: published                 # published | withheld | not-published
        ---
        ## Summary
        The plan sets the board's budget for 2026/27.

        """),
        ("content/pages/about.md", """
        ---
        title: About this site
        ---
        This site records the meetings, papers and minutes of the bodies that plan health and care in this area,
        and shows what they do not publish.

        """),
    ]
}
