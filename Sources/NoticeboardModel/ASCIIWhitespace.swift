/// White space collapsed on bytes, for the hot paths that would otherwise ask `Character.isWhitespace` (a Unicode
/// property lookup, about 1,000 instructions a character) of text that is almost always ASCII.
public enum ASCIIWhitespace {
    /// The text's bytes with `map` applied to each, every run of white space (tab, line feed, vertical tab, form
    /// feed, carriage return, space) made one space and none at either end, as
    /// `split(whereSeparator: \.isWhitespace).joined(separator: " ")` gives for ASCII. Stops once more than `limit`
    /// bytes are out. Nil when a byte read is not ASCII.
    public static func collapsed(_ text: some StringProtocol, stoppingAfter limit: Int = .max,
                                 map: (UInt8) -> UInt8 = { $0 }) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(min(limit, text.utf8.count) + 1)
        var pendingSpace = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20) }
            pendingSpace = false
            out.append(map(byte))
            if out.count > limit { break }
        }
        return out
    }
}
