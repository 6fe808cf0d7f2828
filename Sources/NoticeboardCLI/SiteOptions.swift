import ArgumentParser
import Foundation
import NoticeboardModel

/// `--root DIR`: every command takes it.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site folder.", valueName: "dir"))
    var root: String = "."

    var rootURL: URL { URL(fileURLWithPath: root) }

    func validate() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("no site folder at '\(root)'")
        }
    }
}

/// `--as-of YYYY-MM-DD`, checked as a real date.
struct AsOfDate: ExpressibleByArgument {
    let date: CalendarDate
    init?(argument: String) {
        guard let date = CalendarDate(iso: argument) else { return nil }
        self.date = date
    }
    static var defaultValueDescription: String { "YYYY-MM-DD" }
}
