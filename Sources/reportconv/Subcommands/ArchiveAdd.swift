import ArgumentParser
import Foundation
import ReportArchive
import ReportCore

extension ReportConv {
    struct ArchiveAdd: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Convert inputs and store their reports and original files in the archive.",
            discussion: """
                Exit status: 0 every input archived (or already there), 1 some input failed (each \
                failure on stderr, the others still archived), 2 usage error.
                """)

        @OptionGroup var archive: ArchiveDBOption

        @Argument(help: "Files or folders to archive.")
        var inputs: [String]

        @Option(name: .long, help: "Read every input with this plugin (see `reportconv formats`).")
        var from: String?

        @Option(name: .long, help: "Archive only share K of N (1 ≤ K ≤ N), chosen by each file's path below the folder given, so N machines can split one collection with no other coordination.")
        var shard: Shard?

        func validate() throws {
            if let from, BuiltinPlugins.registry.plugin(id: from) == nil {
                throw ValidationError("unknown format '\(from)' (known formats: \(BuiltinPlugins.registry.ids.joined(separator: ", ")))")
            }
        }

        func run() throws {
            let registry = BuiltinPlugins.registry
            let collected = InputCollector(registry: registry).collect(inputs, forcedID: from)
            var failed = false
            for path in collected.missing {
                FileHandle.standardError.write("error: '\(path)': no such file or folder\n")
                failed = true
            }
            for path in collected.skipped {
                FileHandle.standardError.write("note: skipped '\(path)': no plugin claims it\n")
            }
            let files = collected.files.filter { shard?.contains($0.relativePath) ?? true }
            let store = try archive.open(creating: true)
            var tally: [Archive.AddOutcome: Int] = [:]
            var failures = 0
            // Converted a chunk at a time, so memory stays flat however many files there are.
            let converter = BatchConverter(registry: registry)
            let showProgress = isatty(STDERR_FILENO) != 0
            for start in stride(from: 0, to: files.count, by: 32) {
                let chunk = Array(files[start..<min(files.count, start + 32)])
                for (file, result) in zip(chunk, converter.convert(chunk, forcedID: from)) {
                    do {
                        let report = try result.get()
                        let original = try Data(contentsOf: URL(fileURLWithPath: file.path))
                        let path = URL(fileURLWithPath: file.path).standardizedFileURL.path
                        tally[try store.add(report, original: original, path: path), default: 0] += 1
                    } catch {
                        FileHandle.standardError.write("error: \(error)\n")
                        failures += 1
                    }
                }
                if showProgress { FileHandle.standardError.write("archived \(min(files.count, start + 32)) of \(files.count)\r") }
            }
            let counts = try store.counts()
            FileHandle.standardError.write(
                "archived \(files.count - failures) of \(files.count) file(s) into '\(store.location)': "
                + "\(tally[.newReport] ?? 0) new report(s), \(tally[.newSource] ?? 0) new source(s) of stored reports, "
                + "\(tally[.unchanged] ?? 0) already archived; the archive holds \(counts.reports) report(s) from \(counts.sources) file(s)\n")
            if failed || failures > 0 { throw ExitCode(1) }
        }
    }
}

/// `--shard K/N`: a stable share of the inputs by path.
struct Shard: ExpressibleByArgument, Equatable {
    let index: Int
    let count: Int

    init?(argument: String) {
        let parts = argument.split(separator: "/")
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(k) else { return nil }
        index = k
        count = n
    }

    /// FNV-1a of the path's UTF-8: the same on every machine and run (Swift's own hashing is
    /// seeded per process).
    func contains(_ path: String) -> Bool {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return Int(hash % UInt64(count)) == index - 1
    }
}
