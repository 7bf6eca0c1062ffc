import Foundation
import ReportCore
import ReportModel
@testable import ReportArchive
@testable import reportconv
import Testing
import TestSupport

/// The archive commands, run against every backend (`TestBackend.available`).
@Suite struct ArchiveTests {
    static let converter = Converter(registry: BuiltinPlugins.registry)

    /// Every sample file, by path: seeds in three formats and the extra shapes.
    static let allSamples: [String] = sampleInputs.map(\.path).sorted()

    static func sql(_ db: String, _ query: String) throws -> String {
        let r = try reportconv(["archive", "sql", "--db", db, "--format", "csv", query])
        try #require(r.status == 0, "\(query): \(r.stderr)")
        return r.stdout
    }

    static func count(_ db: String, _ table: String) throws -> Int {
        Int(try sql(db, "SELECT COUNT(*) AS n FROM \(table)").split(separator: "\r\n").last.map(String.init) ?? "") ?? -1
    }

    /// Every table's rows in a fixed order, blobs by size: what "nothing changed" compares.
    static func dump(_ db: String) throws -> String {
        let tables = [
            ("reports", "content_id"), ("sources", "sha256"), ("funding", "content_id, position"),
            ("indicators", "content_id, position"), ("scores", "content_id, position"), ("goals", "content_id, side, position"),
            ("sections", "content_id, position"), ("warnings", "sha256, position"), ("search_text", "content_id, field, text"),
        ]
        return try tables.map { "# \($0.0)\n" + (try sql(db, "SELECT * FROM \($0.0) ORDER BY \($0.1)")) }.joined()
    }

    @Test(arguments: TestBackend.available)
    func sameReportInThreeFormatsIsOneReportAndAddingAgainChangesNothing(backend: TestBackend) throws {
        let db = try backend.freshArchive()
        let first = try reportconv(["archive", "add", "--db", db] + seedFiles)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("5 new report(s), 10 new source(s) of stored reports, 0 already archived"), "\(first.stderr)")
        #expect(try Self.count(db, "reports") == 5)
        #expect(try Self.count(db, "sources") == 15)
        let before = try Self.dump(db)
        let again = try reportconv(["archive", "add", "--db", db] + seedFiles)
        #expect(again.status == 0)
        #expect(again.stderr.contains("0 new report(s), 0 new source(s) of stored reports, 15 already archived"), "\(again.stderr)")
        #expect(try Self.dump(db) == before)
        // The normalised rows are the report's: one indicator row per indicator of each report.
        let reports = try seedFiles.map { try Self.converter.convert(InputFile(path: $0, relativePath: ($0 as NSString).lastPathComponent)) }
        var byId: [String: Report] = [:]
        for r in reports { byId[r.contentId] = r }
        #expect(try Self.count(db, "indicators") == byId.values.map(\.indicators.count).reduce(0, +))
        #expect(try Self.count(db, "funding") == byId.values.map(\.funding.count).reduce(0, +))
    }

    @Test(arguments: TestBackend.available)
    func exportIsWhatConvertGives(backend: TestBackend) throws {
        let db = try backend.freshArchive()
        // The scans are read by OCR, which on a loaded two-core machine can outlast the default
        // per-file timeout; what is compared here is the archive, not the machine's speed.
        let add = try reportconv(["archive", "add", "--db", db, "--timeout", "900"] + Self.allSamples)
        #expect(add.status == 0, "\(add.stderr)")
        let dir = try temporaryFolder()
        let converted = dir.appendingPathComponent("convert").path, exported = dir.appendingPathComponent("export").path
        let convert = try reportconv(["convert", "--timeout", "900"] + Self.allSamples + ["--to", "csv", "--to", "json", "--to", "md", "--out", converted])
        #expect(convert.status == 0, "\(convert.stderr)")
        let export = try reportconv(["archive", "export", "--db", db, "--to", "csv", "--to", "json", "--to", "md", "--out", exported])
        #expect(export.status == 0, "\(export.stderr)")
        let names = filesBelow(converted)
        #expect(names.count == 4 + 2 * Self.allSamples.count)
        #expect(filesBelow(exported) == names)
        for name in names {
            let a = try Data(contentsOf: URL(fileURLWithPath: converted).appendingPathComponent(name))
            let b = try Data(contentsOf: URL(fileURLWithPath: exported).appendingPathComponent(name))
            #expect(a == b, "\(name) differs")
        }
    }

    @Test(arguments: TestBackend.available)
    func searchFindsChineseTextOfAnyLength(backend: TestBackend) throws {
        let db = try backend.freshArchive()
        let archive = try Archive(try ArchiveLocation(db))
        var reports: [String: Report] = [:]
        for path in Self.allSamples {
            let report = try Self.converter.convert(InputFile(path: path, relativePath: (path as NSString).lastPathComponent))
            _ = try archive.add(report, original: try Data(contentsOf: URL(fileURLWithPath: path)), path: path)
            reports[report.contentId] = report
        }
        // The expected answer, worked out from the reports themselves.
        func expected(_ term: String) -> [String] {
            reports.values.filter { r in
                let sections = ReportRows.flatten(r.sections).map { $0.section.title + "\n" + $0.section.paragraphs.joined(separator: "\n") }
                return ([r.metadata.title ?? ""] + sections + r.indicators.map(\.name)).contains { $0.contains(term) }
            }.map(\.contentId).sorted()
        }
        // 4+ characters through the trigram index, 2 and 1 by the fallback, and a miss.
        for term in ["医疗保障", "绩效目标", "满意度", "医保", "资金", "县", "元", "不存在的词语"] {
            let hits = try archive.search(term).map(\.contentId).sorted()
            #expect(hits == expected(term), "search \(term)")
        }
        #expect(!expected("医保").isEmpty && !expected("县").isEmpty && !expected("满意度").isEmpty)
        let hit = try #require(try archive.search("满意度").first)
        #expect(hit.fields.contains("indicator"))
        // The web page's listing: the same matches, counted, and paged (past the end: none, still counted).
        for term in ["满意度", "医保", "县"] {
            let all = try archive.reports(matching: ReportFilter(text: term), offset: 0, limit: 1000)
            #expect(all.total == expected(term).count && all.reports.map(\.contentId).sorted() == expected(term), "listing \(term)")
            let second = try archive.reports(matching: ReportFilter(text: term), offset: 2, limit: 2)
            #expect(second.total == all.total && second.reports.map(\.contentId) == Array(all.reports.map(\.contentId).dropFirst(2).prefix(2)))
            let past = try archive.reports(matching: ReportFilter(text: term), offset: all.total + 5, limit: 2)
            #expect(past.total == all.total && past.reports.isEmpty)
        }
    }

    @Test(arguments: TestBackend.available)
    func sqlIsReadOnlyAndPrintsCSVOrATable(backend: TestBackend) throws {
        let db = try backend.freshArchive()
        #expect(try reportconv(["archive", "add", "--db", db] + seedFiles).status == 0)
        let refused = try reportconv(["archive", "sql", "--db", db, "DELETE FROM reports"])
        #expect(refused.status == 1)
        #expect(refused.stderr.lowercased().contains("read-only") || refused.stderr.lowercased().contains("readonly"), "\(refused.stderr)")
        #expect(try Self.count(db, "reports") == 5)
        let query = "SELECT format, COUNT(*) AS files FROM sources GROUP BY format ORDER BY format"
        #expect(try Self.sql(db, query) == "format,files\r\nhtml,5\r\npdf,5\r\ntext,5\r\n")
        let table = try reportconv(["archive", "sql", "--db", db, query])
        #expect(table.stdout == "format  files\n------  -----\nhtml    5\npdf     5\ntext    5\n(3 rows)\n")
        let empty = try reportconv(["archive", "sql", "--db", db, "--format", "csv", "SELECT content_id, title FROM reports WHERE year = 1900"])
        #expect(empty.stdout == "content_id,title\r\n")
        let bad = try reportconv(["archive", "sql", "--db", db, "SELECT * FROM no_such_table"])
        #expect(bad.status == 1 && bad.stderr.contains("no_such_table"), "\(bad.stderr)")
    }

    @Test(arguments: TestBackend.available)
    func reinterpretRebuildsFromOriginalsAndReportsMovedIds(backend: TestBackend) throws {
        let db = try backend.freshArchive()
        #expect(try reportconv(["archive", "add", "--db", db] + seedFiles).status == 0)
        let archive = try Archive(try ArchiveLocation(db))
        // As an older reportconv would have left one report: another contentId, another version.
        let old = "sha256:" + String(repeating: "0", count: 64)
        let moved = try archive.db.write { s in
            let id = try s.query("SELECT content_id FROM reports ORDER BY content_id LIMIT 1")[0][0]
            for table in ReportRows.childTables + SearchText.tables(archive.db.dialect) + ["reports", "sources"] {
                try s.execute("UPDATE \(table) SET content_id = ? WHERE content_id = ?", [.text(old), id])
            }
            try s.execute("UPDATE reports SET made_by = 'reportconv 0.0.1'")
            return id.string ?? ""
        }
        let r = try reportconv(["archive", "reinterpret", "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").filter { $0.hasPrefix("moved\t") }
        #expect(lines.count == 3)  // the report's three source files
        #expect(lines.allSatisfy { $0.hasSuffix("\t\(old)\t\(moved)") })
        #expect(r.stderr.contains("reinterpreted 15 of 15 source file(s)"))
        #expect(try Self.count(db, "reports") == 5)
        #expect(try Self.sql(db, "SELECT COUNT(*) AS n FROM reports WHERE content_id = '\(old)'") == "n\r\n0\r\n")
        #expect(try Self.sql(db, "SELECT DISTINCT made_by FROM reports") == "made_by\r\n\(ArchiveProducer.current)\r\n")
        // A second run finds nothing to move.
        let again = try reportconv(["archive", "reinterpret", "--db", db])
        #expect(!again.stdout.contains("moved"))
        // Search rows: the moved report's once, under its new id, none left under the old one;
        // on SQLite each mapped by `search_rows` to its own row.
        #expect(try Self.count(db, "search_text WHERE content_id = '\(old)'") == 0)
        #expect(try Self.count(db, "search_text WHERE content_id = '\(moved)' AND field = 'title'") == 1)
        if backend == .sqlite {
            #expect(try Self.count(db, "search_rows") == Self.count(db, "search_text"))
            #expect(try Self.count(db, "search_rows r JOIN search_text t ON t.rowid = r.row AND t.content_id = r.content_id")
                    == Self.count(db, "search_text"))
        }
    }

    @Test(arguments: TestBackend.available)
    func fourConcurrentWritersLeaveEachReportExactlyOnce(backend: TestBackend) throws {
        let db = try backend.freshArchive()
        // Scans are left out: four writers reading them by OCR at once on two cores run past the
        // batch's per-file timeout, and what is tested here is the writing, not the reading.
        let all = Self.allSamples.filter { !$0.contains("/Samples/scans/") }
        // Overlapping shares: every file is added by at least two writers, some by all four.
        let shares = [all, Array(all.reversed()), seedFiles, Array(all.enumerated().filter { $0.offset % 2 == 0 }.map(\.element))]
        // Each writer's stderr goes to a file, so a failing writer says why.
        let logs = (0..<shares.count).map { _ in NSTemporaryDirectory() + "reportconv-writer-\(UUID().uuidString).log" }
        let processes = try zip(shares, logs).map { share, log -> Process in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: reportconvBinary)
            // A generous per-file timeout: four writers share two cores, and what is tested is
            // the writing, not how fast a loaded machine reads.
            p.arguments = ["archive", "add", "--db", db, "--timeout", "900", "--quiet"] + share
            p.standardOutput = FileHandle.nullDevice
            FileManager.default.createFile(atPath: log, contents: nil)
            p.standardError = FileHandle(forWritingAtPath: log)
            try p.run()
            return p
        }
        for p in processes { p.waitUntilExit() }
        let stderrs = logs.map { (try? String(contentsOfFile: $0, encoding: .utf8)) ?? "" }
        for log in logs { try? FileManager.default.removeItem(atPath: log) }
        #expect(processes.map { $0.terminationStatus } == [0, 0, 0, 0], "\(stderrs.joined(separator: "\n---\n"))")
        var ids = Set<String>(), titled = Set<String>(), indicators = [String: Int]()
        for path in all {
            let r = try Self.converter.convert(InputFile(path: path, relativePath: (path as NSString).lastPathComponent))
            ids.insert(r.contentId)
            if r.metadata.title != nil { titled.insert(r.contentId) }
            indicators[r.contentId] = r.indicators.count
        }
        #expect(try Self.count(db, "reports") == ids.count)
        #expect(try Self.count(db, "sources") == all.count)
        #expect(try Self.count(db, "indicators") == indicators.values.reduce(0, +))
        // A report without a title has no title row to search.
        #expect(try Self.count(db, "search_text WHERE field = 'title'") == titled.count)
    }

    /// `serve` reads with a statement limit: the database itself stops a query that runs past
    /// it (without the limit this query runs for minutes), so a slow request frees its connection.
    @Test(.timeLimit(.minutes(1)), arguments: TestBackend.available)
    func aReadStopsAtTheStatementLimit(backend: TestBackend) throws {
        let db = try backend.freshArchive()
        _ = try Archive(try ArchiveLocation(db))  // creates the tables
        let archive = try Archive(try ArchiveLocation(db), readOnly: true, statementLimit: .milliseconds(300))
        let slow = backend == .sqlite
            ? "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 5000000000) SELECT count(*) FROM c"
            : "SELECT count(*) FROM generate_series(1, 5000000000)"
        let start = Date()
        #expect(throws: (any Error).self) { try archive.db.read { s in try s.query(slow, []) } }
        #expect(Date().timeIntervalSince(start) < 20)
        // The connection is usable again at once.
        #expect(try archive.db.read { s in try s.query("SELECT 1", []) }.count == 1)
    }

    /// Many processes creating one new archive at once: each must find the tables made exactly
    /// once (a migration that checked before it locked let two of them both create the tables).
    @Test(arguments: TestBackend.available)
    func processesCreatingOneArchiveAtOnceAllSucceed(backend: TestBackend) throws {
        let db = try backend.freshArchive()
        let processes = try (0..<8).map { _ -> Process in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: reportconvBinary)
            p.arguments = ["archive", "add", "--db", db, "--quiet", seedFiles[0]]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            return p
        }
        for p in processes { p.waitUntilExit() }
        #expect(processes.map { $0.terminationStatus } == Array(repeating: 0, count: 8))
        #expect(try Self.count(db, "reports") == 1)
        #expect(try Self.count(db, "grdb_migrations") == ArchiveSchema.migrations.count)
    }

    @Test(arguments: TestBackend.available)
    func anArchiveFromBeforeSearchOpensAndGainsIt(backend: TestBackend) throws {
        let db = try backend.freshArchive()
        #expect(try reportconv(["archive", "add", "--db", db, seedFiles[0]]).status == 0)
        // Undo the later migrations, as an archive made by the first version looks.
        do {
            let archive = try Archive(try ArchiveLocation(db))
            try archive.db.write { s in
                try s.execute("DROP TABLE search_text")
                if backend == .sqlite { try s.execute("DROP TABLE search_rows") }
                try s.execute("DELETE FROM grdb_migrations WHERE identifier <> 'v1-tables'")
            }
        }
        let title = try #require(try Self.sql(db, "SELECT title FROM reports").split(separator: "\r\n").last.map(String.init))
        let search = try reportconv(["archive", "search", "--db", db, "--format", "csv", String(title.prefix(6))])
        #expect(search.status == 0, "\(search.stderr)")
        #expect(search.stdout.contains(title))
        #expect(try Self.sql(db, "SELECT identifier FROM grdb_migrations ORDER BY identifier") == "identifier\r\nv1-tables\r\nv2-search\r\nv3-search-index\r\nv4-search-rows\r\n")
    }

    /// A committed archive made by the first migration alone (v1, before search): it opens,
    /// is migrated, and its report is found, exported and added to as usual.
    @Test func committedFirstVersionArchiveOpens() throws {
        let fixture = repositoryRoot.appendingPathComponent("Tests/ReportArchiveTests/Fixtures/archive-v1.sqlite")
        let db = try temporaryFolder().appendingPathComponent("old.sqlite").path
        try FileManager.default.copyItem(atPath: fixture.path, toPath: db)
        #expect(try Self.sql(db, "SELECT identifier FROM grdb_migrations ORDER BY identifier") == "identifier\r\nv1-tables\r\nv2-search\r\nv3-search-index\r\nv4-search-rows\r\n")
        // Every search row filled by v2 is mapped by v4.
        #expect(try Self.count(db, "search_rows") == Self.count(db, "search_text"))
        #expect(try Self.count(db, "search_rows") > 0)
        let search = try reportconv(["archive", "search", "--db", db, "--format", "csv", "医疗保障局"])
        #expect(search.stdout.split(separator: "\r\n").count == 2, "\(search.stdout)")
        let add = try reportconv(["archive", "add", "--db", db] + seedFiles)
        #expect(add.status == 0)
        #expect(try Self.count(db, "reports") == 5)
    }

    @Test func shardsSplitTheInputsWithoutOverlap() throws {
        let paths = (0..<200).map { "dir/report-\($0).txt" }
        var seen = [Int](repeating: 0, count: paths.count)
        for k in 1...4 {
            let shard = try #require(Shard(argument: "\(k)/4"))
            for (i, p) in paths.enumerated() where shard.contains(p) { seen[i] += 1 }
        }
        #expect(seen.allSatisfy { $0 == 1 })
        let one = try #require(Shard(argument: "1/4"))
        let share = paths.filter(one.contains).count
        #expect(share > 30 && share < 70)
        #expect(Shard(argument: "0/4") == nil && Shard(argument: "5/4") == nil && Shard(argument: "x") == nil)
    }
}
