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
        let payload = try canonicalPayload(report)
        let digest = SHA256.hash(data: Data(payload.utf8))
        return "sha256:" + digest.map { String(format: "%02x", $0) }.joined()
    }

    /// The exact text that is hashed; exposed for tests and for explaining a mismatch.
    public static func canonicalPayload(_ report: Report) throws -> String {
        var indicators = try JSONTreeEncoder.encode(report.indicators)
        if case .array(let rows) = indicators {
            indicators = .array(rows.map { row in
                guard case .object(let pairs) = row else { return row }
                return .object(pairs.filter { !["met", "weight", "score"].contains($0.0) })
            })
        }
        let object = JSONValue.object([
            ("metadata", try JSONTreeEncoder.encode(report.metadata)),
            ("funding", try JSONTreeEncoder.encode(report.funding)),
            ("indicators", indicators),
            ("scores", try JSONTreeEncoder.encode(report.scores)),
            ("sections", try JSONTreeEncoder.encode(report.sections)),
        ])
        return JSONWriter.canonical(stripWhitespace(object))
    }

    private static func stripWhitespace(_ v: JSONValue) -> JSONValue {
        switch v {
        case .string(let s):
            let nfc = s.precomposedStringWithCanonicalMapping
            guard nfc.unicodeScalars.contains(where: \.isWhiteSpaceProperty) else { return .string(nfc) }
            return .string(String(String.UnicodeScalarView(nfc.unicodeScalars.filter { !$0.isWhiteSpaceProperty })))
        case .array(let a): return .array(a.map(stripWhitespace))
        case .object(let o): return .object(o.map { ($0.0, stripWhitespace($0.1)) })
        default: return v
        }
    }
}
