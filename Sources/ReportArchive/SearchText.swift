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
}
