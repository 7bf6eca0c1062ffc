import Foundation

/// The bytes of one input file and its name, as handed to a plugin.
public struct SourceInput: Sendable {
    /// The file name without folders (`000_x.txt`).
    public let fileName: String
    /// Where it was read from, for messages and plugins that need a path.
    public let path: String
    public let data: Data

    public init(fileName: String, path: String, data: Data) {
        self.fileName = fileName
        self.path = path
        self.data = data
    }
}
