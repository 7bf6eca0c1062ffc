import Foundation

/// The extract a document-sharing site shows of a file (`《….docx》由会员分享，可在线阅读…`):
/// the text cut into pieces numbered `1、`, `2、`, `3、`, each piece going on mid-sentence from
/// the last (`…维修墓` / `2、道及围栏…`). The numbers are the site's, not the report's: read as
/// the report's own `1、` `2、` they opened sections titled with half sentences. The pieces are
/// joined back into the one text they were cut from.
///
/// Read only under the site's viewer line, and only where every piece but the last stops
/// mid-sentence and is long: a report's own list items end their sentences.
enum SharingSiteChunks {
    /// The shortest piece taken for a chunk: a site cuts pieces hundreds of characters long.
    static let minChunkLength = 60

    static func join(_ items: [BodyItem]) -> [BodyItem] {
        let lines = items.prefix(12).compactMap { item -> String? in
            if case .line(let l) = item, !l.isBlank { return l.text } else { return nil }
        }
        guard lines.prefix(5).contains(where: isViewerLine) else { return items }
        guard let start = items.indices.first(where: { chunkNumber(items[$0]) == 1 }) else { return items }
        var chunks = [start]
        var k = start + 1
        while k < items.count, case .line(let l) = items[k] {
            if l.isBlank { k += 1; continue }
            guard chunkNumber(items[k]) == chunks.count + 1 else { break }
            chunks.append(k)
            k += 1
        }
        guard chunks.count >= 2 else { return items }
        var texts: [String] = []
        for (n, i) in chunks.enumerated() {
            guard case .line(let l) = items[i] else { return items }
            let text = withoutNumber(l.text)
            // Every piece but the last goes on in the next one.
            if n < chunks.count - 1, let last = text.last, "。！？；;!?".contains(last) { return items }
            guard text.count >= minChunkLength || n == chunks.count - 1 else { return items }
            texts.append(text)
        }
        var out = items
        guard case .line(var first) = items[start] else { return items }
        first.raw = texts.dropFirst().reduce(texts[0]) { ParagraphJoiner.join($0, $1) }
        out[start] = .line(first)
        for i in chunks.dropFirst().reversed() { out.remove(at: i) }
        return out
    }

    /// The site's line over the extract: it cites the file and says a member shared it; or the
    /// copyright notice other sites of the kind put there instead (`版权说明：本文档由用户提供并上传，
    /// 收益归属内容提供方…`).
    static func isViewerLine(_ text: String) -> Bool {
        let c = text.compacted
        return c.hasPrefix("《") && (c.includes("由会员分享") || c.includes("可在线阅读")) || c.includes("本文档由用户提供并上传")
    }

    /// `2、…` → 2.
    static func chunkNumber(_ item: BodyItem) -> Int? {
        guard case .line(let l) = item else { return nil }
        let t = l.text
        guard let r = t.range(of: #"^\d{1,2}、"#, options: .regularExpression) else { return nil }
        return Int(t[r].dropLast())
    }

    private static func withoutNumber(_ t: String) -> String {
        guard let r = t.range(of: #"^\d{1,2}、"#, options: .regularExpression) else { return t }
        return String(t[r.upperBound...])
    }
}
