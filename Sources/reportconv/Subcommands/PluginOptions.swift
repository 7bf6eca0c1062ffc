import ArgumentParser
import Foundation
import ReportCore

/// Where out-of-process plugins are looked for, besides `REPORTCONV_PLUGIN_PATH` and `PATH`.
struct PluginOptions: ParsableArguments {
    @Option(name: .customLong("plugin-dir"), help: "A folder holding reportconv-plugin-<id> executables; repeat for several.")
    var pluginDirs: [String] = []

    /// Hands the folders and the time limit to the worker processes, which inherit this
    /// process's environment: they load the same plugins, and a plugin's own read stops at
    /// three quarters of `--timeout` (the rest leaves the worker time to start and load its
    /// plugins), so a hung plugin is stopped by the worker that started it, with the plugin
    /// named in the error, rather than orphaned by a stopped worker.
    func exportToWorkers(timeout: Double) {
        let env = ProcessInfo.processInfo.environment
        let folders = pluginDirs.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
            + (env[ExternalPluginLoader.environmentVariable].map { [$0] } ?? [])
        if !folders.isEmpty {
            setenv(ExternalPluginLoader.environmentVariable, folders.joined(separator: ":"), 1)
        }
        setenv(ExternalPluginLoader.timeoutVariable, String(max(1, timeout * 0.75)), 1)
    }
}
