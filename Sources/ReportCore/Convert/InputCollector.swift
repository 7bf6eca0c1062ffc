import Foundation

/// Expands the command line's files and folders into the files to convert.
///
/// Folders are walked recursively in sorted order (so runs are deterministic); hidden files are
/// skipped; files no plugin claims by extension or content are reported as skipped, not failed.
public struct InputCollector {
    public struct Collected: Sendable {
        public var files: [InputFile] = []
        /// Files inside folders that no plugin claims, with the reason.
        public var skipped: [String] = []
        /// Command-line paths that do not exist.
        public var missing: [String] = []
    }

    let registry: FormatRegistry

    public init(registry: FormatRegistry) { self.registry = registry }

    public func collect(_ paths: [String], forcedID: String? = nil) -> Collected {
        var out = Collected()
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                out.missing.append(path)
                continue
            }
            if !isDir.boolValue {
                out.files.append(InputFile(path: path, relativePath: (path as NSString).lastPathComponent))
                continue
            }
            let root = URL(fileURLWithPath: path).standardizedFileURL.path
            guard let walker = fm.enumerator(atPath: root) else { continue }
            var found: [String] = []
            while let rel = walker.nextObject() as? String {
                let full = (root as NSString).appendingPathComponent(rel)
                var sub: ObjCBool = false
                if (rel as NSString).lastPathComponent.hasPrefix(".") {
                    if fm.fileExists(atPath: full, isDirectory: &sub), sub.boolValue { walker.skipDescendants() }
                    continue
                }
                if fm.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue { found.append(rel) }
            }
            for rel in found.sorted() {
                let full = (root as NSString).appendingPathComponent(rel)
                if forcedID != nil || claimed(full) {
                    out.files.append(InputFile(path: full, relativePath: rel))
                } else {
                    out.skipped.append(full)
                }
            }
        }
        return out
    }

    private func claimed(_ path: String) -> Bool {
        if registry.plugin(forExtension: path) != nil { return true }
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let prefix = (try? handle.read(upToCount: FormatRegistry.sniffLength)) ?? Data()
        return registry.plugins.contains { $0.sniff(prefix) }
    }
}
