import Foundation

/// `archive search`: reports whose title, section headings or text, or indicator names contain
/// the text.
///
/// Chinese has no spaces between words, so search is by substring, not by word. The answer is
/// defined by one rule on both databases and for every length of term: the text contains the
/// term, ASCII letters compared without case and every other character exactly (`LIKE` on
/// SQLite, `ILIKE` on a `"C"`-collated column on PostgreSQL). The trigram indexes only find the
/// candidates faster: SQLite's FTS5 `trigram` table (which folds all of Unicode's case, so its
/// match alone would be wider) for terms of three or more characters, PostgreSQL's `pg_trgm` GIN
/// index for the same; shorter terms (医保, 县) have no trigram and are a scan on both.
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
        let (sql, arguments) = Self.searchQuery(term, dialect: db.dialect)
        let rows = try run { try db.read { s in try s.query(sql, arguments) } }
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

    /// The condition on `search_text` that finds a (trimmed, non-empty) term, and its arguments.
    static func searchCondition(_ term: String, dialect: SQLDialect) -> (sql: String, arguments: [SQLValue]) {
        let like = SQLValue.text("%" + escapeLike(term) + "%")
        switch dialect {
        case .sqlite where term.unicodeScalars.count >= 3:
            // LIKE with ESCAPE cannot use the FTS5 index by itself: MATCH finds the candidates
            // (a phrase is matched as a substring by the trigram tokenizer), LIKE decides.
            return ("search_text MATCH ? AND text LIKE ? ESCAPE '\\'",
                    [.text("\"" + term.replacingOccurrences(of: "\"", with: "\"\"") + "\""), like])
        case .sqlite:
            return ("text LIKE ? ESCAPE '\\'", [like])
        case .postgres:
            return ("text ILIKE ? ESCAPE '\\'", [like])
        }
    }

    /// The statement `search` runs for a (trimmed, non-empty) term: one row per report and field
    /// that contains it, with the report's title, issuer and year.
    static func searchQuery(_ term: String, dialect: SQLDialect) -> (sql: String, arguments: [SQLValue]) {
        let (condition, arguments) = searchCondition(term, dialect: dialect)
        let sql = """
            SELECT r.content_id, r.title, r.issuer, r.year, m.field FROM
              (SELECT DISTINCT content_id, field FROM search_text WHERE \(condition)) m
            JOIN reports r ON r.content_id = m.content_id
            """
        return (sql, arguments)
    }

    private static func escapeLike(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
