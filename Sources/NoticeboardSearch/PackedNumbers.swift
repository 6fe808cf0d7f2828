/// The variable-length numbers that posting lists are packed in while the index is built (`PostingList`,
/// `PairPostings`): seven bits per byte, least significant first, the high bit saying another byte follows.
/// Not the files' encoding (`IndexEncoding`), which only the writer's last step makes.
enum PackedNumbers {
    /// The most bytes a 64-bit number takes.
    static let largestNumber = 10

    /// Writes `value` at `end` and moves `end` past it; the buffer must have room (`largestNumber` bytes).
    @inline(__always)
    static func put(_ value: UInt64, into buffer: UnsafeMutableBufferPointer<UInt8>, at end: inout Int) {
        var value = value
        while value >= 0x80 {
            buffer[end] = UInt8(value & 0x7F) | 0x80
            value >>= 7
            end += 1
        }
        buffer[end] = UInt8(value)
        end += 1
    }

    /// Reads the number at `at` and moves `at` past it.
    @inline(__always)
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, at: inout Int) -> UInt64 {
        var value: UInt64 = 0, shift: UInt64 = 0
        while true {
            let byte = bytes[at]
            at += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    /// A weighted frequency as a number: a whole one (the weights are whole numbers unless changed) as 2·f, any
    /// other as its bits, flagged.
    static func code(frequency: Float) -> UInt64 {
        frequency >= 0 && frequency < 16_777_216 && frequency == frequency.rounded()
            ? UInt64(frequency) << 1 : UInt64(frequency.bitPattern) << 1 | 1
    }

    static func frequency(code: UInt64) -> Float {
        code & 1 == 0 ? Float(code >> 1) : Float(bitPattern: UInt32(code >> 1))
    }

    /// Makes room for `bytes` more bytes after `used`, growing the array by doubling, in one step when short.
    @inline(__always)
    static func reserve(_ bytes: Int, in array: inout [UInt8], after used: Int) {
        if array.count - used < bytes { grow(&array, by: max(16, array.count, bytes), keeping: used) }
    }

    /// A new array, longer by `extra` zeros, holding the first `used` bytes: made zeroed in one step and copied
    /// into (appending the zeros wrote them one at a time).
    private static func grow(_ array: inout [UInt8], by extra: Int, keeping used: Int) {
        var larger = [UInt8](repeating: 0, count: array.count + extra)
        larger.withUnsafeMutableBufferPointer { larger in
            array.withUnsafeBufferPointer { old in _ = larger.baseAddress!.update(from: old.baseAddress!, count: used) }
        }
        array = larger
    }
}
