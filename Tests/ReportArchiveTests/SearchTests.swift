import Foundation
import ReportCore
import ReportModel
@testable import ReportArchive
@testable import reportconv
import Testing
import TestSupport

/// `archive search`: one rule on both databases and for every length of term (substring, ASCII
/// case folded, everything else exact), and the trigram index behind terms of three or more
/// characters on both. (ArchiveTests.searchFindsChineseTextOfAnyLength checks the answers on the
/// samples' Chinese text.)
@Suite struct SearchTests {
    /// One sample report under an invented title with ASCII and non-ASCII letters and LIKE's
    /// wildcard characters, as its own report and source.
    static func archiveWithOddTitle(_ backend: TestBackend) throws -> (Archive, String) {
        let archive = try Archive(try ArchiveLocation(try backend.freshArchive()))
        var report = try ArchiveTests.converter.convert(InputFile(path: seedFiles[0], relativePath: "a.txt"))
        report.metadata.title = "人均GDP增长Ä级_100%完成"
        report.contentId = "sha256:" + String(repeating: "1", count: 64)
        report.source.sha256 = String(repeating: "b", count: 64)
        _ = try archive.add(report, original: Data("odd".utf8), path: "odd.txt")
        return (archive, report.contentId)
    }

    @Test(arguments: TestBackend.available)
    func theRuleIsTheSameOnBothDatabasesForEveryLength(backend: TestBackend) throws {
        let (archive, id) = try Self.archiveWithOddTitle(backend)
        let cases: [(term: String, found: Bool)] = [
            ("gdp", true), ("Gd", true), ("g", true),           // ASCII letters: any case, through the index or not
            ("长Ä级", true), ("Ä", true),                         // other letters as written
            ("长ä级", false), ("ä", false), ("ｇｄｐ", false),     // …and only so (FTS5 alone would find "长ä级")
            ("_100%", true), ("%完", true), ("G_P", false), ("0%完成", true),  // wildcards are literal
        ]
        for c in cases {
            let hits = try archive.search(c.term).map(\.contentId)
            #expect(hits.contains(id) == c.found, "search \(c.term) on \(backend)")
        }
    }

    /// A term of three or more characters is answered from the trigram index: FTS5's on SQLite,
    /// `pg_trgm`'s GIN index on PostgreSQL (whole-table and whole-index scans turned off, since on
    /// a handful of rows the planner rightly prefers them; on a large archive it picks the trigram
    /// index by itself: bench/archive).
    @Test(arguments: TestBackend.available)
    func longTermsGoThroughTheTrigramIndex(backend: TestBackend) throws {
        let (archive, _) = try Self.archiveWithOddTitle(backend)
        let (sql, arguments) = Archive.searchQuery("满意度", dialect: archive.db.dialect)
        let plan = try archive.db.read { s -> String in
            switch backend {
            case .sqlite:
                return try s.query("EXPLAIN QUERY PLAN " + sql, arguments).map { $0[3].string ?? "" }.joined(separator: "\n")
            case .postgres:
                try s.execute("SET LOCAL enable_seqscan = off")
                try s.execute("SET LOCAL enable_indexscan = off")  // nor a whole scan of another index
                return try s.query("EXPLAIN " + sql, arguments).map { $0[0].string ?? "" }.joined(separator: "\n")
            }
        }
        switch backend {
        case .sqlite: #expect(plan.contains("VIRTUAL TABLE INDEX 0:M"), "\(plan)")
        case .postgres: #expect(plan.contains("Bitmap Index Scan on search_text_trigrams"), "\(plan)")
        }
    }

    /// An archive made before the trigram index (PostgreSQL: no index, the database's collation
    /// on the text) gains both when it is opened, and searches by the same rule.
    @Test(arguments: TestBackend.available)
    func anArchiveFromBeforeTheTrigramIndexGainsIt(backend: TestBackend) throws {
        let (archive, id) = try Self.archiveWithOddTitle(backend)
        try archive.db.write { s in
            if backend == .postgres {
                try s.execute("DROP INDEX search_text_trigrams")
                try s.execute("ALTER TABLE search_text ALTER COLUMN text TYPE TEXT COLLATE \"default\"")
            }
            try s.execute("DELETE FROM grdb_migrations WHERE identifier = 'v3-search-index'")
        }
        let reopened = try Archive(archive.location)
        let state = try reopened.db.read { s -> [String] in
            var state = try s.query("SELECT identifier FROM grdb_migrations ORDER BY identifier").map { $0[0].string ?? "" }
            if backend == .postgres {
                state += try s.query("SELECT indexname FROM pg_indexes WHERE tablename = 'search_text' ORDER BY indexname").map { $0[0].string ?? "" }
                state += try s.query("SELECT collation_name FROM information_schema.columns WHERE table_name = 'search_text' AND column_name = 'text'").map { $0[0].string ?? "" }
            }
            return state
        }
        let migrations = ["v1-tables", "v2-search", "v3-search-index", "v4-search-rows"]
        #expect(state == (backend == .postgres ? migrations + ["search_text_content_id", "search_text_trigrams", "C"] : migrations))
        #expect(try reopened.search("gdp").map(\.contentId).contains(id))
        #expect(try !reopened.search("长ä级").map(\.contentId).contains(id))
    }
}
