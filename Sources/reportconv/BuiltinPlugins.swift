import HTMLPlugin
import PDFPlugin
import ReportCore
import ReportJSONPlugin
import TextPlugin

/// The composition root: every format plugin this executable knows, in sniffing order.
///
/// Formats with a real signature come first; plain text, which claims files by extension, last.
enum BuiltinPlugins {
    static let all: [any FormatPlugin] = [
        PDFFormatPlugin(),
        HTMLFormatPlugin(),
        ReportJSONPlugin(),
        TextFormatPlugin(),
    ]

    static var registry: FormatRegistry { FormatRegistry(all) }
}
