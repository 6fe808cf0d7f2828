import ArgumentParser
import Foundation
import NoticeboardBuild

/// `noticeboard new body|meeting|paper`: writes a new, valid, commented file from the site's scaffolds.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Add a body, a meeting or a paper from a scaffold (never overwrites a file).",
        discussion: "Scaffolds are templates/scaffolds/<body|meeting|paper>.md: the site's own if it has them, else the built-in ones.",
        subcommands: [NewBody.self, NewMeeting.self, NewPaper.self]
    )
}

extension NewCommand {
    struct NewBody: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "body",
            abstract: "Add a governance body: content/bodies/<slug>.md."
        )

        @OptionGroup var site: SiteOptions

        @Argument(help: ArgumentHelp("The body's slug, used in its address (lower-case-kebab, e.g. northshire-icb).", valueName: "slug"))
        var slug: String

        @Option(name: .long, help: ArgumentHelp("Its kind: one of the site's kinds (e.g. integrated-care-board).", valueName: "kind"))
        var kind: String

        @Option(name: .long, help: ArgumentHelp("Its name, e.g. \"Northshire Integrated Care Board\".", valueName: "name"))
        var name: String

        @Option(name: .long, help: ArgumentHelp("Its region: one of NHS England's seven or the site's own (default: the region most of the site's bodies are in).", valueName: "region"))
        var region: String?

        func run() throws {
            let path = try authoring { () throws(AuthoringError) in
                try SiteAuthor(root: site.rootURL).newBody(slug: slug, kind: kind, name: name, region: region)
            }
            print(path)
        }
    }

    struct NewMeeting: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "meeting",
            abstract: "Add a meeting: content/meetings/<body>/<date>[-<suffix>]/index.md, its agenda and (later) minutes."
        )

        @OptionGroup var site: SiteOptions

        @Option(name: .long, help: ArgumentHelp("The body's slug.", valueName: "slug"))
        var body: String

        @Option(name: .long, help: ArgumentHelp("The meeting's date.", valueName: "YYYY-MM-DD"))
        var date: String

        @Option(name: .long, help: ArgumentHelp("For a second meeting on one day, e.g. extraordinary.", valueName: "suffix"))
        var suffix: String?

        @Option(name: .long, help: ArgumentHelp("The meeting's title, e.g. \"Board meeting in public\".", valueName: "title"))
        var title: String?

        func run() throws {
            let path = try authoring { () throws(AuthoringError) in
                try SiteAuthor(root: site.rootURL).newMeeting(body: body, date: date, suffix: suffix, title: title)
            }
            print(path)
        }
    }

    struct NewPaper: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "paper",
            abstract: "Add a paper to a meeting: content/meetings/<body>/<folder>/<slug>.md, linked from its agenda item."
        )

        @OptionGroup var site: SiteOptions

        @Option(name: .long, help: ArgumentHelp("The meeting, as BODY/FOLDER (e.g. northshire-icb/2026-03-12).", valueName: "body/folder"))
        var meeting: String

        @Option(name: .long, help: ArgumentHelp("The paper's title.", valueName: "title"))
        var title: String

        @Option(name: .long, help: ArgumentHelp("The agenda item it is for: its `paper:` line is added to that item.", valueName: "number"))
        var item: String?

        @Option(name: .long, help: ArgumentHelp("Its file name without .md (default: made from the title).", valueName: "slug"))
        var slug: String?

        func run() throws {
            let result = try authoring { () throws(AuthoringError) in
                try SiteAuthor(root: site.rootURL).newPaper(meeting: meeting, title: title, slug: slug, item: item)
            }
            print(result.path)
            if let index = result.linkedIn, let item { printError("added `paper: \((result.path as NSString).lastPathComponent.dropLast(3))` to item \(item) in \(index)") }
            if let note = result.note { printError("note: \(note)") }
        }
    }
}
