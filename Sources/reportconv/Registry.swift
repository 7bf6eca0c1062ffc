import Foundation
import ReportCore

/// The registry a run uses: the built-in plugins, the out-of-process plugins found (see
/// `BuiltinPlugins.registry(pluginDirs:)`), and the misbehaving test plugin when the test suite
/// asks for it with `REPORTCONV_TEST_PLUGINS=1` (never otherwise).
///
/// A worker process builds `current` from its environment, where the parent put its
/// `--plugin-dir` folders (`PluginOptions.exportToWorkers`).
enum Registry {
    static let current: FormatRegistry = with(pluginDirs: [])

    static func with(pluginDirs: [String]) -> FormatRegistry {
        let registry = BuiltinPlugins.registry(pluginDirs: pluginDirs)
        if ProcessInfo.processInfo.environment["REPORTCONV_TEST_PLUGINS"] == "1" {
            return FormatRegistry([MisbehavingPlugin()] + registry.plugins)
        }
        return registry
    }
}
