import NoticeboardModel
import Yams

/// Parses front matter YAML into a node tree whose marks are turned into real file lines.
enum YAMLDocument {
    /// The root mapping of the YAML, or nil (with a diagnostic logged) when it is not one.
    static func mapping(_ yaml: String, path: String, firstLine: Int, log: DiagnosticLog) -> FieldReader? {
        let location = { (mark: Mark?) in
            SourceLocation(path: path, line: firstLine + (mark?.line ?? 1) - 1, column: mark?.column ?? 1)
        }
        if yaml.allSatisfy(\.isWhitespace) {
            return FieldReader(mapping: Node.Mapping([]), path: path, firstLine: firstLine, log: log, at: location(nil))
        }
        let node: Node?
        do {
            // `.basic`: every scalar is left a string (FieldReader reads the text itself), so Yams runs none of its
            // regular expressions guessing numbers, booleans and dates (2-3 % of loading). `.utf8`, not `.default`,
            // which reads the whole environment each time.
            node = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            let (message, mark, context) = describe(error)
            var text = "YAML syntax: \(message)"
            if message.contains("Maximum nesting level") { text = "YAML syntax: nested too deeply (more than 10,000 levels)" }
            if let context, context.line != mark?.line {
                let start = location(context)
                text += " (in what began at line \(start.line), column \(start.column))"
            }
            log.error(text, at: location(mark))
            return nil
        } catch {
            log.error("YAML syntax: \(error)", at: location(nil))
            return nil
        }
        guard let node else {
            return FieldReader(mapping: Node.Mapping([]), path: path, firstLine: firstLine, log: log, at: location(nil))
        }
        guard case .mapping(let mapping) = node else {
            log.error("front matter must be a map of `key: value` lines", at: location(node.mark))
            return nil
        }
        return FieldReader(mapping: mapping, path: path, firstLine: firstLine, log: log, at: location(mapping.mark))
    }

    /// The problem, where libyaml noticed it, and where the construct it was reading began.
    static func describe(_ error: YamlError) -> (String, Mark?, Mark?) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let prefix = context.map { "\($0.text) " } ?? ""
            return (prefix + problem, mark, context?.mark)
        case let .duplicatedKeysInMapping(duplicates, context):
            return ("the key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) appears twice", context.mark, nil)
        case let .reader(problem, _, _, _):
            return (problem, nil, nil)
        default:
            return ("\(error)", nil, nil)
        }
    }
}
