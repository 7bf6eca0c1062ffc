/// What full-text search covers: report titles, section headings and text, indicator names.
///
/// Kept as SQL over the normalised tables, so the migration that adds search fills it for an
/// archive made before, and a report's rows are (re)made the same way when it is stored.
enum SearchText {
    static let fields = ["title", "section", "indicator"]

    private static func select(where condition: String) -> [String] {
        [
            "INSERT INTO search_text (content_id, field, text) SELECT content_id, 'title', title FROM reports WHERE title IS NOT NULL\(condition)",
            "INSERT INTO search_text (content_id, field, text) SELECT content_id, 'section', title || '\n' || text FROM sections WHERE 1 = 1\(condition)",
            "INSERT INTO search_text (content_id, field, text) SELECT content_id, 'indicator', name FROM indicators WHERE 1 = 1\(condition)",
        ]
    }

    /// Fills the search table from every report.
    static let fillStatements = select(where: "")

    /// Fills it for one newly stored report (`?` is its contentId, once per statement).
    ///
    /// No DELETE first: a report's rows are only added when its `reports` row was just inserted,
    /// and removing a report removes its search rows with it (`ReportRows.delete`). On SQLite
    /// `content_id` is an UNINDEXED column of the FTS5 table, so a DELETE by it reads the whole
    /// table: done for every added report, archiving was quadratic (10,000 reports took 19
    /// minutes, the adding process at 100% CPU in SQLite's scan and the workers idle).
    static let reportStatements = select(where: " AND content_id = ?")

    /// The tables holding a report's search rows: on SQLite also the map of its rows' rowids.
    static func tables(_ dialect: SQLDialect) -> [String] {
        dialect == .sqlite ? ["search_text", "search_rows"] : ["search_text"]
    }

    /// Adds the search rows of one newly stored report; on SQLite also their rowids to
    /// `search_rows`. The rows just added are those past the largest rowid before: a write
    /// transaction has the table to itself.
    static func insert(contentId: SQLValue, in s: any ArchiveStatements) throws {
        let before = s.dialect == .sqlite
            ? try s.query("SELECT rowid FROM search_text ORDER BY rowid DESC LIMIT 1").first?[0].int ?? 0 : 0
        for sql in reportStatements {
            try s.execute(sql, Array(repeating: contentId, count: sql.filter { $0 == "?" }.count))
        }
        if s.dialect == .sqlite {
            try s.execute("INSERT INTO search_rows (row, content_id) SELECT rowid, content_id FROM search_text WHERE rowid > ?",
                          [.integer(before)])
        }
    }

    /// Removes one report's search rows: on SQLite by rowid, found through `search_rows`
    /// (migration v4-search-rows), since FTS5 cannot find rows by an UNINDEXED column without
    /// reading them all.
    static func delete(contentId: SQLValue, in s: any ArchiveStatements) throws {
        switch s.dialect {
        case .sqlite:
            try s.execute("DELETE FROM search_text WHERE rowid IN (SELECT row FROM search_rows WHERE content_id = ?)", [contentId])
            try s.execute("DELETE FROM search_rows WHERE content_id = ?", [contentId])
        case .postgres:
            try s.execute("DELETE FROM search_text WHERE content_id = ?", [contentId])
        }
    }
}
