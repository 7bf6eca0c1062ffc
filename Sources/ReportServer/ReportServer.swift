import Foundation
import Hummingbird
import Logging
import NIOCore
import ReportArchive

/// `reportconv serve`: the archive's pages over HTTP, read-only (Hummingbird 2).
///
/// Runs until SIGINT or SIGTERM, then stops accepting, lets requests in flight finish, closes
/// the database connections and returns.
public enum ReportServer {
    /// Serves until stopped; `started` gets the URL once the socket is bound.
    public static func run(_ options: ServeOptions, started: @escaping @Sendable (String) -> Void) async throws {
        let readers = try ArchiveReaders(options.location, connections: options.connections, timeout: options.timeout)
        defer { readers.shutdown() }
        var logger = Logger(label: "reportconv.serve")
        logger.logLevel = .warning
        let host = options.host
        let app = Application(
            router: ServerRoutes.router(readers),
            server: .http1(configuration: .init(
                idleTimeout: .seconds(60),
                httpDecoderConfiguration: .init(maxHeaderFieldSize: 8 * 1024, maxHeaderListSize: 16 * 1024, maxHeaderFieldCount: 100))),
            configuration: .init(address: .hostname(host, port: options.port), serverName: "reportconv"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? options.port
                started("http://\(host.contains(":") ? "[\(host)]" : host):\(port)/")
            },
            logger: logger)
        try await app.runService()
    }
}
