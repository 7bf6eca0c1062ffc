import Foundation

/// Runs async work to completion from synchronous code (the CLI and the archive are synchronous;
/// postgres-nio is async).
///
/// The work runs on a serial queue of its own, not on Swift's cooperative pool: the caller blocks
/// while it waits, and if the caller is itself on a pool thread (a test, an async caller) the
/// work would otherwise wait for the very threads that wait for it.
enum AsyncBridge {
    private static let executor = QueueExecutor()

    static func wait<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        Task(executorPreference: executor) {
            do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }

    /// Written by the task before it signals, read by the waiter after.
    private final class Box<T>: @unchecked Sendable {
        var result: Result<T, Error>?
    }

    /// A task executor that runs jobs one at a time on a dispatch queue.
    private final class QueueExecutor: TaskExecutor {
        private let queue = DispatchQueue(label: "reportconv.archive.async")

        func enqueue(_ job: consuming ExecutorJob) {
            let job = UnownedJob(job)
            queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
        }
    }
}
