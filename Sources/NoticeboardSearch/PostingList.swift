/// The postings of one term or word pair, packed while the index is built: per posting the gap to the previous
/// document, the weighted frequency and the fragment, as variable-length numbers (three bytes for most postings,
/// where `InvertedIndex.Posting` takes twelve). A 10,000-document site has some twenty million pair postings, and
/// holding them unpacked was most of a build's memory. Documents must be appended in ascending order.
struct PostingList {
    private(set) var count = 0
    private var lastDocument: Int32 = -1
    /// The packed postings are `bytes[..<used]`; the rest is room for the next ones, made in one step when short,
    /// so that a posting is written in place (appending its bytes to an array cost a copy-on-write check and a
    /// generic copy for each of some twenty million postings).
    private var bytes: [UInt8] = []
    private var used = 0

    /// The most bytes a posting takes: three numbers of at most 32 bits, 5 bytes each.
    private static let largestPosting = 15

    mutating func append(_ posting: InvertedIndex.Posting) {
        precondition(posting.document > lastDocument, "postings are appended in document order")
        let gap = UInt64(posting.document - lastDocument - 1)
        lastDocument = posting.document
        // A whole frequency (the weights are whole numbers unless changed) as 2·f; any other as its bits, flagged.
        let frequency = posting.frequency
        let coded = frequency >= 0 && frequency < 16_777_216 && frequency == frequency.rounded()
            ? UInt64(frequency) << 1 : UInt64(frequency.bitPattern) << 1 | 1
        if bytes.count - used < Self.largestPosting {
            bytes.append(contentsOf: repeatElement(0, count: max(16, bytes.count)))
        }
        used = bytes.withUnsafeMutableBufferPointer { buffer in
            var end = used
            func put(_ value: UInt64) {
                var value = value
                while value >= 0x80 {
                    buffer[end] = UInt8(value & 0x7F) | 0x80
                    value >>= 7
                    end += 1
                }
                buffer[end] = UInt8(value)
                end += 1
            }
            put(gap)
            put(coded)
            put(UInt64(UInt32(bitPattern: posting.fragment)))
            return end
        }
        count += 1
    }

    /// The postings, unpacked, documents ascending. Numbers are seven bits per byte, least significant first; the
    /// high bit says another byte follows.
    var postings: [InvertedIndex.Posting] {
        var result: [InvertedIndex.Posting] = []
        result.reserveCapacity(count)
        var at = 0
        var document: Int32 = -1
        func number() -> UInt64 {
            var value: UInt64 = 0, shift: UInt64 = 0
            while true {
                let byte = bytes[at]
                at += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { return value }
                shift += 7
            }
        }
        while at < used {
            document += Int32(number()) + 1
            let coded = number()
            let frequency = coded & 1 == 0 ? Float(coded >> 1) : Float(bitPattern: UInt32(coded >> 1))
            let fragment = Int32(bitPattern: UInt32(number()))
            result.append(InvertedIndex.Posting(document: document, frequency: frequency, fragment: fragment))
        }
        return result
    }
}
