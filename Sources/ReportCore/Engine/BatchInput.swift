import Foundation

/// One input of a batch: where its bytes come from, and the relative path that names its
/// outputs and keys its CSV rows.
public struct BatchInput: Sendable, Equatable {
    public enum Content: Sendable, Equatable {
        /// A file on disk, read when it is converted.
        case file(FilePath)
        /// Bytes already in memory (standard input).
        case bytes(Data)
        /// Bytes read when the input's turn comes (an archive entry), so a batch of many does
        /// not hold them all at once. `id` tells two inputs apart (an entry's path in its archive).
        case deferred(id: String, read: @Sendable () throws -> Data)

        public static func == (a: Content, b: Content) -> Bool {
            switch (a, b) {
            case (.file(let x), .file(let y)): return x == y
            case (.bytes(let x), .bytes(let y)): return x == y
            case (.deferred(let x, _), .deferred(let y, _)): return x == y
            default: return false
            }
        }
    }

    public let content: Content
    /// Below the common parent of all inputs (`a/index.html`), with invalid UTF-8 bytes
    /// escaped; output files are this plus the format's extension.
    public var relativePath: String
    /// What messages call the input (the path as given or found, escaped).
    public let displayPath: String
    /// The plugin for this input when neither its content nor its name identifies the format
    /// (standard input has no name: `text`).
    public var fallbackFormat: String?

    public init(content: Content, relativePath: String, displayPath: String, fallbackFormat: String? = nil) {
        self.content = content
        self.relativePath = relativePath
        self.displayPath = displayPath
        self.fallbackFormat = fallbackFormat
    }

    public static func file(_ path: FilePath, relativePath: String) -> BatchInput {
        BatchInput(content: .file(path), relativePath: relativePath, displayPath: path.display)
    }

    /// The file name without folders, as `source.file` records it.
    public var fileName: String { (relativePath as NSString).lastPathComponent }
}
