import Foundation

/// Writes files whole or not at all: into a temporary file, then renamed over the target, so a
/// reader (or a run that is killed) never leaves half a file under the real name.
///
/// Temporary files go to a folder of their own, which a later run empties: a run killed with
/// SIGKILL leaves nothing behind that outlives the next run.
struct AtomicWriter: Sendable {
    let temporaryFolder: String
    private let counter = Counter()

    /// Writes `data` to `path`, making its folders. Throws `BatchError.write` with the reason
    /// as the C library words it.
    func write(_ data: Data, to path: String) throws {
        // Hidden, like every name of ours that is not an output.
        let temp = temporaryFolder + "/.\(getpid())-\(counter.next()).tmp"
        do {
            try Self.writeWhole(data, to: temp)
            try Self.makeFolders(FilePath.folder(of: path))
            if rename(temp, path) != 0 {
                guard errno == EXDEV else { throw SystemError.current }
                // The target folder is on another file system (a linked folder): go through a
                // temporary file beside the target instead.
                unlink(temp)
                let folder = FilePath.folder(of: path)
                let beside = (folder.isEmpty ? "" : folder + "/") + "." + (path as NSString).lastPathComponent + ".reportconv-tmp"
                do {
                    try Self.writeWhole(data, to: beside)
                    guard rename(beside, path) == 0 else { throw SystemError.current }
                } catch {
                    unlink(beside)
                    throw error
                }
            }
        } catch let e as SystemError {
            unlink(temp)
            throw BatchError.write(path: path, reason: e.description)
        }
    }

    /// Creates (or truncates) `path` and writes every byte, checking each write and the close.
    static func writeWhole(_ data: Data, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw SystemError.current }
        do {
            try writeAll(data, to: fd)
        } catch {
            close(fd)
            throw error
        }
        guard close(fd) == 0 else { throw SystemError.current }
    }

    /// Writes every byte to a descriptor, retrying short writes and interrupts.
    static func writeAll(_ data: Data, to fd: Int32) throws {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard var p = raw.baseAddress else { return }
            var left = raw.count
            while left > 0 {
                let n = Glibc.write(fd, p, left)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw SystemError.current
                }
                p += n
                left -= n
            }
        }
    }

    /// `mkdir -p`, with the reason of the first folder that cannot be made.
    static func makeFolders(_ path: String) throws {
        guard !path.isEmpty else { return }
        var st = stat()
        if stat(path, &st) == 0 {
            guard (st.st_mode & S_IFMT) == S_IFDIR else { throw SystemError(code: ENOTDIR) }
            return
        }
        try makeFolders(FilePath.folder(of: path))
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw SystemError.current }
    }
}

/// A thread-safe counter for unique temporary names.
final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func next() -> Int {
        lock.lock(); defer { lock.unlock() }
        value += 1
        return value
    }
}
