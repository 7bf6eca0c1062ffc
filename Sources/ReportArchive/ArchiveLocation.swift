import Foundation

/// Where an archive lives: a SQLite file (the default, `reports.sqlite`) or a PostgreSQL server
/// named by a `postgres://user:password@host:port/database` URL.
public enum ArchiveLocation: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(PostgresAddress)

    public static let defaultPath = "reports.sqlite"

    public init(_ text: String) throws {
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            self = .postgres(try PostgresAddress(url: text))
        } else {
            self = .sqlite(path: text)
        }
    }

    /// For messages: the password is never shown.
    public var description: String {
        switch self {
        case .sqlite(let path): return path
        case .postgres(let a): return "postgres://\(a.user)@\(a.host):\(a.port)/\(a.database)"
        }
    }
}

/// The parts of a PostgreSQL URL.
public struct PostgresAddress: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String

    public init(url: String) throws {
        guard let c = URLComponents(string: url), let host = c.host, !host.isEmpty else {
            throw ArchiveError.badLocation(url, reason: "expected postgres://user[:password]@host[:port]/database")
        }
        self.host = host
        port = c.port ?? 5432
        user = c.user.flatMap { $0.removingPercentEncoding } ?? "postgres"
        password = c.password.flatMap { $0.removingPercentEncoding }
        let db = c.path.hasPrefix("/") ? String(c.path.dropFirst()) : c.path
        database = db.isEmpty ? user : db
    }
}
