/// How a batch runs: what to export where, and how conversions are isolated.
public struct BatchOptions: Sendable {
    public enum Destination: Sendable, Equatable {
        /// One file per input and format under this folder, and the combined CSV tables.
        case folder(String)
        /// Standard output: one input's export, or one combined CSV table.
        case standardOutput(table: CSVTable)
    }

    public enum Isolation: Sendable, Equatable {
        /// Convert in this process (no protection from crashes or hangs).
        case inProcess
        /// Convert in worker processes started from `executable` in worker mode.
        case workers(executable: String)
    }

    public var formats: [ExportFormat] = [.json]
    public var destination: Destination = .standardOutput(table: .indicators)
    /// `--from`: read every input with this plugin.
    public var forcedID: String?
    public var bom = false
    /// Conversions at the same time.
    public var jobs = 1
    /// Seconds one file may take in a worker.
    public var timeout = 60.0
    /// Address-space cap of a worker, in MB.
    public var memoryLimitMB: Int? = 2048
    public var isolation: Isolation = .inProcess
    /// When set, each outcome goes here instead of to `destination` (see `BatchReportSink`).
    public var sink: (any BatchReportSink)?
    /// Convert inputs whose outputs are up to date too.
    public var force = false
    /// Stop feeding files after the first failure.
    public var failFast = false
    /// How the caller's registry was made (`--ocr never`), handed to each worker so it builds
    /// the same one, and part of what a rerun compares: outputs made otherwise are redone.
    public var registryArguments: [String] = []
    /// Written into records: a rerun by another version converts again.
    public var version = ReportConvVersion.current

    public init() {}
}
