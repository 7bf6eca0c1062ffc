import Foundation

/// `archive search`: reports whose title, section headings or text, or indicator names contain
/// the text.
///
/// Chinese has no spaces between words, so search is by substring, not by word. On SQLite, a
/// term of three or more characters goes through the FTS5 trigram index; shorter terms (医保,
/// 县) have no trigram and fall back to a scan with LIKE, which gives the same answer slower.
/// PostgreSQL matches by substring (ILIKE) for every length. Both ignore ASCII case.
public struct SearchHit: Sendable, Equatable {
    public var contentId: String
    public var title: String?
    public var issuer: String?
    public var year: Int?
    /// Where the text was found: `title`, `section`, `indicator`, in that order.
    public var fields: [String]
}

extension Archive {
    public func search(_ text: String) throws -> [SearchHit] {
        let term = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !term.isEmpty else { return [] }
        let (condition, argument) = searchCondition(term)
        let rows = try run {
            try db.read { s in
                try s.query(
                    """
                    SELECT r.content_id, r.title, r.issuer, r.year, m.field FROM
                      (SELECT DISTINCT content_id, field FROM search_text WHERE \(condition)) m
                    JOIN reports r ON r.content_id = m.content_id
                    """, [argument])
            }
        }
        var hits: [String: SearchHit] = [:]
        for row in rows {
            let id = row[0].string ?? ""
            var hit = hits[id] ?? SearchHit(contentId: id, title: row[1].string, issuer: row[2].string,
                                            year: row[3].int.map(Int.init), fields: [])
            if let field = row[4].string { hit.fields.append(field) }
            hits[id] = hit
        }
        return hits.values.map { hit in
            var h = hit
            h.fields = SearchText.fields.filter(hit.fields.contains)
            return h
        }.sorted { ($0.year ?? 0, $0.title ?? "", $0.contentId) < ($1.year ?? 0, $1.title ?? "", $1.contentId) }
    }

    /// The condition on `search_text` that finds `term` (not empty), and its one argument: the
    /// trigram index for three or more characters on SQLite, a substring scan otherwise.
    func searchCondition(_ term: String) -> (sql: String, argument: SQLValue) {
        switch db.dialect {
        case .sqlite where term.count >= 3:
            return ("search_text MATCH ?", .text("\"" + term.replacingOccurrences(of: "\"", with: "\"\"") + "\""))
        case .sqlite:
            return ("text LIKE ? ESCAPE '\\'", .text("%" + Self.escapeLike(term) + "%"))
        case .postgres:
            return ("text ILIKE ? ESCAPE '\\'", .text("%" + Self.escapeLike(term) + "%"))
        }
    }

    private static func escapeLike(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
