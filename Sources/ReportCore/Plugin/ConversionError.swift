import ReportModel

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
    /// The file decoded but holds no text at all (a page of only chrome, an empty PDF).
    case noContent(file: String, reason: String)
    /// Every page is an image without a text layer (a scanned document that needs OCR). The
    /// report holds no content, only the warnings naming the pages; it is written so that
    /// nothing is lost, but the file counts as failed.
    case noTextLayer(file: String, report: Report)

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
        case .noTextLayer(let file, let report):
            let pages = report.source.pages.map { " of \($0) page\($0 == 1 ? "" : "s")" } ?? ""
            // Scanned pages are read by OCR unless it was turned off or cannot run here: say which.
            let why = report.warnings.first { $0.code == "ocr-unavailable" }?.message ?? "OCR was turned off (--ocr never)"
            return "'\(file)': no text layer on any page\(pages), and \(why); the report written holds only warnings"
        }
    }
}
