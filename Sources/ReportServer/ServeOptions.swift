import ReportArchive

/// How `reportconv serve` runs.
public struct ServeOptions: Sendable {
    public var location: ArchiveLocation
    /// Loopback unless the user says otherwise: the archive is not published by accident.
    public var host = "127.0.0.1"
    /// 0 picks a free port (the printed URL tells which).
    public var port = 8080
    /// Read-only database connections, each with a thread of its own.
    public var connections = 4
    /// The longest a request may take before the server answers 503.
    public var timeout: Duration = .seconds(10)

    public init(location: ArchiveLocation) {
        self.location = location
    }
}
