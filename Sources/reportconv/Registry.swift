import Foundation
import PDFPlugin
import ReportCore

/// The registry a run uses: the built-in plugins, the out-of-process plugins found (see
/// `BuiltinPlugins.registry(pluginDirs:)`), and the misbehaving test plugin when the test suite
/// asks for it with `REPORTCONV_TEST_PLUGINS=1` (never otherwise).
///
/// A worker process loads the out-of-process plugins its parent loaded, named in its
/// environment (`exportToWorkers`), with the time limit the parent put there
/// (`PluginOptions.exportToWorkers`).
enum Registry {
    static let current: FormatRegistry = with(pluginDirs: [])

    /// The registry with the plugins of `pluginDirs`, and scanned PDF pages read by OCR as `ocr` says.
    /// - Parameter executables: the out-of-process plugins, named; nil searches the folders.
    static func with(pluginDirs: [String], ocr: OCRMode = .auto, executables: [String]? = nil) -> FormatRegistry {
        let registry = BuiltinPlugins.registry(pluginDirs: pluginDirs, ocr: ocr, executables: executables)
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
        let named = ProcessInfo.processInfo.environment[ExternalPluginLoader.workerPluginsVariable].map {
            $0.split(separator: "\n").map(String.init)
        }
        return with(pluginDirs: [], ocr: ocr ?? .auto, executables: named)
    }

    /// Names the out-of-process plugins `registry` loaded to the worker processes, which inherit
    /// this process's environment: they load the same ones without searching `PATH` again.
    static func exportToWorkers(_ registry: FormatRegistry) {
        let executables = registry.plugins.compactMap { ($0 as? ExternalPlugin)?.executable }
        setenv(ExternalPluginLoader.workerPluginsVariable, executables.joined(separator: "\n"), 1)
    }
}
