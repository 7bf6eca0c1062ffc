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
        /// NUL bytes or mostly control bytes: not a text file.
        case binary
    }

    /// Decodes by evidence, in order: BOM (UTF-8, UTF-16LE, UTF-16BE); UTF-16 without BOM by its
    /// alternating zero bytes (before the binary test, which those zeros would fail); valid UTF-8;
    /// then GB18030, which covers GBK and GB2312.
    ///
    /// - Throws: `Failure.binary` when the bytes are not text.
    public static func decode(_ data: Data) throws -> Decoded {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return decode(Array(bytes.dropFirst(3)), as: "UTF-8", offsetBase: 3)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return decode(Array(bytes.dropFirst(2)), as: "UTF-16LE", offsetBase: 2)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return decode(Array(bytes.dropFirst(2)), as: "UTF-16BE", offsetBase: 2)
        }
        if let utf16 = bomlessUTF16(bytes) {
            return decode(bytes, as: utf16, offsetBase: 0)
        }
        if looksBinary(bytes) { throw Failure.binary }
        if let text = String(validatingUTF8Bytes: bytes) {
            return Decoded(text: text, encoding: "UTF-8", warnings: [])
        }
        return decode(bytes, as: "GB18030", offsetBase: 0)
    }

    /// Decodes `bytes` in a named encoding (any name glibc iconv knows; GB2312, GBK, CP936 and
    /// x-gbk are read as their superset GB18030). Bad bytes become U+FFFD, each run reported
    /// with its byte offset.
    public static func decode(_ bytes: [UInt8], as encoding: String, offsetBase: Int = 0) -> Decoded {
        let name = canonicalName(encoding)
        if name == "UTF-8", let text = String(validatingUTF8Bytes: bytes) {
            return Decoded(text: text, encoding: name, warnings: [])
        }
        guard let converter = Iconv(from: name) ?? Iconv(from: "UTF-8") else {
            return Decoded(text: String(decoding: bytes, as: UTF8.self), encoding: "UTF-8", warnings: [])
        }
        let (text, bad) = converter.convert(bytes)
        return Decoded(text: text, encoding: converter.sourceEncoding,
                       warnings: invalidByteWarnings(bad.map { $0 + offsetBase }, encoding: converter.sourceEncoding))
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

    /// NUL bytes, or more than 10% control bytes other than tab, LF, CR, FF, ESC.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        if sample.contains(0) { return true }
        let control = sample.filter { $0 < 0x20 && ![0x09, 0x0A, 0x0D, 0x0C, 0x1B].contains($0) }.count
        return control * 10 > sample.count
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
