/// Rewrites text where a few bytes must change (escaping for HTML, XML, JSON in a page, iCalendar), copying the runs
/// of bytes between them in one piece. Feeds escape whole documents; building such text a character or a scalar at
/// a time cost several per cent of a build.
public enum UTF8Rewriter {
    /// `text` with each byte for which `mayChange` is true handed to `replace`, which appends what stands for the
    /// bytes from `index` on to `out` (they themselves, something else, or nothing) and returns how many it used
    /// (at least one). Text with no such byte is returned as it is.
    @inlinable
    public static func rewrite(
        _ text: String, where mayChange: (UInt8) -> Bool,
        _ replace: (_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ out: inout [UInt8]) -> Int
    ) -> String {
        var text = text
        let rewritten: [UInt8]? = text.withUTF8 { bytes in
            guard var i = bytes.firstIndex(where: mayChange) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 16)
            var plainStart = 0
            while i < bytes.count {
                guard mayChange(bytes[i]) else {
                    i += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainStart..<i]))
                i += max(1, replace(bytes, i, &out))
                plainStart = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainStart...]))
            return out
        }
        return rewritten.map { String(decoding: $0, as: UTF8.self) } ?? text
    }
}
