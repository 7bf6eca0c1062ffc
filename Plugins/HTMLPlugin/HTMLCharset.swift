import Foundation
import ReportCore
import ReportModel

/// Decides a page's charset and decodes it to a Swift string.
///
/// libxml2's own charset handling loses text (it stops at the first character outside a strict
/// GB2312 converter, and falls back to Latin-1 without a meta), so the plugin decides first,
/// in this order: a byte-order mark; BOM-less UTF-16; the charset the page declares
/// (`<meta charset>` or `http-equiv` in the first `scanLength` bytes); UTF-8 (valid, or with
/// only a few damaged sequences, as in a page cut off mid-character); GB18030.
/// GB2312, GBK, CP936 and x-gbk are read as their superset GB18030 (core's `TextDecoding`).
///
/// Declarations are checked against the bytes, because saved and re-encoded pages often keep a
/// stale meta: a page that declares a GB charset or a Western single-byte charset but is valid
/// multi-byte UTF-8 is read as UTF-8, and a page that declares UTF-8 but is not valid UTF-8 is
/// read as GB18030 when that decodes cleanly. Every such choice is a `charset-mismatch` warning
/// naming both charsets.
enum HTMLCharset {
    struct Decoded {
        var text: String
        /// The charset used (`UTF-8`, `GB18030`, `UTF-16LE`, …).
        var encoding: String
        /// The charset the page declares, as written; nil when it declares none.
        var declared: String?
        var warnings: [ReportWarning]
    }

    /// How far into the file a `<meta>` declaration is looked for.
    static let scanLength = 4096

    static func decode(_ data: Data) -> Decoded {
        let bytes = [UInt8](data)
        let declared = declaredCharset(in: bytes)

        // A BOM or UTF-16 zeros are stronger evidence than any declaration.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE])
            || bytes.starts(with: [0xFE, 0xFF]) || hasUTF16Zeros(bytes) {
            if let byEvidence = try? TextDecoding.decode(data) {
                return finish(byEvidence, declared: declared, reason: "the byte-order mark or UTF-16 layout says so")
            }
        }

        let isUTF8 = String(validating: bytes, as: UTF8.self) != nil
        // A page cut off mid-character, or with a few damaged bytes, is still UTF-8; reading
        // it as GB18030 would garble every character.
        let mostlyUTF8 = isUTF8 || TextEvidence.looksLikeUTF8(bytes)
        let hasMultibyte = bytes.contains { $0 >= 0x80 }

        if let declared {
            let name = TextDecoding.canonicalName(declared)
            if name == "UTF-8" {
                if mostlyUTF8 { return plain(TextDecoding.decode(bytes, as: "UTF-8"), declared: declared) }
                let gb = TextDecoding.decode(bytes, as: "GB18030")
                if gb.warnings.isEmpty {
                    return finish(gb, declared: declared, reason: "the bytes are not valid UTF-8 but are valid GB18030")
                }
                return plain(TextDecoding.decode(bytes, as: "UTF-8"), declared: declared)
            }
            if hasMultibyte, mostlyUTF8, name == "GB18030" || singleByteWestern.contains(name) {
                return finish(TextDecoding.decode(bytes, as: "UTF-8"), declared: declared,
                              reason: "the bytes are multi-byte UTF-8")
            }
            if singleByteWestern.contains(name), hasMultibyte {
                // A Chinese page labelled Latin-1 is a server default, not a statement.
                let gb = TextDecoding.decode(bytes, as: "GB18030")
                if gb.warnings.isEmpty {
                    return finish(gb, declared: declared, reason: "the bytes are valid GB18030 Chinese text")
                }
            }
            let result = TextDecoding.decode(bytes, as: name)
            if result.encoding == "UTF-8", name != "UTF-8" {
                // iconv does not know the declared name; TextDecoding fell back to UTF-8.
                return finish(bestGuess(bytes, mostlyUTF8: mostlyUTF8), declared: declared,
                              reason: "the declared charset is unknown")
            }
            return plain(result, declared: declared)
        }
        return plain(bestGuess(bytes, mostlyUTF8: mostlyUTF8), declared: nil)
    }

    /// Single-byte charsets a Chinese page is sometimes mislabelled with.
    static let singleByteWestern: Set<String> = ["WINDOWS-1252", "ISO-8859-15", "WINDOWS-1250"]

    /// UTF-8 (with replacement characters for damaged bytes), else GB18030.
    private static func bestGuess(_ bytes: [UInt8], mostlyUTF8: Bool) -> TextDecoding.Decoded {
        mostlyUTF8 ? TextDecoding.decode(bytes, as: "UTF-8") : TextDecoding.decode(bytes, as: "GB18030")
    }

    /// The result as decoded, with an `info` note when the declared name is only an alias or
    /// subset of the charset used (gb2312 read as GB18030).
    private static func plain(_ decoded: TextDecoding.Decoded, declared: String?) -> Decoded {
        var warnings = decoded.warnings
        if let declared, !sameName(declared, decoded.encoding) {
            warnings.insert(ReportWarning(
                code: "charset-superset", severity: .info,
                message: "page declares charset '\(declared)'; decoded as '\(decoded.encoding)', which contains it"), at: 0)
        }
        return Decoded(text: decoded.text, encoding: decoded.encoding, declared: declared, warnings: warnings)
    }

    /// The result of overriding the declaration, with a warning naming both charsets.
    private static func finish(_ decoded: TextDecoding.Decoded, declared: String?, reason: String) -> Decoded {
        var warnings = decoded.warnings
        if let declared, TextDecoding.canonicalName(declared) != decoded.encoding {
            warnings.insert(ReportWarning(
                code: "charset-mismatch", severity: .warning,
                message: "page declares charset '\(declared)' but was decoded as '\(decoded.encoding)': \(reason)"), at: 0)
        }
        return Decoded(text: decoded.text, encoding: decoded.encoding, declared: declared, warnings: warnings)
    }

    private static func sameName(_ declared: String, _ used: String) -> Bool {
        let d = declared.uppercased().replacingOccurrences(of: "_", with: "-")
        return d == used || (d == "UTF8" && used == "UTF-8")
    }

    /// BOM-less UTF-16: ASCII markup leaves a zero in every other byte.
    private static func hasUTF16Zeros(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(512)
        return sample.count >= 8 && sample.filter { $0 == 0 }.count * 4 >= sample.count
    }

    /// The charset named by `<meta charset=…>` or `<meta http-equiv … content="…; charset=…">`
    /// in the first `scanLength` bytes, outside comments. A byte scan: the markup is ASCII in
    /// every charset this is asked about.
    static func declaredCharset(in bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(scanLength))
        var i = 0
        while i < head.count {
            guard head[i] == UInt8(ascii: "<") else {
                i += 1
                continue
            }
            if matches(head, at: i, "<!--") {
                guard let end = find(head, "-->", from: i + 4) else { return nil }
                i = end + 3
                continue
            }
            guard matches(head, at: i, "<meta") else {
                i += 1
                continue
            }
            let tagEnd = head[i...].firstIndex(of: UInt8(ascii: ">")) ?? head.count
            let tag = head[i..<tagEnd].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            if let keyword = find(tag, "charset", from: 0) {
                var k = keyword + 7
                func skip(_ set: [UInt8]) { while k < tag.count, set.contains(tag[k]) { k += 1 } }
                skip([0x20, 0x09, 0x0A, 0x0D])
                if k < tag.count, tag[k] == UInt8(ascii: "=") {
                    k += 1
                    skip([0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "\""), UInt8(ascii: "'")])
                    let start = k
                    while k < tag.count, isCharsetNameByte(tag[k]) { k += 1 }
                    if k > start {
                        // The name as written (case kept), from the original bytes.
                        return String(decoding: head[(i + start)..<(i + k)], as: UTF8.self)
                    }
                }
            }
            i = tagEnd
        }
        return nil
    }

    private static func isCharsetNameByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ".") || b == UInt8(ascii: ":")
    }

    /// Whether `bytes` has `ascii` at `index`, ignoring ASCII case.
    private static func matches(_ bytes: [UInt8], at index: Int, _ ascii: String) -> Bool {
        let needle = Array(ascii.utf8)
        guard index + needle.count <= bytes.count else { return false }
        for (k, n) in needle.enumerated() {
            let b = bytes[index + k]
            if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != n { return false }
        }
        return true
    }

    private static func find(_ bytes: [UInt8], _ ascii: String, from start: Int) -> Int? {
        var i = start
        let count = ascii.utf8.count
        while i + count <= bytes.count {
            if matches(bytes, at: i, ascii) { return i }
            i += 1
        }
        return nil
    }
}
