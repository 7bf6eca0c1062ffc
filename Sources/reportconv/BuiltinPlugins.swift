import HTMLPlugin
import PDFPlugin
import ReportCore
import TextPlugin

/// The composition root: every format plugin this executable knows, in sniffing order.
///
/// Formats with a real signature come first; plain text, which claims files by extension, last.
enum BuiltinPlugins {
    static let all: [any FormatPlugin] = plugins(ocr: .auto)

    static var registry: FormatRegistry { FormatRegistry(all) }

    /// The plugins with scanned PDF pages read by OCR as `ocr` says.
    static func plugins(ocr: OCRMode) -> [any FormatPlugin] {
        [
            PDFFormatPlugin(ocr: ocr),
            HTMLFormatPlugin(),
            TextFormatPlugin(),
        ]
    }
}
