import Foundation

/// Runs an out-of-process plugin's executable with a time limit, collecting what it prints.
///
/// Output is read on its own threads while the process runs, so a plugin printing more than a
/// pipe holds cannot block; past the limit it is killed with every process it started.
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
            // The children the plugin started (a shell script's `sleep`) would keep its pipes
            // open and live on: stop the whole tree, children first.
            let pid = process.processIdentifier
            for child in descendants(of: pid).reversed() { kill(child, SIGKILL) }
            kill(pid, SIGKILL)
            finished.wait()
        }
        // A grandchild that escaped (double fork) may still hold the pipes: do not wait for it.
        if timedOut { _ = readers.wait(timeout: .now() + 1) } else { readers.wait() }
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

    /// Every process below `pid`, parents before their children, from `/proc/<pid>/stat`.
    static func descendants(of pid: Int32) -> [Int32] {
        var parentOf: [Int32: Int32] = [:]
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let child = Int32(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            // After the command name in parentheses: state, then the parent's pid.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, let parent = Int32(fields[1]) { parentOf[child] = parent }
        }
        var found: [Int32] = []
        var frontier = [pid]
        while let next = frontier.popLast() {
            let children = parentOf.filter { $0.value == next }.map(\.key).sorted()
            found += children
            frontier += children
        }
        return found
    }
}
