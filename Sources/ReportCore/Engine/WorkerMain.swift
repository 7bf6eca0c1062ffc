import Foundation

/// The worker side of `WorkerProcess`: what this program does when started in worker mode.
///
/// Reads requests from standard input until it closes, converts each with `FileConversion`
/// and answers on what was standard output. Standard output itself is pointed at standard
/// error first, so nothing a library prints can corrupt the answers.
public enum WorkerMain {
    /// The hidden first argument that starts worker mode.
    public static let argument = "__worker"

    /// Runs the worker loop; returns when the parent closes the pipe. `memoryLimitMB` caps the
    /// address space, so a runaway allocation fails in the worker instead of the machine.
    public static func run(registry: FormatRegistry, memoryLimitMB: Int?) -> Int32 {
        signal(SIGINT, SIG_IGN)   // a terminal's ^C is for the parent, which stops its workers itself
        if let mb = memoryLimitMB, mb > 0 {
            var limit = rlimit(rlim_cur: rlim_t(mb) << 20, rlim_max: rlim_t(mb) << 20)
            setrlimit(Int32(RLIMIT_AS.rawValue), &limit)
        }
        let answers = dup(1)
        dup2(2, 1)
        watchParent()
        let conversion = FileConversion(registry: registry)
        while let message = readMessage(from: 0) {
            let outcome: FileOutcome
            if let request = ConversionRequest(wire: message) {
                outcome = conversion.run(request)
            } else {
                outcome = .failure("worker: unreadable request")
            }
            let data = OutcomeWire.encode(outcome)
            var length = UInt32(data.count).bigEndian
            do {
                try AtomicWriter.writeAll(Data(bytes: &length, count: 4) + data, to: answers)
            } catch {
                return 1
            }
        }
        return 0
    }

    /// A worker whose parent died (SIGKILL leaves no chance to stop it) exits instead of
    /// finishing a long conversion nobody will read.
    private static func watchParent() {
        let parent = getppid()
        Thread.detachNewThread {
            while true {
                sleep(1)
                if getppid() != parent { _exit(0) }
            }
        }
    }

    private static func readMessage(from fd: Int32) -> Data? {
        guard let header = readExactly(4, from: fd) else { return nil }
        let length = header.reduce(0) { $0 << 8 | Int($1) }
        return readExactly(length, from: fd).map { Data($0) }
    }

    private static func readExactly(_ count: Int, from fd: Int32) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        var got = 0
        while got < count {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + got, count - got) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return nil }
            got += n
        }
        return bytes
    }
}
