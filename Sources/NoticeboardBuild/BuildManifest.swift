import Foundation
import NoticeboardContent
import NoticeboardModel

/// The on-disk record of the last successful build into one output folder, in `<root>/.noticeboard-cache/`:
/// what went in (one digest of every input, and each source file's digest with its stamp when read), what came out
/// (each file's key and stamp), and the diagnostics.
///
/// It is a text file with a version line, the binary's identity, and a checksum line over everything before it.
/// A manifest with another version or binary, a bad checksum, or anything unreadable is ignored, never trusted; the
/// output files it lists are reused only while their size, modification time and inode are still what was written.
struct BuildManifest: Equatable {
    static let version = "noticeboard-build-manifest 3"

    struct Entry: Equatable {
        var key: StableDigest
        var stamp: FileStamp
    }

    var binary: String
    var output: String
    /// Digest of every input: settings, templates, content, options, binary.
    var inputs: StableDigest
    var diagnostics: [Diagnostic]
    var files: [String: Entry]
    /// The files of the spare folder (the output before last), which the next build updates and swaps in.
    var spare: [String: Entry] = [:]
    /// The source files read, each with its digest and its stamp then, so the next build need not read it again
    /// while the stamp is the same (`SourceSnapshot.trust`).
    var sources: [String: StampedDigest] = [:]

    /// `<root>/.noticeboard-cache/build-<digest of the output path>.manifest`
    static func location(root: URL, output: URL) -> URL {
        root.appendingPathComponent(".noticeboard-cache/build-\(StableDigest.of(output.path).description.prefix(16)).manifest")
    }

    /// `<root>/.noticeboard-cache/spare-<digest of the output path>`: the previous output, kept to be updated.
    static func spareLocation(root: URL, output: URL) -> URL {
        root.appendingPathComponent(".noticeboard-cache/spare-\(StableDigest.of(output.path).description.prefix(16))")
    }

    /// Written as bytes: made as one interpolated `String`, the 114,000 lines of a 10,000-document site's files and
    /// spare took about a second after every build that wrote anything.
    func encoded() -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(96 * (files.count + spare.count) + 4_096)
        func put(_ text: String) { out.append(contentsOf: text.utf8) }
        func put(_ number: some BinaryInteger) { put(String(number)) }
        put("\(Self.version)\nbinary\t\(escape(binary))\noutput\t\(escape(output))\ninputs\t\(inputs)\n")
        put("diagnostics\t\(diagnostics.count)\n")
        for d in diagnostics {
            put("\(d.severity.rawValue)\t\(d.location.line)\t\(d.location.column)\t\(escape(d.location.path))\t\(escape(d.message))\n")
        }
        for (name, entries) in [("files", files), ("spare", spare)] {
            put("\(name)\t\(entries.count)\n")
            for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
                entry.key.appendHex(to: &out)
                out.append(0x09)
                put(entry.stamp.size)
                out.append(0x09)
                put(entry.stamp.modified)
                out.append(0x09)
                put(entry.stamp.inode)
                out.append(0x09)
                put(escape(path))
                out.append(0x0A)
            }
        }
        put("sources\t\(sources.count)\n")
        for (path, source) in sources.sorted(by: { $0.key < $1.key }) {
            source.digest.appendHex(to: &out)
            for number in [source.stamp.size, source.stamp.modified, source.stamp.changed] {
                out.append(0x09)
                put(number)
            }
            out.append(0x09)
            put(source.stamp.inode)
            out.append(0x09)
            put(escape(path))
            out.append(0x0A)
        }
        put("checksum\t\(StableDigest.of(out))\n")
        return Data(out)
    }

    /// The manifest, or nil if the data is not a whole, uncorrupted manifest of this version for this binary.
    static func decode(_ data: Data, binary: String) -> BuildManifest? {
        // Read as bytes: splitting a manifest of 100,000 lines as Swift `String`s (by grapheme clusters) was most
        // of a no-change rebuild's time at 10,000 documents. The last line is `checksum\t<digest of the rest>`.
        let bytes = [UInt8](data)
        guard bytes.last == 0x0A else { return nil }
        let checksumStart = bytes.dropLast().lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let checksumLine = String(decoding: bytes[checksumStart..<(bytes.count - 1)], as: UTF8.self)
        guard checksumLine.hasPrefix("checksum\t"),
              StableDigest(hex: checksumLine.dropFirst("checksum\t".count)) == StableDigest.of(bytes[..<checksumStart])
        else { return nil }
        var lines = bytes[..<checksumStart].split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()[...]
        func next() -> [Substring]? {
            lines.popFirst().map { $0.split(separator: 0x09, omittingEmptySubsequences: false).map { Substring(String(decoding: $0, as: UTF8.self)) } }
        }
        guard lines.popFirst().map({ String(decoding: $0, as: UTF8.self) }) == version,
              let b = next(), b.count == 2, b[0] == "binary", unescape(b[1]) == binary,
              let o = next(), o.count == 2, o[0] == "output",
              let i = next(), i.count == 2, i[0] == "inputs", let inputs = StableDigest(hex: i[1]),
              let d = next(), d.count == 2, d[0] == "diagnostics", let diagnosticCount = Int(d[1]) else { return nil }
        var diagnostics: [Diagnostic] = []
        for _ in 0..<diagnosticCount {
            guard let f = next(), f.count == 5, let severity = Diagnostic.Severity(rawValue: String(f[0])),
                  let line = Int(f[1]), let column = Int(f[2]) else { return nil }
            diagnostics.append(Diagnostic(severity, unescape(f[4]), at: SourceLocation(path: unescape(f[3]), line: line, column: column)))
        }
        func path(_ bytes: ArraySlice<UInt8>) -> String { unescape(String(decoding: bytes, as: UTF8.self)[...]) }
        func entries(_ name: String) -> [String: Entry]? {
            guard let header = next(), header.count == 2, header[0] == name, let count = Int(header[1]) else { return nil }
            var entries: [String: Entry] = [:]
            entries.reserveCapacity(count)
            // Read from the bytes: one line per output file, 57,000 at 10,000 documents.
            for _ in 0..<count {
                guard let f = lines.popFirst()?.split(separator: 0x09, omittingEmptySubsequences: false), f.count == 5,
                      let key = StableDigest(hexUTF8: f[0]), let size: Int = number(f[1]), let modified: Int = number(f[2]),
                      let inode: UInt64 = number(f[3]) else { return nil }
                entries[path(f[4])] = Entry(key: key, stamp: FileStamp(size: size, modified: modified, inode: inode))
            }
            return entries
        }
        func sources() -> [String: StampedDigest]? {
            guard let header = next(), header.count == 2, header[0] == "sources", let count = Int(header[1]) else { return nil }
            var sources: [String: StampedDigest] = [:]
            sources.reserveCapacity(count)
            for _ in 0..<count {
                guard let f = lines.popFirst()?.split(separator: 0x09, omittingEmptySubsequences: false), f.count == 6,
                      let digest = StableDigest(hexUTF8: f[0]), let size: Int = number(f[1]), let modified: Int = number(f[2]),
                      let changed: Int = number(f[3]), let inode: UInt64 = number(f[4]) else { return nil }
                let stamp = SourceStamp(size: size, inode: inode, modified: modified, changed: changed)
                sources[path(f[5])] = StampedDigest(stamp: stamp, digest: digest)
            }
            return sources
        }
        guard let files = entries("files"), let spare = entries("spare"), let sources = sources(), lines.isEmpty else { return nil }
        return BuildManifest(binary: binary, output: unescape(o[1]), inputs: inputs, diagnostics: diagnostics, files: files,
                             spare: spare, sources: sources)
    }

    /// A decimal number as `encoded` writes it, read from its bytes (made into a `String` first, the three numbers on
    /// each of 57,000 lines were about a tenth of reading a manifest). Nil if it is not one, or does not fit.
    static func number<T: FixedWidthInteger>(_ bytes: ArraySlice<UInt8>) -> T? {
        var digits = bytes
        let negative = T.isSigned && digits.first == UInt8(ascii: "-")
        if negative { digits = digits.dropFirst() }
        guard !digits.isEmpty else { return nil }
        var value: T = 0
        for byte in digits {
            guard (0x30...0x39).contains(byte) else { return nil }
            let digit = T(byte - 0x30)
            let (shifted, overflowed) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowedAgain) = negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            guard !overflowed, !overflowedAgain else { return nil }
            value = next
        }
        return value
    }

    private func escape(_ text: String) -> String { Self.escape(text) }

    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
    }

    static func unescape(_ text: Substring) -> String {
        guard text.utf8.contains(0x5C) else { return String(text) }
        var out = ""
        var escaped = false
        for c in text {
            if escaped {
                switch c {
                case "t": out.append("\t")
                case "n": out.append("\n")
                case "r": out.append("\r")
                default: out.append(c)
                }
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.append(c)
            }
        }
        return out
    }

    /// Identifies the running binary by its size, modification time and inode: a rebuilt binary has a new one,
    /// so nothing an older Noticeboard cached is ever reused.
    static let currentBinary: String = {
        let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? "?"
        let stamp = FileStamp.of(URL(fileURLWithPath: path).resolvingSymlinksInPath().path)
        return "\(path)|\(stamp?.size ?? 0)|\(stamp?.modified ?? 0)|\(stamp?.inode ?? 0)"
    }()
}
