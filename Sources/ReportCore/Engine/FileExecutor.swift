import Foundation

/// Runs one conversion for the engine: in this process, or isolated in a worker.
protocol FileExecutor: AnyObject {
    /// Converts `request`; `cancelled` is polled so a stop request ends a wait early (nil then).
    func run(_ request: ConversionRequest, cancelled: () -> Bool) -> FileOutcome?
}

/// Converts in the calling process: no isolation (a crash stops the batch), for library use
/// and tests of everything but isolation.
final class InProcessExecutor: FileExecutor {
    let conversion: FileConversion

    init(registry: FormatRegistry) { conversion = FileConversion(registry: registry) }

    func run(_ request: ConversionRequest, cancelled: () -> Bool) -> FileOutcome? { conversion.run(request) }
}

/// Converts in a worker process of its own, started on first use and again after one is
/// killed: a file that hangs past the timeout, crashes, or runs out of memory fails alone.
final class WorkerExecutor: FileExecutor {
    let executable: String
    let arguments: [String]
    let timeout: Double
    let memoryLimitMB: Int?
    private var worker: WorkerProcess?
    /// Files a worker converts before it is replaced, so what a long batch leaves in one
    /// process's heap (fragmentation, caches) cannot add up.
    static let filesPerWorker = 500
    private var filesDone = 0

    init(executable: String, registryArguments: [String], timeout: Double, memoryLimitMB: Int?) {
        self.executable = executable
        var args = [WorkerMain.argument]
        if let mb = memoryLimitMB { args += ["--memory-limit", String(mb)] }
        arguments = args + registryArguments
        self.timeout = timeout
        self.memoryLimitMB = memoryLimitMB
    }

    func run(_ request: ConversionRequest, cancelled: () -> Bool) -> FileOutcome? {
        let name = "'\(request.displayPath)'"
        let message = request.wire
        var process: WorkerProcess
        do {
            process = try worker ?? WorkerProcess(executable: executable, arguments: arguments)
            worker = process
            if !process.send(message) {
                // The idle worker died before this file (killed from outside): not this file's
                // doing, so it gets a fresh worker.
                process.kill()
                process = try WorkerProcess(executable: executable, arguments: arguments)
                worker = process
                guard process.send(message) else {
                    worker = nil
                    return diedOutcome(process, name: name, reply: process.receive(deadline: 0, cancelled: { false }))
                }
            }
        } catch {
            worker = nil
            return .failure("\(name): cannot start a worker process (\(executable)): \(error)")
        }
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(timeout * 1e9)
        let reply = process.receive(deadline: deadline, cancelled: cancelled)
        switch reply {
        case .message(let data):
            filesDone += 1
            if filesDone % Self.filesPerWorker == 0 {
                worker = nil
                process.kill()
            }
            guard let outcome = OutcomeWire.decode(data) else {
                worker = nil
                return .failure("\(name): the worker's answer could not be read")
            }
            return outcome
        case .timedOut:
            worker = nil
            process.kill()
            return .failure("\(name): timed out after \(Self.seconds(timeout)) s; the worker was stopped")
        case .cancelled:
            worker = nil
            process.kill()
            return nil
        case .died:
            worker = nil
            return diedOutcome(process, name: name, reply: reply)
        }
    }

    private func diedOutcome(_ process: WorkerProcess, name: String, reply: WorkerProcess.Reply) -> FileOutcome {
        process.kill()
        var reason: String
        if case .died(let signal?, _) = reply {
            reason = "worker crashed: signal \(signal) (\(Self.signalName(signal)))"
        } else if case .died(_, let status?) = reply {
            reason = "worker exited with status \(status)"
        } else {
            reason = "worker stopped"
        }
        if let limit = memoryLimitMB, process.maxResidentKB > limit * 1024 / 2 {
            reason = "ran out of memory (limit \(limit) MB); " + reason
        }
        if let last = process.lastErrorLine { reason += ": " + last }
        return .failure("\(name): \(reason)")
    }

    static func seconds(_ t: Double) -> String {
        t == t.rounded() ? String(Int(t)) : String(t)
    }

    static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGSEGV: return "SIGSEGV"
        case SIGILL: return "SIGILL"
        case SIGABRT: return "SIGABRT"
        case SIGBUS: return "SIGBUS"
        case SIGFPE: return "SIGFPE"
        case SIGKILL: return "SIGKILL"
        case SIGTRAP: return "SIGTRAP"
        default: return String(cString: strsignal(signal))
        }
    }
}
