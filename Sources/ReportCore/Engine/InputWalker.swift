import Foundation

/// Expands the command line's files and folders into the inputs of a batch.
///
/// Folders are walked recursively in byte order of names (so runs are deterministic) with the
/// file system's own calls, so names that are not UTF-8 are found too. Symbolic links are
/// followed, a folder given as a link included; a link back to a folder being walked (a loop)
/// or a dangling link is reported, as is every file or folder that cannot be read. Hidden
/// files and folders (`.name`) are left out. Files no plugin claims by extension or content
/// are reported as skipped.
///
/// Output names: each input's path relative to the deepest folder holding every input (a
/// folder given counts as holding itself, so `convert Samples` names `Samples/a.txt` `a.txt`,
/// and `convert a b` names `a/index.html` and `b/index.html`).
public struct InputWalker {
    public struct Walked: Sendable {
        public var inputs: [BatchInput] = []
        /// Files found in folders that no plugin claims.
        public var skipped: [String] = []
        /// Inputs that cannot be walked or read: (path, reason).
        public var failures: [(path: String, reason: String)] = []
    }

    let registry: FormatRegistry

    public init(registry: FormatRegistry) { self.registry = registry }

    /// - Parameter excluding: folders not to walk into (the output folder, when it lies inside an
    ///   input folder: its exports are not inputs).
    public func walk(_ paths: [String], forcedID: String? = nil, excluding: [String] = []) -> Walked {
        walk(paths.map(FilePath.init), forcedID: forcedID, excluding: excluding)
    }

    /// - Parameter paths: as the file system names them (`CommandLinePaths` gives the bytes typed).
    public func walk(_ paths: [FilePath], forcedID: String? = nil, excluding: [String] = []) -> Walked {
        var out = Walked()
        var excluded: Set<FileID> = []
        for path in excluding {
            var st = stat()
            if stat(path, &st) == 0 { excluded.insert(FileID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))) }
        }
        var found: [(path: FilePath, anchor: [String], below: [String])] = []
        let cwd = FileManager.default.currentDirectoryPath
        for path in paths {
            if path.bytes == [UInt8(ascii: "-")] {
                // Standard input: no name, so the format is sniffed, and plain text when nothing claims it.
                guard let data = try? InputLimits.readCapped(0) else {
                    out.failures.append(("-", "standard input: cannot read it, or more than \(InputLimits.maximumFileBytes >> 20) MB, the most reportconv reads"))
                    continue
                }
                out.inputs.append(BatchInput(content: .bytes(data), relativePath: "stdin", displayPath: "-", fallbackFormat: "text"))
                continue
            }
            // Output names hold a name that is not UTF-8 with its bad bytes escaped.
            let given = path.display
            let absolute = Self.components(of: given.hasPrefix("/") ? given : cwd + "/" + given)
            var st = stat()
            guard path.withCString({ stat($0, &st) }) == 0 else {
                let reason = errno == ENOENT ? (lstatOK(path) ? "dangling symbolic link" : "no such file or folder") : String(cString: strerror(errno))
                out.failures.append((given, reason))
                continue
            }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                var ancestors: Set<FileID> = []
                var files: [(FilePath, [String])] = []
                walkFolder(path, below: [], ancestors: &ancestors, excluded: excluded, files: &files, out: &out)
                for (file, below) in files {
                    if forcedID != nil || claimed(file, out: &out) { found.append((file, absolute, below)) }
                }
            } else {
                // A file given by name is converted even when no plugin claims it, so the user hears why.
                found.append((path, Array(absolute.dropLast()), [absolute.last ?? given]))
            }
        }
        let base = Self.commonPrefix(found.map(\.anchor))
        out.inputs += found.map { item in
            let relative = (item.anchor.dropFirst(base.count) + item.below).joined(separator: "/")
            return BatchInput(content: .file(item.path), relativePath: relative, displayPath: item.path.display)
        }
        return out
    }

    /// A folder's identity, to find links that lead back into a folder being walked.
    struct FileID: Hashable { let device: UInt64, inode: UInt64 }

    private func walkFolder(_ folder: FilePath, below: [String], ancestors: inout Set<FileID>, excluded: Set<FileID>,
                            files: inout [(FilePath, [String])], out: inout Walked) {
        var st = stat()
        guard folder.withCString({ stat($0, &st) }) == 0 else {
            out.failures.append((folder.display, String(cString: strerror(errno))))
            return
        }
        let id = FileID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
        if excluded.contains(id) { return }
        if ancestors.contains(id) {
            out.failures.append((folder.display, "symbolic link loop: leads back to a folder being walked; not followed"))
            return
        }
        guard let dir = folder.withCString({ opendir($0) }) else {
            out.failures.append((folder.display, "cannot read folder: " + String(cString: strerror(errno))))
            return
        }
        var names: [[UInt8]] = []
        while let entry = readdir(dir) {
            let name = DirectoryEntryName.bytes(entry)
            if name.first == UInt8(ascii: ".") { continue }   // hidden, and `.` / `..`
            names.append(name)
        }
        closedir(dir)
        ancestors.insert(id)
        defer { ancestors.remove(id) }
        for name in names.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let child = folder.appending(name)
            let childBelow = below + [FilePath.escape(name)]
            var cst = stat()
            guard child.withCString({ stat($0, &cst) }) == 0 else {
                let reason = errno == ENOENT && lstatOK(child) ? "dangling symbolic link" : String(cString: strerror(errno))
                out.failures.append((child.display, reason))
                continue
            }
            switch cst.st_mode & S_IFMT {
            case S_IFDIR: walkFolder(child, below: childBelow, ancestors: &ancestors, excluded: excluded, files: &files, out: &out)
            case S_IFREG: files.append((child, childBelow))
            default: continue   // sockets, devices, fifos inside folders are not documents
            }
        }
    }

    private func lstatOK(_ path: FilePath) -> Bool {
        var st = stat()
        return path.withCString { lstat($0, &st) } == 0
    }

    /// Whether a plugin claims the file by extension or by its first bytes; a file that cannot
    /// be opened is a failure, not "unclaimed".
    private func claimed(_ path: FilePath, out: inout Walked) -> Bool {
        if registry.plugin(forExtension: path.display) != nil { return true }
        let fd = path.withCString { open($0, O_RDONLY) }
        guard fd >= 0 else {
            out.failures.append((path.display, "cannot read file: " + String(cString: strerror(errno))))
            return false
        }
        defer { close(fd) }
        var prefix = [UInt8](repeating: 0, count: FormatRegistry.sniffLength)
        let n = read(fd, &prefix, prefix.count)
        guard n >= 0 else {
            out.failures.append((path.display, "cannot read file: " + String(cString: strerror(errno))))
            return false
        }
        let data = Data(prefix[0..<n])
        if registry.plugins.contains(where: { $0.sniff(data) }) { return true }
        out.skipped.append(path.display)
        return false
    }

    /// A path's components with `.` and `..` resolved by name, as the user sees the tree.
    static func components(of path: String) -> [String] {
        var parts: [String] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast(); continue }
            parts.append(String(part))
        }
        return parts
    }

    static func commonPrefix(_ lists: [[String]]) -> [String] {
        guard var prefix = lists.first else { return [] }
        for list in lists.dropFirst() {
            var n = 0
            while n < prefix.count, n < list.count, prefix[n] == list[n] { n += 1 }
            prefix.removeLast(prefix.count - n)
        }
        return prefix
    }
}
