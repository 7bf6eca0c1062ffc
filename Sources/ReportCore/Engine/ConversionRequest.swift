import Foundation

/// What a worker is asked to do with one input: convert it and export it in the given forms.
/// Crosses the pipe to a worker process as `wire` fields.
public struct ConversionRequest: Sendable {
    /// A file to read (its path's bytes), or the bytes themselves.
    public var path: [UInt8]?
    public var data: Data?
    /// `source.file` of the report.
    public var fileName: String
    /// Keys the CSV rows and names the file in messages.
    public var relativePath: String
    public var displayPath: String
    /// `--from`: read with this plugin whatever the file looks like.
    public var forcedID: String?
    /// Used when neither content nor name identifies the format (standard input: text).
    public var fallbackID: String?
    /// Which exports to make: `json`, `md`, and CSV rows when `csv` is asked.
    public var formats: [String]

    /// - Throws: what a `.deferred` input's `read` throws.
    public init(input: BatchInput, forcedID: String?, formats: [String]) throws {
        switch input.content {
        case .file(let p): path = p.bytes
        case .bytes(let d): data = d
        case .deferred(_, let read): data = try read()
        }
        fileName = input.fileName
        relativePath = input.relativePath
        displayPath = input.displayPath
        self.forcedID = forcedID
        fallbackID = input.fallbackFormat
        self.formats = formats
    }

    /// The request as it crosses the pipe (`WireWriter`): the fields in declaration order.
    var wire: Data {
        var wire = WireWriter()
        wire.bytes(path)
        wire.bytes(data)
        wire.string(fileName)
        wire.string(relativePath)
        wire.string(displayPath)
        wire.string(forcedID)
        wire.string(fallbackID)
        wire.strings(formats)
        return wire.data
    }

    /// A request read back from `wire`; nil when the bytes are not a whole one.
    init?(wire bytes: Data) {
        var wire = WireReader(bytes)
        guard let path = wire.bytes(), let data = wire.bytes(), let fileName = wire.requiredString(),
              let relativePath = wire.requiredString(), let displayPath = wire.requiredString(),
              let forcedID = wire.string(), let fallbackID = wire.string(), let formats = wire.strings(), wire.atEnd
        else { return nil }
        self.path = path.map { [UInt8]($0) }
        self.data = data.map { Data($0) }
        self.fileName = fileName
        self.relativePath = relativePath
        self.displayPath = displayPath
        self.forcedID = forcedID
        self.fallbackID = fallbackID
        self.formats = formats
    }
}

/// What became of one input: its exports, or why it failed. Crosses the pipe back from a worker.
public struct FileOutcome: Sendable {
    public enum Status: String, Codable, Sendable {
        /// Converted; error-severity warnings, if any, are in `errorWarnings`.
        case converted
        /// Not converted; `error` says why. `exports` may still hold a report of only warnings
        /// (a scanned PDF), written so the warnings are not lost.
        case failed
    }

    public var status: Status
    /// The plugin that read it, when one did.
    public var format: String?
    public var sha256: String?
    /// One line naming the file and the reason.
    public var error: String?
    /// Messages of the report's error-severity warnings.
    public var errorWarnings: [String] = []
    /// Export text by format (`json`, `md`).
    public var exports: [String: String] = [:]
    /// CSV rows (without header) by table name.
    public var csvRows: [String: String] = [:]

    public init(status: Status, format: String? = nil, sha256: String? = nil, error: String? = nil) {
        self.status = status
        self.format = format
        self.sha256 = sha256
        self.error = error
    }

    public static func failure(_ message: String, format: String? = nil) -> FileOutcome {
        FileOutcome(status: .failed, format: format, error: message)
    }
}
