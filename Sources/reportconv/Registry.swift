import Foundation
import ReportCore

/// The registry a run uses: the built-in plugins, and the misbehaving test plugin when the
/// test suite asks for it with `REPORTCONV_TEST_PLUGINS=1` (never otherwise).
enum Registry {
    static let current: FormatRegistry = {
        if ProcessInfo.processInfo.environment["REPORTCONV_TEST_PLUGINS"] == "1" {
            return FormatRegistry([MisbehavingPlugin()] + BuiltinPlugins.all)
        }
        return BuiltinPlugins.registry
    }()
}
