import Foundation

/// Runs an out-of-process plugin's executable with a time limit, collecting what it prints.
///
/// Output is read on its own threads while the process runs, so a plugin printing more than a
/// pipe holds cannot block; past the limit it is sent SIGTERM, then SIGKILL.
enum PluginProcess {
    struct Output {
        var status: Int32
        var stdout: Data
        var stderr: Data
        var timedOut: Bool
    }


    static func run(_ executable: String, arguments: [String], timeout: TimeInterval) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()

        let collected = Collected()
        let readers = DispatchGroup()
        for (pipe, isOut) in [(out, true), (err, false)] {
            DispatchQueue.global().async(group: readers) {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                collected.set(data, stdout: isOut)
            }
        }
        var timedOut = false
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            // Foundation starts the plugin as the leader of its own process group: signal the
            // group, so the children it started (a shell script's `sleep`), which would keep
            // its pipes open, stop too.
            let group = process.processIdentifier
            kill(-group, SIGTERM)
            process.terminate()
            if finished.wait(timeout: .now() + 2) == .timedOut {
                kill(-group, SIGKILL)
                kill(group, SIGKILL)
                finished.wait()
            }
        }
        readers.wait()
        return Output(status: process.terminationStatus, stdout: collected.stdout, stderr: collected.stderr, timedOut: timedOut)
    }

    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var out = Data(), err = Data()
        func set(_ data: Data, stdout: Bool) {
            lock.lock(); defer { lock.unlock() }
            if stdout { out = data } else { err = data }
        }
        var stdout: Data { lock.lock(); defer { lock.unlock() }; return out }
        var stderr: Data { lock.lock(); defer { lock.unlock() }; return err }
    }
}
