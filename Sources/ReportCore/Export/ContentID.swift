import Crypto
import Foundation
import ReportModel

/// The `contentId` of a report: the same for the same report in any format.
///
/// `"sha256:"` + hex SHA-256 of the canonical JSON of exactly `metadata`, `funding`,
/// `indicators`, `scores`, `sections`, holding only contract fields (no `met`, `weight`,
/// `score` on rows), keys sorted, no whitespace, nulls written, numbers in shortest round-trip
/// form, and every string NFC with all whitespace removed.
public enum ContentID {
    public static func compute(for report: Report) throws -> String {
        compute(parts: try hashedParts(of: report))
    }

    /// The hashed parts of `report` as JSON trees, by their key in the export; the JSON export
    /// reuses them (`JSONExporter.export(_:reusing:)`) rather than encoding them again.
    public static func hashedParts(of report: Report) throws -> [String: JSONValue] {
        [
            "metadata": try JSONTreeEncoder.encode(report.metadata),
            "funding": try JSONTreeEncoder.encode(report.funding),
            "indicators": try JSONTreeEncoder.encode(report.indicators),
            "scores": try JSONTreeEncoder.encode(report.scores),
            "sections": try JSONTreeEncoder.encode(report.sections),
        ]
    }

    public static func compute(parts: [String: JSONValue]) -> String {
        let digest = SHA256.hash(data: Data(canonicalPayload(parts: parts).utf8))
        return "sha256:" + HexDigest.string(digest)
    }

    /// The exact text that is hashed; exposed for tests and for explaining a mismatch.
    public static func canonicalPayload(_ report: Report) throws -> String {
        canonicalPayload(parts: try hashedParts(of: report))
    }

    static func canonicalPayload(parts: [String: JSONValue]) -> String {
        var indicators = parts["indicators"] ?? .array([])
        if case .array(let rows) = indicators {
            indicators = .array(rows.map { row in
                guard case .object(let pairs) = row else { return row }
                return .object(pairs.filter { !["met", "weight", "score"].contains($0.0) })
            })
        }
        let object = JSONValue.object([
            ("metadata", parts["metadata"] ?? .null),
            ("funding", parts["funding"] ?? .array([])),
            ("indicators", indicators),
            ("scores", parts["scores"] ?? .null),
            ("sections", parts["sections"] ?? .array([])),
        ])
        return JSONWriter.canonical(stripWhitespace(object))
    }

    private static func stripWhitespace(_ v: JSONValue) -> JSONValue {
        switch v {
        case .string(let s):
            let nfc = isNFC(s) ? s : s.precomposedStringWithCanonicalMapping
            guard nfc.unicodeScalars.contains(where: \.isWhiteSpaceProperty) else { return .string(nfc) }
            return .string(String(String.UnicodeScalarView(nfc.unicodeScalars.filter { !$0.isWhiteSpaceProperty })))
        case .array(let a): return .array(a.map(stripWhitespace))
        case .object(let o): return .object(o.map { ($0.0, stripWhitespace($0.1)) })
        default: return v
        }
    }

    /// Whether `s` is certainly in NFC already, so Foundation's normalisation (the costliest
    /// step here) can be skipped: every scalar is one that NFC leaves alone and that never
    /// combines with its neighbours (below U+0300, CJK punctuation except the combining tone
    /// marks U+302A–U+302F, the unified ideographs, full- and half-width forms).
    private static func isNFC(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { u in
            switch u.value {
            case 0..<0x300, 0x3000...0x3029, 0x3030...0x303F, 0x4E00...0x9FFF, 0xFF01...0xFFEF: return true
            default: return false
            }
        }
    }
}
