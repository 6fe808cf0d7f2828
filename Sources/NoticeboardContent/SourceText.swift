import Foundation
import NoticeboardModel

/// A content file's text, decoded strictly as UTF-8, without a byte-order mark, with `\n` line ends.
public struct SourceText: Sendable {
    public var path: String
    public var text: String

    /// Decodes the bytes, or returns the location of the first byte that is not UTF-8 (or a NUL).
    public static func decode(_ bytes: some Collection<UInt8>, path: String) -> Result<SourceText, Diagnostic> {
        var bytes = Array(bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // The standard library validates UTF-8 quickly; the byte-by-byte check runs only to say where a problem is.
        var fastText: String?
        if #available(macOS 15, *), !contains(0, in: bytes) { fastText = String(validating: bytes, as: UTF8.self) }
        if fastText == nil, let problem = firstInvalidByte(bytes) {
            let (line, column) = position(ofByte: problem, in: bytes)
            let what = bytes[problem] == 0 ? "a NUL byte" : "a byte that is not UTF-8"
            return .failure(.error("file is not UTF-8 text: \(what) at byte \(problem + 1); save it as UTF-8", at: SourceLocation(path: path, line: line, column: column)))
        }
        if contains(0x0D, in: bytes) { return .success(SourceText(path: path, text: String(decoding: normalisedLineEnds(bytes), as: UTF8.self))) }
        return .success(SourceText(path: path, text: fastText ?? String(decoding: bytes, as: UTF8.self)))
    }

    /// Whether the byte is in the bytes, found with `memchr` (a loop over the bytes was 1 % of a build).
    static func contains(_ byte: UInt8, in bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in buffer.baseAddress.map { memchr($0, Int32(byte), buffer.count) != nil } ?? false }
    }

    /// `\r\n` and lone `\r` become `\n` (on bytes: Foundation's string replacing is slow on Linux).
    static func normalisedLineEnds(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for (i, byte) in bytes.enumerated() {
            if byte == 0x0D {
                if i + 1 < bytes.count && bytes[i + 1] == 0x0A { continue }
                out.append(0x0A)
            } else {
                out.append(byte)
            }
        }
        return out
    }

    static func firstInvalidByte(_ bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0 { return i }
            if b < 0x80 { i += 1; continue }
            let length: Int
            var minimum: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: return i
            }
            guard i + length <= bytes.count else { return i }
            var scalar = UInt32(b) & (0xFF >> (length + 1))
            for j in 1..<length {
                let c = bytes[i + j]
                guard c & 0xC0 == 0x80 else { return i }
                scalar = (scalar << 6) | UInt32(c & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
            minimum = 0
            i += length
        }
        return nil
    }

    static func position(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for (index, byte) in bytes[..<offset].enumerated() where byte == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return (line, column)
    }
}
