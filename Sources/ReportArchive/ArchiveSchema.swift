/// The archive's tables, as an ordered list of migrations shared by both databases.
///
/// Migrations are applied once each, in order, and never edited after release: an archive made
/// by an older reportconv has only the first ones and gains the rest when it is opened. SQLite
/// runs them through GRDB's `DatabaseMigrator` (`SQLiteDatabase.migrate`), PostgreSQL in one
/// locked transaction (`PostgresDatabase.migrate`); both record them by these identifiers in
/// `grdb_migrations`.
public enum ArchiveSchema {
    public struct Migration: Sendable {
        public let identifier: String
        /// The statements, for one database.
        public let statements: @Sendable (SQLDialect) -> [String]
    }

    public static let migrations: [Migration] = [v1Tables, v2Search, v3SearchIndex, v4SearchRows]

    /// Reports keyed by `contentId`, their source files keyed by `sha256` (original bytes and that
    /// source's whole report, both gzip'd), and one table per kind of row for queries.
    static let v1Tables = Migration(identifier: "v1-tables") { d in
        let int = d.type("INTEGER"), real = d.type("REAL"), blob = d.type("BLOB")
        return [
            """
            CREATE TABLE reports (
              content_id TEXT PRIMARY KEY, schema_version \(int) NOT NULL, title TEXT, kind TEXT NOT NULL,
              issuer TEXT, year \(int), published_on TEXT, index_number TEXT, total_score \(real), grade TEXT,
              made_by TEXT NOT NULL)
            """,
            """
            CREATE TABLE sources (
              sha256 TEXT PRIMARY KEY, content_id TEXT NOT NULL, path TEXT NOT NULL, file TEXT NOT NULL,
              format TEXT NOT NULL, encoding TEXT, pages \(int), size \(int) NOT NULL, original \(blob) NOT NULL,
              report \(blob) NOT NULL, made_by TEXT NOT NULL)
            """,
            """
            CREATE TABLE funding (
              content_id TEXT NOT NULL, position \(int) NOT NULL, item TEXT NOT NULL, budget \(real),
              executed \(real), execution_rate \(real), unit TEXT NOT NULL, PRIMARY KEY (content_id, position))
            """,
            """
            CREATE TABLE indicators (
              content_id TEXT NOT NULL, position \(int) NOT NULL, level1 TEXT, level2 TEXT, name TEXT NOT NULL,
              target_raw TEXT, target_operator TEXT, target_value \(real), target_unit TEXT,
              actual_raw TEXT, actual_value \(real), actual_unit TEXT, note TEXT, weight \(real), score \(real),
              met \(int), PRIMARY KEY (content_id, position))
            """,
            """
            CREATE TABLE scores (
              content_id TEXT NOT NULL, position \(int) NOT NULL, name TEXT NOT NULL, max \(real), score \(real),
              PRIMARY KEY (content_id, position))
            """,
            """
            CREATE TABLE goals (
              content_id TEXT NOT NULL, side TEXT NOT NULL, position \(int) NOT NULL, text TEXT NOT NULL,
              PRIMARY KEY (content_id, side, position))
            """,
            """
            CREATE TABLE sections (
              content_id TEXT NOT NULL, position \(int) NOT NULL, parent \(int), number TEXT, title TEXT NOT NULL,
              level \(int) NOT NULL, text TEXT NOT NULL, PRIMARY KEY (content_id, position))
            """,
            """
            CREATE TABLE warnings (
              sha256 TEXT NOT NULL, position \(int) NOT NULL, code TEXT NOT NULL, severity TEXT NOT NULL,
              message TEXT NOT NULL, page \(int), row_number \(int), PRIMARY KEY (sha256, position))
            """,
            "CREATE INDEX reports_issuer ON reports (issuer)",
            "CREATE INDEX reports_kind_year ON reports (kind, year)",
            "CREATE INDEX reports_year ON reports (year)",
            "CREATE INDEX indicators_name ON indicators (name)",
            "CREATE INDEX sources_content_id ON sources (content_id)",
        ]
    }

    /// Full-text search over titles, section headings and text, and indicator names. SQLite:
    /// FTS5 with the `trigram` tokenizer (Chinese has no spaces to split words on; any 3
    /// characters are indexed). PostgreSQL: a plain table searched by substring. Terms of 1–2
    /// characters are matched by substring on both (see `ArchiveSearch`).
    static let v2Search = Migration(identifier: "v2-search") { d in
        let create: String
        switch d {
        case .sqlite:
            create = "CREATE VIRTUAL TABLE search_text USING fts5(content_id UNINDEXED, field UNINDEXED, text, tokenize = 'trigram')"
        case .postgres:
            create = "CREATE TABLE search_text (content_id TEXT NOT NULL, field TEXT NOT NULL, text TEXT NOT NULL)"
        }
        var statements = [create] + SearchText.fillStatements
        if d == .postgres { statements.append("CREATE INDEX search_text_content_id ON search_text (content_id)") }
        return statements
    }

    /// PostgreSQL's search by substring, indexed: a `pg_trgm` GIN index on the text, which serves
    /// `ILIKE '%term%'` for terms of three or more characters as FTS5's trigram table does on
    /// SQLite. The column becomes `"C"`-collated so that `ILIKE` folds ASCII case only, as
    /// SQLite's `LIKE` does, whatever the database's locale (`ArchiveSearch` has the rule).
    /// `pg_trgm` cuts words at characters the database's ctype does not call letters, so Chinese
    /// text is indexed only in a database with a UTF-8 ctype (C.UTF-8, zh_CN.UTF-8, …); in a
    /// `C`-ctype database the answers are the same and the index merely goes unused.
    /// `pg_trgm` is a trusted extension: the database's owner may create it. SQLite has nothing
    /// to do here (its search was indexed from v2 on).
    static let v3SearchIndex = Migration(identifier: "v3-search-index") { d in
        guard d == .postgres else { return [] }
        return [
            "CREATE EXTENSION IF NOT EXISTS pg_trgm",
            "ALTER TABLE search_text ALTER COLUMN text TYPE TEXT COLLATE \"C\"",
            "CREATE INDEX search_text_trigrams ON search_text USING gin (text gin_trgm_ops)",
        ]
    }

    /// SQLite: which rows of the FTS5 table belong to which report. Its `content_id` column is
    /// UNINDEXED, so removing a report's search rows by it read the whole table, once per report
    /// `archive reinterpret` replaced or moved (quadratic). `search_rows` maps each report to its
    /// rows' rowids, indexed, and the rows are removed by rowid (`SearchText.delete`).
    /// PostgreSQL's table has an index on `content_id` (v2) and needs nothing.
    static let v4SearchRows = Migration(identifier: "v4-search-rows") { d in
        guard d == .sqlite else { return [] }
        return [
            "CREATE TABLE search_rows (row INTEGER PRIMARY KEY, content_id TEXT NOT NULL)",
            "INSERT INTO search_rows (row, content_id) SELECT rowid, content_id FROM search_text",
            "CREATE INDEX search_rows_content_id ON search_rows (content_id)",
        ]
    }
}
