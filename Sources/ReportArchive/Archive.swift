import Foundation
import ReportCore
import ReportModel

/// One archive of reports, on either database: stores converted reports and their source files,
/// and answers the archive commands. Every method is one or a few transactions, so several
/// processes may use the same archive at once.
public final class Archive {
    public let location: ArchiveLocation
    let db: any ArchiveDatabase

    /// Opens (creating if need be) the archive and brings its schema up to date.
    ///
    /// `readOnly` (for `serve`): the database refuses writes on this connection, nothing is
    /// created or migrated, and an archive whose schema is not current is an error.
    /// `statementLimit`: no read runs longer; the database stops it (PostgreSQL's
    /// `statement_timeout`, SQLite's interrupt) and the read throws.
    public init(_ location: ArchiveLocation, readOnly: Bool = false, statementLimit: Duration? = nil) throws {
        self.location = location
        do {
            switch location {
            case .sqlite(let path):
                db = try SQLiteDatabase(path: path, readOnly: readOnly, statementLimit: statementLimit)
            case .postgres(let address):
                db = try PostgresDatabase(address, readOnly: readOnly, statementLimit: statementLimit)
            }
            if readOnly { try ArchiveSchema.requireCurrent(db, location) } else { try db.migrate() }
        } catch let e as ArchiveError {
            throw e
        } catch {
            throw ArchiveError.database(location.description, reason: "\(error)")
        }
    }

    deinit { db.close() }

    public enum AddOutcome: String, Sendable {
        /// A report not stored before.
        case newReport = "new report"
        /// A new source file of a report already stored (the same report in another format).
        case newSource = "new source of a stored report"
        /// This exact file is stored already; nothing changed.
        case unchanged = "already archived"
    }

    /// Stores one converted report with the file it came from.
    public func add(_ report: Report, original: Data, path: String) throws -> AddOutcome {
        let storedOriginal = try Gzip.compress(original)
        let storedReport = try Gzip.compress(Data(try JSONExporter.export(report).utf8))
        return try run {
            try db.write { s in
                let sha = SQLValue.text(report.source.sha256)
                if !(try s.query("SELECT 1 FROM sources WHERE sha256 = ?", [sha])).isEmpty { return .unchanged }
                let isNewReport = try ReportRows.insertIfAbsent(report, madeBy: ArchiveProducer.current, into: s)
                let insertedSource = try !s.query(
                    """
                    INSERT INTO sources (sha256, content_id, path, file, format, encoding, pages, size, original, report, made_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING RETURNING sha256
                    """,
                    [sha, .text(report.contentId), .text(path), .text(report.source.file), .text(report.source.format),
                     .of(report.source.encoding), .of(report.source.pages.map(Int64.init)), .integer(Int64(original.count)),
                     .blob(storedOriginal), .blob(storedReport), .text(ArchiveProducer.current)]).isEmpty
                guard insertedSource else { return .unchanged }
                try SourceWarnings.replace(report, in: s)
                return isNewReport ? .newReport : .newSource
            }
        }
    }

    /// How many reports and source files the archive holds.
    public func counts() throws -> (reports: Int, sources: Int) {
        try run {
            try db.read { s in
                let r = try s.query("SELECT (SELECT COUNT(*) FROM reports), (SELECT COUNT(*) FROM sources)")
                return (Int(r[0][0].int ?? 0), Int(r[0][1].int ?? 0))
            }
        }
    }

    /// The user's own SQL, in a transaction the database refuses to write in.
    public func query(_ sql: String) throws -> QueryResult {
        try run { try db.readOnlyQuery(sql) }
    }

    /// Database errors as errors naming the archive.
    func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as ArchiveError {
            throw e
        } catch {
            throw ArchiveError.database(location.description, reason: "\(error)")
        }
    }
}
