/// What the archive needs of a database: statements with `?` parameters, inside transactions.
///
/// The archive's logic (`ReportArchive`) is written once against this; SQLite (`SQLiteDatabase`,
/// GRDB) and PostgreSQL (`PostgresDatabase`, postgres-nio) each implement it in one small type.
public protocol ArchiveDatabase: AnyObject {
    var dialect: SQLDialect { get }

    /// Brings the schema up to date (every migration not yet applied, in order).
    func migrate() throws

    /// Runs `body` in one write transaction; it commits when `body` returns and rolls back when
    /// it throws. Concurrent writers wait for each other (busy timeout, row locks).
    func write<T>(_ body: (any ArchiveStatements) throws -> T) throws -> T

    /// Runs `body` on a consistent read-only snapshot.
    func read<T>(_ body: (any ArchiveStatements) throws -> T) throws -> T

    /// Runs one statement of the user's in a transaction the database itself refuses to write in.
    func readOnlyQuery(_ sql: String) throws -> QueryResult

    func close()
}

/// Statements inside a transaction.
public protocol ArchiveStatements {
    /// The database's SQL, for the few statements that differ (`SearchText`).
    var dialect: SQLDialect { get }
    func execute(_ sql: String, _ arguments: [SQLValue]) throws
    func query(_ sql: String, _ arguments: [SQLValue]) throws -> [[SQLValue]]
}

extension ArchiveStatements {
    func execute(_ sql: String) throws { try execute(sql, []) }
    func query(_ sql: String) throws -> [[SQLValue]] { try query(sql, []) }
}

/// Column names and rows of a user's query.
public struct QueryResult: Sendable, Equatable {
    public var columns: [String]
    public var rows: [[SQLValue]]

    public init(columns: [String], rows: [[SQLValue]]) {
        self.columns = columns
        self.rows = rows
    }
}

/// The two places the schema's text differs between the databases.
public enum SQLDialect: Sendable {
    case sqlite, postgres

    /// Column types: SQLite's names, rewritten for PostgreSQL.
    func type(_ sqliteType: String) -> String {
        guard self == .postgres else { return sqliteType }
        switch sqliteType {
        case "BLOB": return "BYTEA"
        case "REAL": return "DOUBLE PRECISION"
        case "INTEGER": return "BIGINT"
        default: return sqliteType
        }
    }
}
