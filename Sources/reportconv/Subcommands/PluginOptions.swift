import ArgumentParser

/// Where out-of-process plugins are looked for, besides `REPORTCONV_PLUGIN_PATH` and `PATH`.
struct PluginOptions: ParsableArguments {
    @Option(name: .customLong("plugin-dir"), help: "A folder holding reportconv-plugin-<id> executables; repeat for several.")
    var pluginDirs: [String] = []
}
