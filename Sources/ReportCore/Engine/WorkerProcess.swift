import Foundation

/// One worker: this program started again in worker mode, fed requests on its standard input
/// and answering on its standard output, each message a 4-byte big-endian length and that many
/// bytes. Its standard error is read too, so a crash's last words can be reported and a chatty
/// library cannot fill the pipe and stall it.
///
/// The owner of the process: it is killed and reaped when this is released.
final class WorkerProcess {
    let pid: pid_t
    private var toWorker: Int32
    private var fromWorker: Int32
    private var errors: Int32
    private var pending: [UInt8] = []
    /// The last bytes the worker wrote to standard error.
    private(set) var errorTail: [UInt8] = []
    private var exited = false
    private(set) var maxResidentKB = 0

    enum Reply {
        case message(Data)
        case timedOut
        /// The worker died: by a signal (its number) or with an exit status.
        case died(signal: Int32?, status: Int32?)
        /// The caller asked to stop.
        case cancelled
    }

    /// Held from making the pipes to closing the child's ends, so a worker started by another
    /// thread meanwhile does not inherit them (and keep a pipe open after its worker died).
    private static let spawnLock = NSLock()

    init(executable: String, arguments: [String]) throws {
        Self.spawnLock.lock()
        defer { Self.spawnLock.unlock() }
        var input: [Int32] = [0, 0], output: [Int32] = [0, 0], errs: [Int32] = [0, 0]
        guard pipe(&input) == 0 else { throw SystemError.current }
        guard pipe(&output) == 0 else { close(input[0]); close(input[1]); throw SystemError.current }
        guard pipe(&errs) == 0 else {
            for fd in input + output { close(fd) }
            throw SystemError.current
        }
        for fd in input + output + errs { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input[0], 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errs[1], 2)
        // The worker starts with default signal handling, whatever the parent ignores.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        sigaddset(&defaults, SIGTERM)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var child: pid_t = 0
        // Swift's crash backtracer can spend seconds on a dying worker; its report is not needed.
        var environment = ProcessInfo.processInfo.environment
        if environment["SWIFT_BACKTRACE"] == nil { environment["SWIFT_BACKTRACE"] = "enable=no" }
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in envp { free(p) } }
        let rc = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        close(input[0]); close(output[1]); close(errs[1])
        guard rc == 0 else {
            close(input[1]); close(output[0]); close(errs[0])
            throw SystemError(code: rc)
        }
        pid = child
        toWorker = input[1]
        fromWorker = output[0]
        errors = errs[0]
    }

    deinit { kill() }

    /// Sends one message. False when the worker is gone.
    func send(_ message: Data) -> Bool {
        var length = UInt32(message.count).bigEndian
        let header = Data(bytes: &length, count: 4)
        do {
            try AtomicWriter.writeAll(header + message, to: toWorker)
            return true
        } catch {
            return false
        }
    }

    /// Waits for one message until `deadline` (a `DispatchTime` uptime in nanoseconds), checking
    /// `cancelled` every tenth of a second.
    func receive(deadline: UInt64, cancelled: () -> Bool) -> Reply {
        while true {
            if let message = takeMessage() { return .message(message) }
            if cancelled() { return .cancelled }
            let now = DispatchTime.now().uptimeNanoseconds
            if now >= deadline { return .timedOut }
            let wait = Int32(min(100, (deadline - now) / 1_000_000 + 1))
            var fds = [pollfd(fd: fromWorker, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: errors, events: Int16(POLLIN), revents: 0)]
            let n = poll(&fds, 2, wait)
            if n < 0 {
                if errno == EINTR { continue }
                return died()
            }
            if fds[1].revents != 0 { drainErrors() }
            if fds[0].revents != 0 {
                var buffer = [UInt8](repeating: 0, count: 1 << 16)
                let got = read(fromWorker, &buffer, buffer.count)
                if got < 0 && errno == EINTR { continue }
                if got <= 0 {
                    if let message = takeMessage() { return .message(message) }
                    return died()
                }
                pending.append(contentsOf: buffer[0..<got])
            }
        }
    }

    private func takeMessage() -> Data? {
        guard pending.count >= 4 else { return nil }
        let length = pending[0..<4].reduce(0) { $0 << 8 | Int($1) }
        guard pending.count >= 4 + length else { return nil }
        let message = Data(pending[4..<(4 + length)])
        pending.removeFirst(4 + length)
        return message
    }

    private func drainErrors() {
        var buffer = [UInt8](repeating: 0, count: 1 << 14)
        let got = read(errors, &buffer, buffer.count)
        guard got > 0 else { return }
        errorTail.append(contentsOf: buffer[0..<got])
        if errorTail.count > 4096 { errorTail.removeFirst(errorTail.count - 4096) }
    }

    /// Reaps the worker that closed its output and says how it ended.
    private func died() -> Reply {
        for _ in 0..<20 { drainErrors() }
        let (signal, status) = reap(block: true)
        return .died(signal: signal, status: status)
    }

    private func reap(block: Bool) -> (Int32?, Int32?) {
        guard !exited else { return (nil, nil) }
        var status: Int32 = 0
        var usage = rusage()
        var rc: pid_t
        repeat { rc = wait4(pid, &status, block ? 0 : WNOHANG, &usage) } while rc < 0 && errno == EINTR
        guard rc == pid else { return (nil, nil) }
        exited = true
        maxResidentKB = usage.ru_maxrss
        // WIFSIGNALED / WTERMSIG / WEXITSTATUS are macros Swift cannot import.
        let signal = status & 0x7F
        if signal != 0 && signal != 0x7F { return (signal, nil) }
        return (nil, (status >> 8) & 0xFF)
    }

    /// Kills the worker (if it still runs), reaps it and closes the pipes.
    func kill() {
        if !exited {
            Glibc.kill(pid, SIGKILL)
            _ = reap(block: true)
        }
        for fd in [toWorker, fromWorker, errors] where fd >= 0 { close(fd) }
        toWorker = -1; fromWorker = -1; errors = -1
    }

    /// The worker's last line on standard error, for the failure message.
    var lastErrorLine: String? {
        let text = String(decoding: errorTail, as: UTF8.self)
        return text.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { String($0.prefix(300)) }
    }
}
