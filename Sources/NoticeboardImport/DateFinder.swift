import NoticeboardModel

/// Finds the date of a meeting in a file's path (`2024-03-12.md`, `2024/2024-03-12.md`, `2024-03-12/minutes.md`,
/// `2018-01/jan-24.md`, `2024/03/12.md`, `board-12-march-2024.md`) or in the first lines of its text
/// (`2024-03-12`, `12 March 2024`, `12th March 2024`, `March 12, 2024`, `31/01/2024`). It never guesses: a date
/// such as `03-04-2024`, which could be 3 April or 4 March, is reported as ambiguous in a name (unless the text
/// settles it) and passed over in text.
public enum DateFinder {
    /// A date found in a path, and the rest of the name it was found in (`2018-01-31-V8` gives `v8`).
    public struct Found: Hashable, Sendable {
        public var date: CalendarDate
        /// A lower-case-kebab suffix for the meeting folder, from the words after the date.
        public var suffix: String?
    }

    /// What a path says about its date.
    public enum PathDate: Hashable, Sendable {
        case found(Found)
        /// Day and month could be either way round; each candidate with the same suffix.
        case ambiguous([CalendarDate], suffix: String?, written: String)
        case none
    }

    /// Years a meeting can plausibly be dated in.
    static let years = 1900...2099

    /// Words after a date in a file name that say nothing about which meeting it is.
    static let noiseWords: Set<String> = ["minutes", "minute", "mins", "notes", "note", "meeting", "meetings", "mtg", "md"]

    // MARK: Paths

    /// The date of a file from its path relative to the imported folder (`/`-separated, with its extension).
    /// `outerFolders` (the imported folder's own name, nearest first) only complete a name that gives the day
    /// but not the year (`2024/` imported, holding `03-12.md`); a whole date in them is never used.
    public static func date(inPath path: String, outerFolders: [String] = []) -> PathDate {
        var components = path.split(separator: "/").map(String.init)
        guard let file = components.popLast() else { return .none }
        let stem = file.contains(".") ? String(file[..<file.lastIndex(of: ".")!]) : file
        let ancestors = Array(components.reversed())

        let stemTokens = tokens(stem)
        switch fullDate(in: stemTokens, text: stem, mode: .name) {
        case .some(.one(let date, let end)): return .found(Found(date: date, suffix: suffix(stem, after: end, tokens: stemTokens)))
        case .some(.either(let dates, let start, let end)):
            return .ambiguous(dates, suffix: suffix(stem, after: end, tokens: stemTokens), written: String(stem[stemTokens[start].range.lowerBound..<stemTokens[end - 1].range.upperBound]))
        case nil: break
        }
        if let (partial, end) = partialDate(in: stemTokens), let date = complete(partial, from: ancestors + outerFolders) {
            return .found(Found(date: date, suffix: suffix(stem, after: end, tokens: stemTokens)))
        }
        for folder in ancestors {
            let folderTokens = tokens(folder)
            switch fullDate(in: folderTokens, text: folder, mode: .name) {
            case .some(.one(let date, let end)): return .found(Found(date: date, suffix: suffix(folder, after: end, tokens: folderTokens)))
            case .some(.either(let dates, let start, let end)):
                return .ambiguous(dates, suffix: suffix(folder, after: end, tokens: folderTokens), written: String(folder[folderTokens[start].range.lowerBound..<folderTokens[end - 1].range.upperBound]))
            case nil: continue
            }
        }
        return .none
    }

    /// The words after the date as a short slug, without noise words; nil when nothing is left.
    static func suffix(_ text: String, after end: Int, tokens: [Token]) -> String? {
        guard end < tokens.count else { return nil }
        let rest = String(text[tokens[end].range.lowerBound...])
        let words = Slug.make(from: rest).split(separator: "-").filter { !noiseWords.contains(String($0)) }
        var slug = ""
        for word in words {
            if slug.count + word.count + 1 > 40 { break }
            slug += (slug.isEmpty ? "" : "-") + word
        }
        return slug.isEmpty ? nil : slug
    }

    /// A day without a year (`jan-24`, `24`, `03-12`), to be completed from the folders above.
    enum Partial { case monthDay(Int, Int), day(Int) }

    static func partialDate(in tokens: [Token]) -> (Partial, Int)? {
        guard let first = tokens.first else { return nil }
        var i = 0
        if let month = monthName(first), tokens.count > 1, let day = dayNumber(tokens[1]) {
            i = 2
            if i < tokens.count, isOrdinal(tokens[i]) { i += 1 }
            return (.monthDay(month, day), i)
        }
        if let day = dayNumber(first) {
            i = 1
            if i < tokens.count, isOrdinal(tokens[i]) { i += 1 }
            if i < tokens.count, tokens[i].text == "of" { i += 1 }
            if i < tokens.count, let month = monthName(tokens[i]) { return (.monthDay(month, day), i + 1) }
            if tokens.count > 1, first.isNumber, tokens[1].isNumber, tokens[1].text.count <= 2, let day2 = dayNumber(tokens[1]),
               first.text.count <= 2, let month = Int(first.text), (1...12).contains(month) {
                return (.monthDay(month, day2), 2) // 03-12 under a year folder: ISO order
            }
            if tokens.count == i { return (.day(day), i) }
        }
        return nil
    }

    /// Completes a partial date from the nearest folders: a year (`2018`), a year and month (`2018-01`,
    /// `January 2018`), or a month folder inside a year folder (`2024/03/`).
    static func complete(_ partial: Partial, from ancestors: [String]) -> CalendarDate? {
        var month: Int?
        var day: Int
        switch partial {
        case .monthDay(let m, let d): month = m; day = d
        case .day(let d): day = d
        }
        for folder in ancestors {
            let t = tokens(folder)
            if let (year, folderMonth) = yearAndMonth(t) {
                guard month == nil || month == folderMonth else { return nil }
                return CalendarDate(year: year, month: folderMonth, day: day)
            }
            if t.count == 1, let year = yearNumber(t[0]) {
                guard let month else { return nil }
                return CalendarDate(year: year, month: month, day: day)
            }
            if month == nil, t.count == 1, let folderMonth = monthNumberOrName(t[0]) {
                month = folderMonth
                continue
            }
            return nil
        }
        return nil
    }

    static func yearAndMonth(_ t: [Token]) -> (Int, Int)? {
        guard t.count == 2 else { return nil }
        if let year = yearNumber(t[0]), let month = monthNumberOrName(t[1]) { return (year, month) }
        if let month = monthName(t[0]), let year = yearNumber(t[1]) { return (year, month) }
        return nil
    }

    // MARK: Text

    /// The first date written in the first lines of a text, in ISO or month-name forms, or day and month in numbers
    /// where only one reading is a date (`31/01/2024`, never `03/04/2024`).
    public static func firstDate(inText text: String, lines limit: Int = 15) -> CalendarDate? {
        var seen = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.allSatisfy(\.isWhitespace) { continue }
            seen += 1
            if seen > limit { break }
            let lineText = String(line)
            let t = tokens(lineText)
            if case .some(.one(let date, _)) = fullDate(in: t, text: lineText, mode: .text) { return date }
        }
        return nil
    }

    // MARK: Matching

    enum Mode { case name, text }
    enum Match { case one(CalendarDate, end: Int), either([CalendarDate], start: Int, end: Int) }

    /// The first whole date in the tokens, and the index of the token after it.
    static func fullDate(in t: [Token], text: String, mode: Mode) -> Match? {
        for i in t.indices {
            if let match = fullDate(in: t, at: i, mode: mode) { return match }
        }
        return nil
    }

    private static func fullDate(in t: [Token], at i: Int, mode: Mode) -> Match? {
        func token(_ k: Int) -> Token? { k < t.count ? t[k] : nil }
        func afterOrdinal(_ k: Int) -> Int { if let next = token(k), isOrdinal(next) { k + 1 } else { k } }
        let first = t[i]
        // 20240312
        if mode == .name, first.isNumber, first.text.count == 8,
           let y = Int(first.text.prefix(4)), years.contains(y),
           let date = CalendarDate(year: y, month: Int(first.text.dropFirst(4).prefix(2))!, day: Int(first.text.suffix(2))!) {
            return .one(date, end: i + 1)
        }
        // 2024-03-12, 2024-mar-12, 2024 March 12
        if let y = yearNumber(first), let second = token(i + 1), let third = token(i + 2), let d = dayNumber(third) {
            let numericMonth = second.isNumber && second.text.count <= 2
            if let m = monthNumberOrName(second), mode == .name || !numericMonth || (isDateSeparator(second.separator) && isDateSeparator(third.separator)),
               let date = CalendarDate(year: y, month: m, day: d) {
                return .one(date, end: afterOrdinal(i + 3))
            }
        }
        // 12 March 2024, 12th of March, 2024
        if let d = dayNumber(first) {
            var k = afterOrdinal(i + 1)
            if token(k)?.text == "of" { k += 1 }
            if let monthToken = token(k), let m = monthName(monthToken), let yearToken = token(k + 1), let y = yearNumber(yearToken),
               let date = CalendarDate(year: y, month: m, day: d) {
                return .one(date, end: k + 2)
            }
        }
        // March 12, 2024, March 12th 2024
        if let m = monthName(first), let dayToken = token(i + 1), let d = dayNumber(dayToken) {
            let k = afterOrdinal(i + 2)
            if let yearToken = token(k), let y = yearNumber(yearToken), let date = CalendarDate(year: y, month: m, day: d) {
                return .one(date, end: k + 1)
            }
        }
        // 31-01-2024, 31/01/2024: day and month either way round, so a date only where one of them is over 12
        // (or both are the same); in a name an ambiguous one is reported, in text it is passed over.
        if let a = dayNumber(first), first.text.count <= 2, let second = token(i + 1), second.isNumber,
           second.text.count <= 2, let b = dayNumber(second), let third = token(i + 2), let y = yearNumber(third),
           mode == .name || (isDateSeparator(second.separator) && isDateSeparator(third.separator)) {
            let dates = Set([CalendarDate(year: y, month: b, day: a), CalendarDate(year: y, month: a, day: b)].compactMap { $0 })
            if dates.count == 1 { return .one(dates.first!, end: i + 3) }
            if dates.count == 2, mode == .name { return .either(dates.sorted(), start: i, end: i + 3) }
        }
        return nil
    }

    // MARK: Tokens

    struct Token {
        var text: String
        var isNumber: Bool
        var range: Range<String.Index>
        /// What stood between this token and the one before it.
        var separator: Substring
    }

    /// Runs of letters and runs of digits, lower-cased (`12th-March` is `12`, `th`, `march`).
    static func tokens(_ text: String) -> [Token] {
        var result: [Token] = []
        var index = text.startIndex
        var separatorStart = index
        while index < text.endIndex {
            let c = text[index]
            guard c.isLetter || c.isNumber else { index = text.index(after: index); continue }
            let digits = c.isASCII && c.isNumber
            let start = index
            while index < text.endIndex, (digits ? (text[index].isASCII && text[index].isNumber) : (text[index].isLetter && !text[index].isNumber)) {
                index = text.index(after: index)
            }
            if start == index { index = text.index(after: index); continue }
            result.append(Token(text: text[start..<index].lowercased(), isNumber: digits, range: start..<index,
                                separator: text[separatorStart..<start]))
            separatorStart = index
        }
        return result
    }

    static let monthNames: [String: Int] = {
        var names: [String: Int] = [:]
        for (index, name) in CalendarDate.monthNames.enumerated() {
            names[name.lowercased()] = index + 1
            names[String(name.lowercased().prefix(3))] = index + 1
        }
        names["sept"] = 9
        return names
    }()

    static func monthName(_ token: Token) -> Int? { token.isNumber ? nil : monthNames[token.text] }

    static func monthNumberOrName(_ token: Token) -> Int? {
        if token.isNumber, token.text.count <= 2, let m = Int(token.text), (1...12).contains(m) { return m }
        return monthName(token)
    }

    static func dayNumber(_ token: Token) -> Int? {
        guard token.isNumber, token.text.count <= 2, let d = Int(token.text), (1...31).contains(d) else { return nil }
        return d
    }

    static func yearNumber(_ token: Token) -> Int? {
        guard token.isNumber, token.text.count == 4, let y = Int(token.text), years.contains(y) else { return nil }
        return y
    }

    static func isOrdinal(_ token: Token) -> Bool { ["st", "nd", "rd", "th"].contains(token.text) && token.separator.isEmpty }

    static func isDateSeparator(_ separator: Substring) -> Bool { ["-", "/", "."].contains(separator) }
}
