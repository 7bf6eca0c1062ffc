/// Why an input could not be converted. Every case names the file it is about.
///
/// Recoverable problems are not errors: they are `ReportWarning`s in the report.
public enum ConversionError: Error, Equatable, CustomStringConvertible, Sendable {
    /// No plugin claims the file by content or extension.
    case unknownFormat(file: String, known: [String])
    /// `--from` named a plugin that does not exist.
    case unknownFormatID(String, known: [String])
    /// The file could not be read from disk.
    case io(file: String, reason: String)
    /// The file is empty.
    case empty(file: String)
    /// The plugin recognised the format but could not decode the file.
    case unreadable(file: String, format: String, reason: String)
    /// The file decoded but holds no text at all (a scanned PDF, a page of only chrome).
    case noContent(file: String, reason: String)

    public var description: String {
        switch self {
        case .unknownFormat(let file, let known):
            return "'\(file)': unknown format (known formats: \(known.joined(separator: ", ")))"
        case .unknownFormatID(let id, let known):
            return "unknown format '\(id)' (known formats: \(known.joined(separator: ", ")))"
        case .io(let file, let reason):
            return "'\(file)': cannot read file: \(reason)"
        case .empty(let file):
            return "'\(file)': empty file (0 bytes)"
        case .unreadable(let file, let format, let reason):
            return "'\(file)': not readable as \(format): \(reason)"
        case .noContent(let file, let reason):
            return "'\(file)': no content: \(reason)"
        }
    }
}
