import ArgumentParser
import ReportCore

extension ReportConv {
    struct Formats: ParsableCommand {
        static let configuration = CommandConfiguration(
            // Named here, not derived from the type: deriving it asks the runtime for the type's
            // name and conformances, a scan of the whole binary on every start.
            commandName: "formats",
            abstract: "List the format plugins: built in, and out-of-process ones found in --plugin-dir, REPORTCONV_PLUGIN_PATH and PATH.")

        @OptionGroup var plugins: PluginOptions

        func run() throws {
            let registry = BuiltinPlugins.registry(pluginDirs: plugins.pluginDirs)
            for plugin in registry.plugins {
                let origin = (plugin as? ExternalPlugin).map { "\($0.executable) (version \($0.description.version))" } ?? "built-in"
                print("\(plugin.id)\t\(plugin.name)\t\(plugin.fileExtensions.map { "." + $0 }.joined(separator: " "))\t\(origin)")
            }
        }
    }
}
