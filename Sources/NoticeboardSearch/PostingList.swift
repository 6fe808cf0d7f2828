/// The postings of one term, packed while the index is built: per posting the gap to the previous document, the
/// weighted frequency and the fragment, as variable-length numbers (`PackedNumbers`; three bytes for most postings,
/// where `InvertedIndex.Posting` takes twelve). Documents must be appended in ascending order. (Word pairs are
/// kept by first term instead, `PairPostings`.)
///
/// The first posting is kept as it is, and bytes are allocated from the second on: in text whose words follow
/// Zipf's law many terms occur in one document only.
struct PostingList {
    private(set) var count = 0
    private var first = InvertedIndex.Posting(document: -1, frequency: 0, fragment: 0)
    private var lastDocument: Int32 = -1
    /// The packed postings after the first are `bytes[..<used]`; the rest is room for the next ones, made in one
    /// step when short, so that a posting is written in place (appending its bytes to an array cost a copy-on-write
    /// check and a generic copy for each of millions of postings).
    private var bytes: [UInt8] = []
    private var used = 0

    /// The most bytes a posting takes: three numbers of at most 32 bits, 5 bytes each.
    private static let largestPosting = 15

    mutating func append(_ posting: InvertedIndex.Posting) {
        precondition(posting.document > lastDocument, "postings are appended in document order")
        if count == 0 {
            first = posting
            lastDocument = posting.document
            count = 1
            return
        }
        let gap = UInt64(posting.document - lastDocument - 1)
        lastDocument = posting.document
        PackedNumbers.reserve(Self.largestPosting, in: &bytes, after: used)
        used = bytes.withUnsafeMutableBufferPointer { buffer in
            var end = used
            PackedNumbers.put(gap, into: buffer, at: &end)
            PackedNumbers.put(PackedNumbers.code(frequency: posting.frequency), into: buffer, at: &end)
            PackedNumbers.put(UInt64(UInt32(bitPattern: posting.fragment)), into: buffer, at: &end)
            return end
        }
        count += 1
    }

    /// The postings, unpacked, documents ascending.
    var postings: [InvertedIndex.Posting] {
        guard count > 0 else { return [] }
        var result = [first]
        result.reserveCapacity(count)
        var document = first.document
        bytes.withUnsafeBufferPointer { bytes in
            var at = 0
            while at < used {
                document += Int32(PackedNumbers.read(bytes, at: &at)) + 1
                let frequency = PackedNumbers.frequency(code: PackedNumbers.read(bytes, at: &at))
                let fragment = Int32(bitPattern: UInt32(PackedNumbers.read(bytes, at: &at)))
                result.append(InvertedIndex.Posting(document: document, frequency: frequency, fragment: fragment))
            }
        }
        return result
    }
}
