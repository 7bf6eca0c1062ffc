import Foundation
import GRDB

/// The embedded archive: one SQLite file through GRDB.
///
/// A `DatabasePool` puts the file in WAL mode, so readers never block the writer; several
/// `archive add` processes take turns at the write lock, each waiting up to the busy timeout.
/// Write transactions are IMMEDIATE, so two writers never both read and then fail to upgrade.
final class SQLiteDatabase: ArchiveDatabase {
    let dialect = SQLDialect.sqlite
    private let path: String
    private let pool: DatabasePool

    /// How long a writer waits for another process's transaction before giving up.
    static let busyTimeout: TimeInterval = 120

    /// How long one read may run before SQLite is told to stop it (nil: no limit).
    private let statementLimit: Duration?

    init(path: String, readOnly: Bool = false, statementLimit: Duration? = nil) throws {
        self.path = path
        self.statementLimit = statementLimit
        var config = Configuration()
        config.readonly = readOnly
        config.busyMode = .timeout(Self.busyTimeout)
        config.prepareDatabase { db in
            // Durable at each commit in WAL mode only up to the last checkpoint: enough for an
            // archive that can be rebuilt from its inputs, and much faster per report.
            if !readOnly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        }
        pool = try Self.retryingBusy { try DatabasePool(path: path, configuration: config) }
    }

    /// GRDB's migrator, which records applied migrations in `grdb_migrations`. It reads that list
    /// before it takes the write lock, so when several processes create one archive at once two
    /// can both run the same migration and the later one fails ("table reports already exists")
    /// after the other committed it. Each such failure means another process moved the schema
    /// on, so running again (it rereads the list) converges within one try per migration; an
    /// error that is not such a race comes back every time and is thrown.
    func migrate() throws {
        var migrator = DatabaseMigrator()
        for migration in ArchiveSchema.migrations {
            migrator.registerMigration(migration.identifier) { db in
                for sql in migration.statements(.sqlite) { try db.execute(sql: sql) }
            }
        }
        var failures = 0
        while true {
            do {
                try Self.retryingBusy { try migrator.migrate(pool) }
                return
            } catch {
                failures += 1
                if try pool.read({ try migrator.hasCompletedMigrations($0) }) { return }
                if failures > ArchiveSchema.migrations.count { throw error }
                usleep(useconds_t(50_000 * failures))
            }
        }
    }

    func write<T>(_ body: (any ArchiveStatements) throws -> T) throws -> T {
        try pool.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try body(Statements(db: db))
                return .commit
            }
            return result!
        }
    }

    /// With a statement limit, a timer interrupts the pool's connections when the read runs
    /// past it: SQLite then ends the running statement with SQLITE_INTERRUPT, which frees the
    /// connection (a server whose request already gave up would otherwise keep the thread busy
    /// until the query ended by itself). Interrupting after the read finished does nothing.
    func read<T>(_ body: (any ArchiveStatements) throws -> T) throws -> T {
        guard let statementLimit else { return try pool.read { db in try body(Statements(db: db)) } }
        let stop = DispatchWorkItem { [pool] in pool.interrupt() }
        DispatchQueue.global().asyncAfter(
            deadline: .now() + .milliseconds(max(1, Int(statementLimit / .milliseconds(1)))), execute: stop)
        defer { stop.cancel() }
        return try pool.read { db in try body(Statements(db: db)) }
    }

    func readOnlyQuery(_ sql: String) throws -> QueryResult {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(Self.busyTimeout)
        let queue = try DatabaseQueue(path: path, configuration: config)
        return try queue.read { db in
            let statement = try db.makeStatement(sql: sql)
            let rows = try Row.fetchAll(statement)
            return QueryResult(columns: statement.columnNames,
                               rows: rows.map { $0.databaseValues.map(SQLValue.init) })
        }
    }

    func close() { try? pool.close() }

    /// Opening a new file and switching it to WAL takes a lock the busy handler does not cover;
    /// when several processes create the same archive at once, the losers try again.
    private static func retryingBusy<T>(_ body: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                return try body()
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && attempt < 50 {
                attempt += 1
                usleep(useconds_t(20_000 * attempt))
            }
        }
    }

    private struct Statements: ArchiveStatements {
        let db: Database
        var dialect: SQLDialect { .sqlite }

        func execute(_ sql: String, _ arguments: [SQLValue]) throws {
            try db.execute(sql: sql, arguments: StatementArguments(arguments.map(\.databaseValue)))
        }

        func query(_ sql: String, _ arguments: [SQLValue]) throws -> [[SQLValue]] {
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments.map(\.databaseValue)))
                .map { $0.databaseValues.map(SQLValue.init) }
        }
    }
}

extension SQLValue {
    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let i): self = .integer(i)
        case .double(let d): self = .real(d)
        case .string(let s): self = .text(s)
        case .blob(let b): self = .blob(b)
        }
    }

    var databaseValue: DatabaseValue {
        switch self {
        case .null: return .null
        case .integer(let i): return i.databaseValue
        case .real(let d): return d.databaseValue
        case .text(let s): return s.databaseValue
        case .blob(let b): return b.databaseValue
        }
    }
}
