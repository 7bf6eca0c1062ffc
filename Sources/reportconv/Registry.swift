import Foundation
import PDFPlugin
import ReportCore

/// The registry a run uses: the built-in plugins, the out-of-process plugins found (see
/// `BuiltinPlugins.registry(pluginDirs:)`), and the misbehaving test plugin when the test suite
/// asks for it with `REPORTCONV_TEST_PLUGINS=1` (never otherwise).
///
/// A worker process builds `current` from its environment, where the parent put its
/// `--plugin-dir` folders (`PluginOptions.exportToWorkers`).
enum Registry {
    static let current: FormatRegistry = with(pluginDirs: [])

    /// The registry with the plugins of `pluginDirs`, and scanned PDF pages read by OCR as `ocr` says.
    static func with(pluginDirs: [String], ocr: OCRMode = .auto) -> FormatRegistry {
        let registry = BuiltinPlugins.registry(pluginDirs: pluginDirs, ocr: ocr)
        if ProcessInfo.processInfo.environment["REPORTCONV_TEST_PLUGINS"] == "1" {
            return FormatRegistry([MisbehavingPlugin()] + registry.plugins)
        }
        return registry
    }

    /// A worker's registry: the parent's plugin folders come through the environment, its OCR
    /// mode through the arguments `BatchOptions.registryArguments` gave (`--ocr MODE`).
    static func worker(arguments: [String]) -> FormatRegistry {
        let ocr = arguments.firstIndex(of: "--ocr").flatMap { i in
            i + 1 < arguments.count ? OCRMode(rawValue: arguments[i + 1]) : nil
        }
        return with(pluginDirs: [], ocr: ocr ?? .auto)
    }
}
