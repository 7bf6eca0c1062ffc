import Foundation
import ReportCore
import ReportModel

/// Plain text: scraped-page copies, PDF-to-text dumps, hand-typed reports.
///
/// Decodes the bytes by evidence (see `TextDecoding`) and hands core one `.line` block per line;
/// core's structure pass finds headings, furniture, metadata and tables among them.
public struct TextFormatPlugin: FormatPlugin {
    public let id = "text"
    public let name = "Plain text"
    public let fileExtensions = ["txt", "text"]
    public let mediaTypes = ["text/plain"]
    /// Every byte may become text held through to the export.
    public let maximumInputBytes = InputLimits.maximumTextBytes

    public init() {}

    /// Text has no signature. It claims content only when a BOM says so, so that sniffing never
    /// steals a file from a format with a real signature; otherwise the extension decides.
    public func sniff(_ prefix: Data) -> Bool {
        prefix.starts(with: [0xEF, 0xBB, 0xBF]) || prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF])
    }

    public func read(_ input: SourceInput) throws -> Document {
        let decoded: TextDecoding.Decoded
        do {
            decoded = try TextDecoding.decode(input.data)
        } catch .notText(let percent) {
            throw ConversionError.unreadable(
                file: input.fileName, format: id,
                reason: "not a text file: most of it is not text (only \(percent)% of the bytes read as text)")
        }
        let lines = TextLines.split(decoded.text)
        return Document(blocks: lines.map { Block.line($0) }, encoding: decoded.encoding,
                        diagnostics: decoded.warnings)
    }
}
