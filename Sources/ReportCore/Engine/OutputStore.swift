import Crypto
import Foundation

/// An output folder: the exports mirroring the inputs' relative paths, the combined CSV
/// tables, and `.reportconv/` holding one record per converted input (for resume and the
/// tables) and the temporary files of writes in progress.
///
/// Opening it checks that it can be written (before anything is converted), takes a lock so
/// two runs do not write the same folder, and removes temporary files an earlier run left.
final class OutputStore: @unchecked Sendable {
    let root: String
    let writer: AtomicWriter
    private let stateFolder: String
    private let recordsFolder: String
    private var lockFD: Int32 = -1

    init(root: String) throws {
        self.root = root
        stateFolder = root + "/.reportconv"
        recordsFolder = stateFolder + "/records"
        let temporary = stateFolder + "/tmp"
        writer = AtomicWriter(temporaryFolder: temporary)
        do {
            try AtomicWriter.makeFolders(root)
            try AtomicWriter.makeFolders(recordsFolder)
            try AtomicWriter.makeFolders(temporary)
        } catch let e as SystemError {
            throw BatchError.outputFolder(path: root, reason: e.description)
        }
        lockFD = open(stateFolder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard lockFD >= 0 else { throw BatchError.outputFolder(path: root, reason: SystemError.current.description) }
        guard flock(lockFD, LOCK_EX | LOCK_NB) == 0 else { throw BatchError.outputFolderBusy(path: root) }
        Self.empty(temporary)
        // A probe, so a read-only folder or a full disk is found now and not after converting.
        do {
            try writer.write(Data("probe".utf8), to: temporary + "/.probe")
            unlink(temporary + "/.probe")
        } catch BatchError.write(_, let reason) {
            throw BatchError.outputFolder(path: root, reason: reason)
        }
    }

    deinit {
        if lockFD >= 0 { Glibc.close(lockFD) }
    }

    func outputPath(_ relativePath: String, _ format: ExportFormat) -> String {
        root + "/" + relativePath + "." + format.fileExtension
    }

    func write(_ text: String, to path: String) throws { try writer.write(Data(text.utf8), to: path) }

    // MARK: Records

    private func recordPath(_ relativePath: String) -> String {
        recordsFolder + "/" + HexDigest.string(SHA256.hash(data: Data(relativePath.utf8))) + ".json"
    }

    func record(for relativePath: String) -> OutputRecord? {
        guard let data = FileManager.default.contents(atPath: recordPath(relativePath)),
              let record = try? JSONDecoder().decode(OutputRecord.self, from: data), record.path == relativePath
        else { return nil }
        return record
    }

    func save(_ record: OutputRecord) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        try writer.write(try encoder.encode(record), to: recordPath(record.path))
    }

    func removeRecord(for relativePath: String) { unlink(recordPath(relativePath)) }

    // MARK: Tables

    /// Writes the four CSV tables from the records of `paths`, in that order, each atomically.
    /// Reads one record at a time, so memory does not grow with the batch.
    func writeTables(paths: [String], bom: Bool) throws {
        var temps: [(CSVTable, String, Int32)] = []
        defer { for (_, temp, fd) in temps { if fd >= 0 { close(fd) }; unlink(temp) } }
        for table in CSVTable.allCases {
            let temp = stateFolder + "/tmp/.\(getpid())-\(table.rawValue).csv.tmp"
            let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw BatchError.write(path: temp, reason: SystemError.current.description) }
            temps.append((table, temp, fd))
            try append(CSVExporter.header(table, bom: bom), to: fd, target: table)
        }
        for path in paths {
            guard let record = record(for: path) else { continue }
            for (table, _, fd) in temps {
                if let rows = record.csvRows[table.rawValue], !rows.isEmpty { try append(rows, to: fd, target: table) }
            }
        }
        for i in temps.indices {
            let (table, temp, fd) = temps[i]
            temps[i].2 = -1
            let target = root + "/" + table.rawValue + ".csv"
            guard close(fd) == 0, rename(temp, target) == 0 else {
                throw BatchError.write(path: target, reason: SystemError.current.description)
            }
        }
    }

    private func append(_ text: String, to fd: Int32, target table: CSVTable) throws {
        do { try AtomicWriter.writeAll(Data(text.utf8), to: fd) } catch let e as SystemError {
            throw BatchError.write(path: root + "/" + table.rawValue + ".csv", reason: e.description)
        }
    }

    /// Removes the temporary folder's contents (and the folder, when `andFolder`).
    static func empty(_ folder: String, andFolder: Bool = false) {
        if let names = try? FileManager.default.contentsOfDirectory(atPath: folder) {
            for name in names { unlink(folder + "/" + name) }
        }
        if andFolder { rmdir(folder) }
    }

    /// Called at the end of a run: nothing temporary stays, and the folder is free for the next run.
    func finish() {
        Self.empty(stateFolder + "/tmp")
        if lockFD >= 0 { Glibc.close(lockFD) }
        lockFD = -1
    }
}
