/// Why a batch cannot start or its outputs cannot be written. One line each, naming the path.
public enum BatchError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The output folder cannot be made or written to.
    case outputFolder(path: String, reason: String)
    /// Another run holds the output folder.
    case outputFolderBusy(path: String)
    /// Two inputs would write the same output file.
    case outputCollision(output: String, inputs: [String])
    /// A write failed (full disk, no permission, a closed pipe).
    case write(path: String, reason: String)

    public var description: String {
        switch self {
        case .outputFolder(let path, let reason):
            return "cannot write to output folder '\(path)': \(reason)"
        case .outputFolderBusy(let path):
            return "output folder '\(path)' is in use by another reportconv run"
        case .outputCollision(let output, let inputs):
            return "'\(inputs.joined(separator: "' and '"))' would both be written to '\(output)'; nothing was converted"
        case .write(let path, let reason):
            return "cannot write '\(path)': \(reason)"
        }
    }
}
