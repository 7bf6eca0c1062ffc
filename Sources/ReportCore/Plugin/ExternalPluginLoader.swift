import Foundation

/// Finds out-of-process plugins: executables named `reportconv-plugin-<id>` in the folders
/// given with `--plugin-dir`, then in `REPORTCONV_PLUGIN_PATH` (colon-separated), then on `PATH`.
/// The first of a name wins, as a shell finds commands.
public struct ExternalPluginLoader {
    public static let prefix = "reportconv-plugin-"
    public static let environmentVariable = "REPORTCONV_PLUGIN_PATH"
    /// Seconds one `read` may take (default 60); `convert` sets it from `--timeout`.
    public static let timeoutVariable = "REPORTCONV_PLUGIN_TIMEOUT"
    /// The plugin executables the parent process loaded, one per line (empty: none): a worker
    /// loads exactly these instead of searching every folder of `PATH` again at each start.
    public static let workerPluginsVariable = "REPORTCONV_WORKER_PLUGINS"

    public struct Loaded {
        public var plugins: [ExternalPlugin] = []
        /// Executables that could not be loaded; reported, never fatal.
        public var problems: [ExternalPluginError] = []
    }

    public let folders: [String]
    public let timeout: TimeInterval
    /// The executables to load, when they were named rather than searched for.
    private let named: [String]?

    /// - Parameters:
    ///   - pluginDirs: `--plugin-dir` folders, searched first.
    ///   - environment: the process environment (`REPORTCONV_PLUGIN_PATH`, `PATH`).
    public init(pluginDirs: [String], environment: [String: String] = ProcessInfo.processInfo.environment,
                searchPATH: Bool = true, timeout: TimeInterval? = nil) {
        let split = { (value: String?) in (value ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty } }
        folders = pluginDirs + split(environment[Self.environmentVariable]) + (searchPATH ? split(environment["PATH"]) : [])
        self.timeout = timeout ?? environment[Self.timeoutVariable].flatMap { TimeInterval($0) }.map { max(1, $0) } ?? 60
        named = nil
    }

    /// Loads the `executables` named, searching no folder (a worker, given its parent's list).
    public init(executables: [String], environment: [String: String] = ProcessInfo.processInfo.environment) {
        folders = []
        timeout = environment[Self.timeoutVariable].flatMap { TimeInterval($0) }.map { max(1, $0) } ?? 60
        named = executables
    }

    /// The executables found, by name, in search order.
    public func executables() -> [String] {
        if let named { return named }
        var seen = Set<String>()
        var found: [String] = []
        let fm = FileManager.default
        for folder in folders {
            let names = Self.names(in: folder, withPrefix: Self.prefix).sorted()
            for name in names where !seen.contains(name) {
                let path = (folder as NSString).appendingPathComponent(name)
                var isDir: ObjCBool = false
                guard fm.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue, fm.isExecutableFile(atPath: path) else { continue }
                seen.insert(name)
                found.append(path)
            }
        }
        return found
    }

    /// The names in `folder` that start with `prefix`. Every run searches all of `PATH` (thousands
    /// of names in /usr/bin), so names are compared as bytes and only the matches become strings.
    static func names(in folder: String, withPrefix prefix: String) -> [String] {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        let wanted = Array(prefix.utf8)
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = DirectoryEntryName.bytes(entry)
            if name.starts(with: wanted) { names.append(String(decoding: name, as: UTF8.self)) }
        }
        return names
    }

    /// Loads every plugin found; one whose id a built-in plugin already has is refused.
    public func load(reservedIDs: Set<String>) -> Loaded {
        var loaded = Loaded()
        var ids = reservedIDs
        for path in executables() {
            do {
                let plugin = try ExternalPlugin.load(path, timeout: timeout)
                guard ids.insert(plugin.id).inserted else {
                    loaded.problems.append(ExternalPluginError(plugin: (path as NSString).lastPathComponent,
                                                               reason: "id '\(plugin.id)' is already taken; not loaded"))
                    continue
                }
                loaded.plugins.append(plugin)
            } catch let error as ExternalPluginError {
                loaded.problems.append(error)
            } catch {
                loaded.problems.append(ExternalPluginError(plugin: (path as NSString).lastPathComponent, reason: "\(error)"))
            }
        }
        return loaded
    }
}
