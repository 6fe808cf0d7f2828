/// Keys (a term, or two terms) in the index's order, each with its encoded postings (characters that need no
/// escaping in JSON), as `ShardCutter` cuts them into shards: all keys in one buffer and all values in another. A
/// site whose words follow Zipf's law has millions of word pairs, and a string and an array for each cost more than
/// encoding them. A run of entries holds less than 2 GiB (the ends are 32-bit): the phrase shards are cut from
/// at most a sixty-fourth of the pairs at a time.
struct ShardEntries {
    private var keyBytes: [UInt8] = []
    private var keyEnds: [Int32] = []
    private var valueBytes: [UInt8] = []
    private var valueEnds: [Int32] = []

    init() {}

    var count: Int { keyEnds.count }

    /// Appends the text's UTF-8 to a key being made, copied in one piece.
    static func append(_ text: String, to key: inout [UInt8]) {
        var text = text
        text.withUTF8 { key.append(contentsOf: $0) }
    }

    /// Adds an entry whose key and value the two closures append to the buffers they are given.
    mutating func append(key: (inout [UInt8]) -> Void, value: (inout [UInt8]) -> Void) {
        key(&keyBytes)
        keyEnds.append(Int32(keyBytes.count))
        value(&valueBytes)
        valueEnds.append(Int32(valueBytes.count))
    }

    private func keyRange(_ i: Int) -> Range<Int> { (i == 0 ? 0 : Int(keyEnds[i - 1]))..<Int(keyEnds[i]) }
    private func valueRange(_ i: Int) -> Range<Int> { (i == 0 ? 0 : Int(valueEnds[i - 1]))..<Int(valueEnds[i]) }

    func keySize(_ i: Int) -> Int { keyRange(i).count }
    func valueSize(_ i: Int) -> Int { valueRange(i).count }

    func key(_ i: Int) -> String { String(decoding: keyBytes[keyRange(i)], as: UTF8.self) }

    func withKey<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        keyBytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[keyRange(i)])) }
    }

    func withValue<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        valueBytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[valueRange(i)])) }
    }
}
