import DOCXPlugin
import Foundation
import HTMLPlugin
import PDFPlugin
import ReportCore
import ReportJSONPlugin
import TextPlugin
import XLSXPlugin

/// The composition root: every format plugin this executable knows, in sniffing order.
///
/// Formats with a real signature come first; plain text, which claims files by extension, last.
enum BuiltinPlugins {
    static let all: [any FormatPlugin] = plugins(ocr: .auto)

    static var registry: FormatRegistry { FormatRegistry(all) }

    /// The built-in plugins, with scanned PDF pages read by OCR as `ocr` says.
    static func plugins(ocr: OCRMode) -> [any FormatPlugin] {
        [
            PDFFormatPlugin(ocr: ocr),
            HTMLFormatPlugin(),
            DOCXFormatPlugin(),
            XLSXFormatPlugin(),
            ReportJSONPlugin(),
            TextFormatPlugin(),
        ]
    }

    /// The built-in plugins and the out-of-process ones found in `pluginDirs`,
    /// `REPORTCONV_PLUGIN_PATH` and `PATH`. Out-of-process plugins are asked after the built-in
    /// formats with a signature and before plain text, the catch-all. Executables that cannot be
    /// loaded are reported on stderr and left out.
    /// - Parameter executables: the out-of-process plugins to load, named; nil searches the folders.
    static func registry(pluginDirs: [String], ocr: OCRMode = .auto,
                         environment: [String: String] = ProcessInfo.processInfo.environment,
                         executables: [String]? = nil) -> FormatRegistry {
        let loaded = executables.map {
            ExternalPluginLoader(executables: $0, environment: environment).load(reservedIDs: Set(all.map(\.id)))
        } ?? external(pluginDirs: pluginDirs, environment: environment)
        for problem in loaded.problems {
            FileHandle.standardError.write(Data("warning: \(problem)\n".utf8))
        }
        let builtin = plugins(ocr: ocr)
        let text = builtin.filter { $0 is TextFormatPlugin }
        return FormatRegistry(builtin.filter { !($0 is TextFormatPlugin) } + loaded.plugins + text)
    }

    static func external(pluginDirs: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> ExternalPluginLoader.Loaded {
        ExternalPluginLoader(pluginDirs: pluginDirs, environment: environment).load(reservedIDs: Set(all.map(\.id)))
    }
}
