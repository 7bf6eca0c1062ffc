import ArgumentParser
import Foundation
import ReportArchive
import ReportCore
import ReportModel

extension ReportConv {
    struct ArchiveAdd: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Convert inputs and store their reports and original files in the archive.",
            discussion: """
                Conversion is `convert`'s: the same batch engine, worker processes, progress line and \
                summary. Exit status: 0 every input archived (or already there), 1 some input failed \
                (each failure on stderr, the others still archived), 2 usage error.
                """)

        @OptionGroup var archive: ArchiveDBOption

        @Argument(help: "Files or folders to archive.")
        var inputs: [String]

        @Option(name: [.short, .long], help: "Read every input with this plugin (see `reportconv formats`).")
        var from: String?

        @Option(name: .long, help: "Archive only share K of N (1 ≤ K ≤ N), chosen by each file's path below the folder given, so N machines can split one collection with no other coordination.")
        var shard: Shard?

        @Option(name: [.short, .long], help: "Files converted at once (default: the number of cores).")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @Option(name: .long, help: "Seconds one file may take.")
        var timeout: Double = 60

        @Flag(name: [.short, .long], help: "No progress line; only errors and a failing summary.")
        var quiet = false

        func validate() throws {
            if let from, Registry.current.plugin(id: from) == nil {
                throw ValidationError("unknown format '\(from)' (known formats: \(Registry.current.ids.joined(separator: ", ")))")
            }
            if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        }

        func run() throws {
            let registry = Registry.current
            Registry.exportToWorkers(registry)
            var walked = InputWalker(registry: registry).walk(CommandLinePaths.paths(for: inputs), forcedID: from)
            if let shard { walked.inputs = walked.inputs.filter { shard.contains($0.relativePath) } }
            let store = try archive.open(creating: true)
            let sink = ArchiveSink(store)
            var options = BatchOptions()
            options.formats = [.json]
            options.sink = sink
            options.forcedID = from
            options.jobs = jobs
            options.timeout = timeout
            options.isolation = WorkerExecutable.path.map { .workers(executable: $0) } ?? .inProcess
            options.force = true
            let printer = ProgressPrinter(quiet: quiet)
            for path in walked.skipped where !quiet { printer.note("note: skipped '\(path)': no plugin claims it") }
            let engine = BatchEngine(registry: registry, options: options, observer: printer)
            engine.stopOnSignals()
            let summary: BatchSummary
            do {
                summary = try engine.run(walked.inputs, failures: walked.failures, skipped: walked.skipped)
            } catch let e as BatchError {
                FileHandle.standardError.write(Data("error: \(e)\n".utf8))
                throw ExitCode(1)
            }
            let tally = sink.tally
            let counts = try store.counts()
            FileHandle.standardError.write(Data((
                "archived into '\(store.location)': \(tally[.newReport] ?? 0) new report(s), "
                + "\(tally[.newSource] ?? 0) new source(s) of stored reports, \(tally[.unchanged] ?? 0) already archived; "
                + "the archive holds \(counts.reports) report(s) from \(counts.sources) file(s)\n").utf8))
            let status = summary.exitStatus(strict: false)
            if status != 0 { throw ExitCode(status) }
        }
    }
}

/// Stores each converted report, with its original bytes, as the engine hands it over.
final class ArchiveSink: BatchReportSink, @unchecked Sendable {
    private let archive: Archive
    private let lock = NSLock()
    private var counts: [Archive.AddOutcome: Int] = [:]

    init(_ archive: Archive) { self.archive = archive }

    var tally: [Archive.AddOutcome: Int] { lock.lock(); defer { lock.unlock() }; return counts }

    func take(_ outcome: FileOutcome, of input: BatchInput) throws {
        guard outcome.status == .converted, let json = outcome.exports["json"] else { return }
        let report = try JSONDecoder().decode(Report.self, from: Data(json.utf8))
        let original: Data, path: String
        switch input.content {
        case .bytes(let data):
            original = data
            path = input.displayPath
        case .deferred(_, let read):
            original = try read()
            path = input.displayPath
        case .file(let file):
            original = try Self.read(file)
            path = URL(fileURLWithPath: file.display).standardizedFileURL.path
        }
        // One writer at a time: the engine's threads share one database connection.
        lock.lock(); defer { lock.unlock() }
        counts[try archive.add(report, original: original, path: path), default: 0] += 1
    }

    /// The file's bytes, by its raw path (names need not be UTF-8).
    private static func read(_ file: FilePath) throws -> Data {
        try file.withCString { cPath in
            guard let f = fopen(cPath, "rb") else { throw ArchiveFailure("'\(file.display)': cannot read: \(String(cString: strerror(errno)))") }
            defer { fclose(f) }
            var data = Data()
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = fread(&buffer, 1, buffer.count, f)
                if n <= 0 { break }
                data.append(buffer, count: n)
            }
            return data
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
