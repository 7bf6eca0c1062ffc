import Foundation
import NIOPosix
import ReportArchive

/// The archive as the server reads it: a few read-only connections, each used by one request at
/// a time, on threads of their own.
///
/// The archive's API is synchronous (SQLite is, and postgres-nio is bridged to it), so requests
/// must not call it on the server's event loops or Swift's small cooperative pool; a fixed thread
/// pool with one connection per thread runs them, and requests beyond that wait in its queue.
/// A request whose read takes longer than `timeout` (waiting included) fails at once with
/// `TimedOut` (a 503); the database stops the query it started at the same limit (PostgreSQL's
/// statement timeout, SQLite's interrupt), so its thread and connection are free again.
final class ArchiveReaders: @unchecked Sendable {
    /// The read took longer than the server's limit.
    struct TimedOut: Error, CustomStringConvertible {
        let limit: Duration
        var description: String { "The archive did not answer within \(limit)." }
    }

    private let threads: NIOThreadPool
    private let timeout: Duration
    private let lock = NSLock()
    // Guarded by `lock`.
    private var free: [Archive]

    init(_ location: ArchiveLocation, connections: Int, timeout: Duration) throws {
        self.timeout = timeout
        free = try (0..<max(1, connections)).map { _ in try Archive(location, readOnly: true, statementLimit: timeout) }
        threads = NIOThreadPool(numberOfThreads: free.count)
        threads.start()
    }

    /// Runs `body` with one of the connections.
    func read<T: Sendable>(_ body: @escaping @Sendable (Archive) throws -> T) async throws -> T {
        let once = Once<T>()
        let timeout = self.timeout
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(Int(timeout / .milliseconds(1)))) {
            once.resume(.failure(TimedOut(limit: timeout)))
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                once.set(continuation)
                threads.submit { state in
                    guard case .active = state else { return once.resume(.failure(CancellationError())) }
                    // As many threads as connections, so one is always free here.
                    let archive = self.take()
                    defer { self.give(archive) }
                    once.resume(Result { try body(archive) })
                }
            }
        } onCancel: {
            once.resume(.failure(CancellationError()))
        }
    }

    func shutdown() {
        try? threads.syncShutdownGracefully()
    }

    private func take() -> Archive {
        lock.lock()
        defer { lock.unlock() }
        return free.removeLast()
    }

    private func give(_ archive: Archive) {
        lock.lock()
        free.append(archive)
        lock.unlock()
    }

    /// A continuation resumed by whichever comes first: the work's answer or the caller giving up.
    private final class Once<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var continuation: CheckedContinuation<T, Error>?
        private var early: Result<T, Error>?

        func set(_ c: CheckedContinuation<T, Error>) {
            lock.lock()
            if let early {
                lock.unlock()
                c.resume(with: early)
                return
            }
            continuation = c
            lock.unlock()
        }

        func resume(_ result: Result<T, Error>) {
            lock.lock()
            guard let c = continuation else {
                if early == nil { early = result }
                lock.unlock()
                return
            }
            continuation = nil
            early = result
            lock.unlock()
            c.resume(with: result)
        }
    }
}
