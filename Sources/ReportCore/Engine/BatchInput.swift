import Foundation

/// One input of a batch: where its bytes come from, and the relative path that names its
/// outputs and keys its CSV rows.
public struct BatchInput: Sendable, Equatable {
    public enum Content: Sendable, Equatable {
        /// A file on disk, read when it is converted.
        case file(FilePath)
        /// Bytes already in memory (standard input, an archive entry).
        case bytes(Data)
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
