import Crypto
import Foundation

/// The batch pipeline: collect → convert → write → summarise, shared by the command line and
/// anything else that converts many inputs (an archive is a list of `BatchInput`s too).
///
/// - Each input's outputs are written atomically as soon as it is converted, and a record of
///   them saved; nothing is held for the end but the list of inputs, so memory does not grow
///   with the batch.
/// - Conversions run in `jobs` workers at once; with `.workers` isolation each is a separate
///   process with a timeout and a memory cap, and one that hangs or dies fails its file alone.
/// - A rerun skips inputs whose records match their bytes, the version and the settings.
/// - The combined CSV tables are rebuilt from the records at the end, also after `cancel`,
///   so they are complete and valid for what was done.
public final class BatchEngine: @unchecked Sendable {
    public let registry: FormatRegistry
    public let options: BatchOptions
    private let observer: (any BatchObserver)?
    private let lock = NSLock()
    private var summary = BatchSummary()
    private var nextIndex = 0
    private var stopFeeding = false
    private var interrupted = false
    private var stdoutRows: [String: String] = [:]
    private var writeFailure: BatchError?
    private var signalSources: [any DispatchSourceSignal] = []

    public init(registry: FormatRegistry, options: BatchOptions, observer: (any BatchObserver)? = nil) {
        self.registry = registry
        self.options = options
        self.observer = observer
    }

    /// Stops the batch: no new file is started; with `interrupt`, conversions under way are
    /// abandoned (their workers killed). Outputs already written stay; tables are written.
    public func cancel(interrupt: Bool = true) {
        lock.lock(); defer { lock.unlock() }
        stopFeeding = true
        if interrupt { interrupted = true }
    }

    /// SIGINT and SIGTERM call `cancel()`; a second one exits at once. Until the end of `run`,
    /// which puts the default handling back.
    public func stopOnSignals() {
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { [weak self] in
                guard let self else { return }
                if self.isInterrupted { _exit(130) }
                self.observer?.note("stopping: finishing the outputs written so far (again to quit at once)")
                self.cancel()
            }
            source.resume()
            signalSources.append(source)
        }
    }

    private func stopWatchingSignals() {
        guard !signalSources.isEmpty else { return }
        for source in signalSources { source.cancel() }
        signalSources = []
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }

    private var isInterrupted: Bool { lock.lock(); defer { lock.unlock() }; return interrupted }

    /// Converts `inputs`; `failures` (inputs that could not even be walked) and `skipped`
    /// (files no plugin claims) are counted in the summary.
    ///
    /// - Throws: `BatchError` when the batch cannot start (output collision, unwritable output
    ///   folder) — before anything is converted — or when writing fails.
    public func run(_ inputs: [BatchInput], failures: [(path: String, reason: String)] = [],
                    skipped: [String] = []) throws -> BatchSummary {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { stopWatchingSignals() }
        // A closed pipe or a file-size limit is an error to report, not a silent death.
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
        let inputs = try Self.plan(inputs, formats: options.formats)
        let store: OutputStore?
        if case .folder(let root) = options.destination { store = try OutputStore(root: root) } else { store = nil }
        defer { store?.finish() }

        summary = BatchSummary()
        nextIndex = 0
        stdoutRows = [:]
        writeFailure = nil
        for (path, reason) in failures {
            summary.failures.append((path, reason))
            summary.add(.failed, format: BatchSummary.label(path))
        }
        for path in skipped { summary.add(.skipped, format: BatchSummary.label(path)) }
        observer?.started(total: inputs.count)
        for (path, reason) in failures { observer?.finished(path: path, kind: .failed, messages: ["'\(path)': \(reason)"]) }
        if options.failFast && !failures.isEmpty { stopFeeding = true }

        let threads = max(1, min(options.jobs, inputs.count))
        let group = DispatchGroup()
        for _ in 0..<threads {
            group.enter()
            let thread = Thread { [self] in
                // The executor (and its worker, stopped and reaped) goes before the run can end.
                do {
                    let executor = makeExecutor()
                    while let input = next(inputs) { process(input, executor: executor, store: store) }
                }
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()

        lock.lock()
        summary.notStarted = inputs.count - nextIndex + summary.notStarted
        summary.interrupted = interrupted
        lock.unlock()
        do {
            if let store, options.formats.contains(.csv) {
                try store.writeTables(paths: inputs.map(\.relativePath).sorted(), bom: options.bom)
            } else if case .standardOutput(let table) = options.destination, options.formats == [.csv] {
                var text = CSVExporter.header(table, bom: options.bom)
                for path in stdoutRows.keys.sorted() { text += stdoutRows[path] ?? "" }
                try Self.writeStandardOutput(text)
            }
        } catch let e as BatchError {
            // The first write error is the one to report; the tables may fail for the same reason.
            if writeFailure == nil { writeFailure = e }
        }
        summary.failures.sort { $0.path < $1.path }
        summary.errorWarnings.sort { $0.path < $1.path }
        summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        if let writeFailure { throw writeFailure }
        observer?.ended(summary)
        return summary
    }

    /// Drops an input given twice; throws when two different inputs would write one output.
    static func plan(_ inputs: [BatchInput], formats: [ExportFormat]) throws -> [BatchInput] {
        var byPath: [String: BatchInput] = [:]
        var planned: [BatchInput] = []
        for input in inputs {
            if let other = byPath[input.relativePath] {
                if other.content == input.content { continue }
                let ext = formats.first { $0 != .csv }.map { "." + $0.fileExtension } ?? ""
                throw BatchError.outputCollision(output: input.relativePath + ext, inputs: [other.displayPath, input.displayPath])
            }
            byPath[input.relativePath] = input
            planned.append(input)
        }
        return planned
    }

    private func next(_ inputs: [BatchInput]) -> BatchInput? {
        lock.lock(); defer { lock.unlock() }
        guard !stopFeeding, nextIndex < inputs.count else { return nil }
        nextIndex += 1
        return inputs[nextIndex - 1]
    }

    private func makeExecutor() -> any FileExecutor {
        switch options.isolation {
        case .inProcess: return InProcessExecutor(registry: registry)
        case .workers(let executable):
            return WorkerExecutor(executable: executable, registryArguments: options.registryArguments, timeout: options.timeout,
                                  memoryLimitMB: options.memoryLimitMB)
        }
    }

    private var settings: String {
        (["from=\(options.forcedID ?? "")"] + options.registryArguments).joined(separator: " ")
    }

    private func process(_ input: BatchInput, executor: any FileExecutor, store: OutputStore?) {
        if let store, !options.force, let record = store.record(for: input.relativePath), isUpToDate(record, input, store) {
            let kind: BatchSummary.Kind = .upToDate
            finish(input, kind: kind, format: record.format, messages: [])
            return
        }
        let request: ConversionRequest
        do {
            request = try ConversionRequest(input: input, forcedID: options.forcedID, formats: options.formats.map(\.rawValue))
        } catch {
            finish(input, kind: .failed, format: nil, messages: ["'\(input.displayPath)': cannot read: \(error)"])
            return
        }
        guard let outcome = executor.run(request, cancelled: { self.isInterrupted }) else {
            lock.lock(); summary.notStarted += 1; lock.unlock()
            return
        }
        do {
            if let sink = options.sink {
                try sink.take(outcome, of: input)
            } else if let store {
                try write(outcome, of: input, to: store)
            } else {
                try emit(outcome, of: input)
            }
        } catch let e as BatchError {
            // The run stops and throws this error at the end, printed once by the caller.
            lock.lock()
            if writeFailure == nil { writeFailure = e }
            stopFeeding = true
            summary.add(.failed, format: outcome.format ?? BatchSummary.label(input.relativePath))
            summary.failures.append((input.displayPath, "\(e)"))
            lock.unlock()
            return
        } catch {
            finish(input, kind: .failed, format: outcome.format, messages: ["'\(input.displayPath)': \(error)"])
            return
        }
        switch outcome.status {
        case .failed:
            finish(input, kind: .failed, format: outcome.format, messages: [outcome.error ?? "'\(input.displayPath)': failed"])
        case .converted where !outcome.errorWarnings.isEmpty:
            finish(input, kind: .convertedWithErrors, format: outcome.format,
                   messages: outcome.errorWarnings.map { "'\(input.displayPath)': \($0)" })
        case .converted:
            finish(input, kind: .converted, format: outcome.format, messages: [])
        }
    }

    private func finish(_ input: BatchInput, kind: BatchSummary.Kind, format: String?, messages: [String]) {
        lock.lock(); defer { lock.unlock() }
        summary.add(kind, format: format ?? BatchSummary.label(input.relativePath))
        if kind == .failed {
            summary.failures.append((input.displayPath, messages.first ?? "failed"))
            if options.failFast { stopFeeding = true }
        }
        if kind == .convertedWithErrors { summary.errorWarnings.append((input.displayPath, messages)) }
        observer?.finished(path: input.displayPath, kind: kind, messages: messages)
    }

    private func isUpToDate(_ record: OutputRecord, _ input: BatchInput, _ store: OutputStore) -> Bool {
        guard record.version == options.version, record.settings == settings,
              Set(options.formats).isSubset(of: Set(record.formats)) else { return false }
        for format in options.formats where format != .csv {
            guard access(store.outputPath(input.relativePath, format), F_OK) == 0 else { return false }
        }
        return Self.sha256(of: input) == record.sha256
    }

    private func write(_ outcome: FileOutcome, of input: BatchInput, to store: OutputStore) throws {
        for format in options.formats where format != .csv {
            if let text = outcome.exports[format.rawValue] {
                try store.write(text, to: store.outputPath(input.relativePath, format))
            }
        }
        guard outcome.status == .converted, let sha = outcome.sha256 else {
            store.removeRecord(for: input.relativePath)
            return
        }
        try store.save(OutputRecord(path: input.relativePath, sha256: sha, version: options.version, settings: settings,
                                    format: outcome.format, formats: options.formats, errorWarnings: outcome.errorWarnings,
                                    csvRows: outcome.csvRows))
    }

    private func emit(_ outcome: FileOutcome, of input: BatchInput) throws {
        guard outcome.status == .converted, let format = options.formats.first else { return }
        if format == .csv {
            guard case .standardOutput(let table) = options.destination else { return }
            let rows = outcome.csvRows[table.rawValue] ?? ""
            lock.lock(); stdoutRows[input.relativePath] = rows; lock.unlock()
            return
        }
        if let text = outcome.exports[format.rawValue] { try Self.writeStandardOutput(text) }
    }

    static func writeStandardOutput(_ text: String) throws {
        do { try AtomicWriter.writeAll(Data(text.utf8), to: 1) } catch let e as SystemError {
            throw BatchError.write(path: "standard output", reason: e.description)
        }
    }

    /// The sha256 of an input's bytes, read in pieces.
    static func sha256(of input: BatchInput) -> String? {
        switch input.content {
        case .bytes(let data): return FileConversion.sha256(data)
        case .deferred(_, let read): return (try? read()).map(FileConversion.sha256)
        case .file(let path):
            let fd = path.withCString { open($0, O_RDONLY | O_CLOEXEC) }
            guard fd >= 0 else { return nil }
            defer { close(fd) }
            var hasher = SHA256()
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = read(fd, &buffer, buffer.count)
                if n < 0 && errno == EINTR { continue }
                if n < 0 { return nil }
                if n == 0 { break }
                hasher.update(data: buffer[0..<n])
            }
            return HexDigest.string(hasher.finalize())
        }
    }
}
