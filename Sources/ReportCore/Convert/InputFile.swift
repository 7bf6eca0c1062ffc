import Foundation

/// One file to convert: where it is and where it sits below the folder it was found in.
public struct InputFile: Sendable, Equatable {
    /// The path as given or found.
    public let path: String
    /// The path below the folder given on the command line (`sub/a.txt`), or the file name for
    /// files given directly; output files mirror it.
    public let relativePath: String

    public init(path: String, relativePath: String) {
        self.path = path
        self.relativePath = relativePath
    }

    public var fileName: String { (relativePath as NSString).lastPathComponent }
}
