import Foundation

/// Makes a theme's JavaScript smaller for the site without changing what it does: lines that are only a comment
/// (`// …`, or a `/* … */` block that starts and ends a run of lines), blank lines and indentation are dropped.
/// Every page loads the search engine, so its comments would otherwise be a third of what a first search fetches.
///
/// It works line by line and leaves every line of code as it is (apart from its indentation), so statements keep
/// the line breaks between them. A file with a line of code that holds a backtick or ends in a backslash (a
/// template literal or a continued string could span lines, and a "comment" in it would be text) is copied
/// unchanged; so is a file that is not UTF-8.
enum ScriptCompactor {
    static func compact(_ data: Data) -> Data {
        guard let text = String(data: data, encoding: .utf8) else { return data }
        var kept: [Substring] = []
        var inBlockComment = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let code = line.drop { $0 == " " || $0 == "\t" }
            if inBlockComment {
                if code.contains("*/") {
                    inBlockComment = false
                    // Code after the comment's end on the same line would be lost: keep such a file whole.
                    guard code.hasSuffix("*/") else { return data }
                }
                continue
            }
            if code.isEmpty || code.hasPrefix("//") { continue }
            if code.hasPrefix("/*") {
                guard let end = code.range(of: "*/", range: code.index(code.startIndex, offsetBy: 2)..<code.endIndex) else {
                    inBlockComment = true
                    continue
                }
                if end.upperBound == code.endIndex { continue }
            }
            if code.contains("`") || code.hasSuffix("\\") { return data }
            kept.append(code)
        }
        guard !inBlockComment else { return data }
        return Data((kept.joined(separator: "\n") + "\n").utf8)
    }
}
