import Foundation
import Logging
import NIOCore
import PostgresNIO

/// The shared archive: a PostgreSQL database through one postgres-nio connection.
///
/// The archive's statements are written with SQLite's `?` placeholders; they are numbered here
/// (`$1`, `$2`, …). Concurrent writers rely on PostgreSQL's unique keys: `ON CONFLICT DO
/// NOTHING` waits for a competing transaction and then inserts nothing, so each report and
/// source is stored once whoever wins.
final class PostgresDatabase: ArchiveDatabase {
    let dialect = SQLDialect.postgres
    private let connection: PostgresConnection
    private static let logger = Logger(label: "reportconv.archive.postgres")

    /// `readOnly`: every transaction on this connection is read-only (the server refuses writes).
    /// `statementLimit`: no statement on this connection runs longer (`statement_timeout`).
    init(_ address: PostgresAddress, readOnly: Bool = false, statementLimit: Duration? = nil) throws {
        let config = PostgresConnection.Configuration(
            host: address.host, port: address.port, username: address.user, password: address.password,
            database: address.database, tls: .disable)
        connection = try AsyncBridge.wait {
            try await PostgresConnection.connect(configuration: config, id: 1, logger: Self.logger)
        }
        if readOnly { _ = try run("SET default_transaction_read_only = on", []) }
        if let statementLimit {
            let milliseconds = max(1, Int(statementLimit / .milliseconds(1)))
            _ = try run("SET statement_timeout = \(milliseconds)", [])
        }
    }

    func migrate() throws {
        try write { s in
            // Processes opening a new archive at once take turns here rather than racing to create tables.
            try s.execute("SELECT pg_advisory_xact_lock(7316001)")
            try s.execute("CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            let applied = Set(try s.query("SELECT identifier FROM grdb_migrations").compactMap { $0[0].string })
            for migration in ArchiveSchema.migrations where !applied.contains(migration.identifier) {
                for sql in migration.statements(.postgres) { try s.execute(sql) }
                try s.execute("INSERT INTO grdb_migrations (identifier) VALUES (?)", [.text(migration.identifier)])
            }
        }
    }

    func write<T>(_ body: (any ArchiveStatements) throws -> T) throws -> T {
        try transaction("BEGIN", body)
    }

    func read<T>(_ body: (any ArchiveStatements) throws -> T) throws -> T {
        try transaction("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
    }

    func readOnlyQuery(_ sql: String) throws -> QueryResult {
        var statement = sql.trimmingCharacters(in: .whitespacesAndNewlines)
        while statement.hasSuffix(";") { statement.removeLast() }
        return try transaction("BEGIN TRANSACTION READ ONLY") { _ in
            var result = try run(statement, [])
            if result.rows.isEmpty {
                // An empty answer carries no column names through postgres-nio's public API;
                // a left join on one row yields a row of NULLs under the same names.
                let probe = "SELECT q.* FROM (SELECT 1) AS one LEFT JOIN (\(statement)) AS q ON true LIMIT 1"
                if let named = try? run(probe, []) { result.columns = named.columns }
            }
            return result
        }
    }

    func close() {
        let connection = self.connection
        try? AsyncBridge.wait { try await connection.close() }
    }

    private func transaction<T>(_ begin: String, _ body: (any ArchiveStatements) throws -> T) throws -> T {
        _ = try run(begin, [])
        do {
            let result = try body(Statements(database: self))
            _ = try run("COMMIT", [])
            return result
        } catch {
            _ = try? run("ROLLBACK", [])
            throw error
        }
    }

    /// One statement, waited for.
    fileprivate func run(_ sql: String, _ arguments: [SQLValue]) throws -> QueryResult {
        var bindings = PostgresBindings(capacity: arguments.count)
        for a in arguments {
            switch a {
            case .null: bindings.appendNull()
            case .integer(let i): bindings.append(i)
            case .real(let d): bindings.append(d)
            case .text(let s): bindings.append(s)
            case .blob(let d): bindings.append(ByteBuffer(bytes: d))
            }
        }
        let query = PostgresQuery(unsafeSQL: Self.numberPlaceholders(sql), binds: bindings)
        let connection = self.connection
        do {
            return try AsyncBridge.wait {
            let rows = try await connection.query(query, logger: Self.logger)
            var out = QueryResult(columns: [], rows: [])
            for try await row in rows {
                if out.columns.isEmpty { out.columns = row.map(\.columnName) }
                out.rows.append(row.map(SQLValue.init))
            }
            return out
            }
        } catch let error as PSQLError {
            throw PostgresFailure(error)
        }
    }

    /// `?` → `$1`, `$2`, … outside quoted strings and identifiers.
    static func numberPlaceholders(_ sql: String) -> String {
        var out = ""
        var n = 0
        var quote: Character?
        for c in sql {
            if let q = quote {
                if c == q { quote = nil }
                out.append(c)
            } else if c == "'" || c == "\"" {
                quote = c
                out.append(c)
            } else if c == "?" {
                n += 1
                out += "$\(n)"
            } else {
                out.append(c)
            }
        }
        return out
    }

    private struct Statements: ArchiveStatements {
        let database: PostgresDatabase
        var dialect: SQLDialect { .postgres }

        func execute(_ sql: String, _ arguments: [SQLValue]) throws { _ = try database.run(sql, arguments) }

        func query(_ sql: String, _ arguments: [SQLValue]) throws -> [[SQLValue]] { try database.run(sql, arguments).rows }
    }
}

/// A PostgreSQL error as the server worded it. (postgres-nio's own description hides the
/// server's message, to keep data out of logs; here it is the user's own query and archive.)
struct PostgresFailure: Error, CustomStringConvertible {
    let description: String

    init(_ error: PSQLError) {
        if let message = error.serverInfo?[.message] {
            let state = error.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
            description = message + state
        } else {
            description = "\(error.code)"
        }
    }
}

extension SQLValue {
    /// A PostgreSQL cell as the value SQLite would give for it (booleans as 0/1).
    init(_ cell: PostgresCell) {
        guard cell.bytes != nil else { self = .null; return }
        do {
            switch cell.dataType {
            case .int2, .int4, .int8, .oid: self = .integer(try cell.decode(Int64.self))
            case .float4, .float8: self = .real(try cell.decode(Double.self))
            case .numeric: self = .real(Double(try cell.decode(Decimal.self).description) ?? .nan)
            case .bool: self = .integer(try cell.decode(Bool.self) ? 1 : 0)
            case .bytea: self = .blob(Data(try cell.decode(ByteBuffer.self).readableBytesView))
            default: self = .text(try cell.decode(String.self))
            }
        } catch {
            self = .text("<\(cell.dataType)>")
        }
    }
}
