import Foundation
import ReportModel

/// Decodes the bytes of a text-bearing file into a `String`, choosing the encoding by evidence.
///
/// Shared by the plain-text plugin and by the HTML plugin (which decides the charset itself
/// because libxml2's own handling loses text).
public enum TextDecoding {
    public struct Decoded: Sendable {
        public var text: String
        /// `UTF-8`, `UTF-16LE`, `UTF-16BE`, `GB18030`.
        public var encoding: String
        public var warnings: [ReportWarning]
    }

    public enum Failure: Error, Equatable {
        /// Most of the file is not text: fewer than half its bytes lie in runs of text-like
        /// characters (`TextEvidence`).
        case notText(percentText: Int)
    }

    /// The share of a file that must read as text.
    public static let minimumTextShare = 0.5

    /// Decodes by evidence, in order: BOM (UTF-8, UTF-16LE, UTF-16BE); UTF-16 without BOM by its
    /// alternating zero bytes; UTF-8 when valid or overwhelmingly so (a few damaged sequences
    /// become U+FFFD, each run reported with its byte offsets); otherwise GB18030, which covers
    /// GBK and GB2312. Control characters (NUL and the other C0 codes but tab, line feed,
    /// carriage return and form feed) are dropped with a warning giving their offsets.
    ///
    /// - Throws: `Failure.notText` when most of the bytes are not text: the judgement is on
    ///   the whole file, so a few bad or NUL bytes never reject a report.
    public static func decode(_ data: Data) throws(Failure) -> Decoded {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) {
            return droppingControls(decode(Array(bytes.dropFirst(2)), as: "UTF-16LE", offsetBase: 2), in: bytes)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return droppingControls(decode(Array(bytes.dropFirst(2)), as: "UTF-16BE", offsetBase: 2), in: bytes)
        }
        if let utf16 = bomlessUTF16(bytes) {
            return droppingControls(decode(bytes, as: utf16, offsetBase: 0), in: bytes)
        }
        let base = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let body = base == 0 ? bytes : Array(bytes.dropFirst(base))
        // The charset is judged without control bytes (a NUL inside a character breaks it), the
        // share of text with them (they are evidence of a file that is not text).
        let clean = body.contains { isStrayControl(UInt32($0)) } ? body.filter { !isStrayControl(UInt32($0)) } : body
        let utf8 = base == 3 || TextEvidence.looksLikeUTF8(clean) || !clean.contains { $0 >= 0x80 }
        let share = TextEvidence.textShare(body, gb: !utf8)
        guard share >= minimumTextShare else { throw Failure.notText(percentText: Int(share * 100)) }
        return decode(body, as: utf8 ? "UTF-8" : "GB18030", offsetBase: base)
    }

    /// The bytes without stray control bytes, and the offsets of those removed.
    private static func strippingControls(_ bytes: [UInt8]) -> (bytes: [UInt8], removed: [Int]) {
        guard bytes.contains(where: { isStrayControl(UInt32($0)) }) else { return (bytes, []) }
        var kept = [UInt8]()
        kept.reserveCapacity(bytes.count)
        var removed = [Int]()
        for i in bytes.indices {
            if isStrayControl(UInt32(bytes[i])) { removed.append(i) } else { kept.append(bytes[i]) }
        }
        return (kept, removed)
    }

    /// Decodes `bytes` in a named encoding (any name glibc iconv knows; GB2312, GBK, CP936 and
    /// x-gbk are read as their superset GB18030). Bad bytes become U+FFFD, each run reported
    /// with its byte offset; stray control bytes are dropped with one warning giving their
    /// offsets (`offsetBase` is added to every offset: the length of a BOM taken off).
    public static func decode(_ bytes: [UInt8], as encoding: String, offsetBase: Int = 0) -> Decoded {
        let name = canonicalName(encoding)
        if name.hasPrefix("UTF-16") || name.hasPrefix("UTF-32") {
            return decode(bytes, as: name) { $0 + offsetBase }
        }
        // In every other charset a control byte is never part of a longer sequence, so control
        // bytes go before decoding: a NUL that fell inside a character leaves the character
        // whole. Offsets are counted back to the file's: past every control byte removed.
        let (body, removed) = strippingControls(bytes)
        var decoded = decode(body, as: name) { offset in
            var low = 0, high = removed.count
            while low < high {
                let mid = (low + high) / 2
                if removed[mid] - mid <= offset { low = mid + 1 } else { high = mid }
            }
            return offset + low + offsetBase
        }
        if !removed.isEmpty { decoded.warnings.append(controlWarning(removed.map { $0 + offsetBase })) }
        return decoded
    }

    /// The same, with `fileOffset` turning an offset in `bytes` into one in the file.
    static func decode(_ bytes: [UInt8], as encoding: String, fileOffset: (Int) -> Int) -> Decoded {
        let name = canonicalName(encoding)
        if name == "UTF-8", let text = String(validatingUTF8Bytes: bytes) {
            return Decoded(text: text, encoding: name, warnings: [])
        }
        guard let converter = Iconv(from: name) ?? Iconv(from: "UTF-8") else {
            return Decoded(text: String(decoding: bytes, as: UTF8.self), encoding: "UTF-8", warnings: [])
        }
        let (text, bad) = converter.convert(bytes)
        return Decoded(text: text, encoding: converter.sourceEncoding,
                       warnings: invalidByteWarnings(bad.map(fileOffset), encoding: converter.sourceEncoding))
    }

    /// The name iconv should be given for a declared charset.
    public static func canonicalName(_ declared: String) -> String {
        let n = declared.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        switch n {
        case "gb2312", "gbk", "cp936", "x-gbk", "gb18030", "gb_2312-80", "windows-936", "euc-cn", "csgb2312":
            return "GB18030"
        case "utf-8", "utf8", "unicode-1-1-utf-8": return "UTF-8"
        case "utf-16le": return "UTF-16LE"
        case "utf-16be": return "UTF-16BE"
        case "big5", "big5-hkscs": return "BIG5-HKSCS"
        case "iso-8859-1", "latin1", "us-ascii", "ascii": return "WINDOWS-1252"
        default: return declared.uppercased()
        }
    }

    /// UTF-16 without a BOM. ASCII characters (digits, punctuation, line breaks) put a zero byte
    /// at odd offsets in little-endian and at even offsets in big-endian text, so zeros that sit
    /// mostly on one side, in a sample that decodes to plausible text, tell the byte order.
    /// Text of CJK only has no zeros; it is accepted when it decodes to mostly CJK.
    static func bomlessUTF16(_ bytes: [UInt8]) -> String? {
        let sample = Array(bytes.prefix(4096))
        guard sample.count >= 4 else { return nil }
        var evenZeros = 0, oddZeros = 0
        for (i, b) in sample.enumerated() where b == 0 {
            if i % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let zeros = evenZeros + oddZeros
        // A few zeros in text that is valid UTF-8 without them are stray NUL bytes: ASCII
        // pairs read as UTF-16 give ideographs, so plausibility alone would not tell.
        if zeros > 0, zeros * 50 < sample.count, TextEvidence.looksLikeUTF8(sample.filter { $0 != 0 }) {
            return nil
        }
        if zeros > 0 {
            // Most, not all: ideographs such as 一 (U+4E00) have a zero byte of their own.
            if oddZeros * 5 >= zeros * 4, plausible(sample, as: "UTF-16LE") { return "UTF-16LE" }
            if evenZeros * 5 >= zeros * 4, plausible(sample, as: "UTF-16BE") { return "UTF-16BE" }
            return nil
        }
        guard String(validatingUTF8Bytes: sample) == nil else { return nil }
        for candidate in ["UTF-16LE", "UTF-16BE"] where plausible(sample, as: candidate, cjkOnly: true) { return candidate }
        return nil
    }

    /// Whether bytes decoded as UTF-16 give text: ≥ 90% of the characters CJK, CJK punctuation,
    /// full-width forms, printable ASCII or whitespace (or, with `cjkOnly`, CJK alone).
    private static func plausible(_ bytes: [UInt8], as encoding: String, cjkOnly: Bool = false) -> Bool {
        var units = [UInt16]()
        var i = 0
        while i + 1 < bytes.count {
            units.append(encoding == "UTF-16LE" ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8
                         : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
            i += 2
        }
        guard !units.isEmpty else { return false }
        let good = units.filter { u in
            let cjk = (0x4E00...0x9FFF).contains(u) || (0x3000...0x303F).contains(u) || (0xFF00...0xFFEF).contains(u)
                || (0x2000...0x206F).contains(u) || (0x3400...0x4DBF).contains(u) || (0xD800...0xDFFF).contains(u)
            if cjkOnly { return cjk }
            return cjk || (0x20...0x7E).contains(u) || u == 0x0A || u == 0x0D || u == 0x09 || u == 0xA0 || (0x2200...0x22FF).contains(u)
        }.count
        return good * 10 >= units.count * 9
    }

    /// Whether a scalar is a control character that carries no text: C0 codes but tab, line
    /// feed, carriage return and form feed (a page break in PDF-to-text dumps), and DEL.
    @inline(__always)
    static func isStrayControl(_ value: UInt32) -> Bool {
        (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D && value != 0x0C) || value == 0x7F
    }

    /// UTF-16 text without stray control characters (units with a zero high byte), with one
    /// warning giving their byte offsets.
    static func droppingControls(_ decoded: Decoded, in bytes: [UInt8]) -> Decoded {
        guard decoded.text.unicodeScalars.contains(where: { isStrayControl($0.value) }) else { return decoded }
        var offsets = [Int]()
        let bigEndian = decoded.encoding == "UTF-16BE"
        var i = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) ? 2 : 0
        while i + 1 < bytes.count {
            let (low, high) = bigEndian ? (bytes[i + 1], bytes[i]) : (bytes[i], bytes[i + 1])
            if high == 0, isStrayControl(UInt32(low)) { offsets.append(i) }
            i += 2
        }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: decoded.text.unicodeScalars.lazy.filter { !isStrayControl($0.value) })
        var result = decoded
        result.text = String(scalars)
        result.warnings.append(controlWarning(offsets))
        return result
    }

    /// One warning for all the control bytes dropped, with the offsets of the first ten.
    private static func controlWarning(_ offsets: [Int]) -> ReportWarning {
        let listed = offsets.prefix(10).map(String.init).joined(separator: ", ") + (offsets.count > 10 ? ", …" : "")
        return ReportWarning(code: "control-bytes", severity: .warning,
                             message: "\(offsets.count) control byte(s) (NUL or other non-text codes) dropped, at offset(s) \(listed)")
    }

    private static func invalidByteWarnings(_ offsets: [Int], encoding: String) -> [ReportWarning] {
        guard !offsets.isEmpty else { return [] }
        // One warning per run of adjacent bad bytes, so a damaged stretch is one message.
        var runs = [(start: Int, length: Int)]()
        for o in offsets {
            if let last = runs.last, last.start + last.length == o {
                runs[runs.count - 1].length += 1
            } else {
                runs.append((o, 1))
            }
        }
        return runs.prefix(50).map { run in
            ReportWarning(code: "invalid-bytes", severity: .warning,
                          message: "\(run.length) byte(s) at offset \(run.start) are not valid \(encoding); replaced with U+FFFD")
        } + (runs.count > 50
            ? [ReportWarning(code: "invalid-bytes", severity: .warning, message: "\(runs.count - 50) more runs of invalid \(encoding) bytes replaced with U+FFFD")]
            : [])
    }
}

extension String {
    /// Strict UTF-8 validation: nil when any byte sequence is not valid UTF-8.
    init?(validatingUTF8Bytes bytes: [UInt8]) {
        guard let s = String(validating: bytes, as: UTF8.self) else { return nil }
        self = s
    }
}
