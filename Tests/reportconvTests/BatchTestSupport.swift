import Foundation
import ReportCore
@testable import reportconv

/// A scratch folder removed when the value is dropped.
final class Scratch {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("reportconv-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes a file below the scratch folder, making its folders.
    @discardableResult
    func file(_ relative: String, _ text: String) throws -> URL {
        let target = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: target)
        return target
    }

    func read(_ relative: String) -> String? {
        try? String(contentsOf: url.appendingPathComponent(relative), encoding: .utf8)
    }

    func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: url.appendingPathComponent(relative).path) }

    /// Every file below `relative`, hidden ones included.
    func files(below relative: String) -> [String] {
        (FileManager.default.subpaths(atPath: url.appendingPathComponent(relative).path) ?? []).filter { sub in
            var dir: ObjCBool = false
            FileManager.default.fileExists(atPath: url.appendingPathComponent(relative).appendingPathComponent(sub).path, isDirectory: &dir)
            return !dir.boolValue
        }.sorted()
    }
}

/// A short work summary in the shape of the family, invented for the tests.
func reportText(_ place: String) -> String {
    """
    \(place)医疗保障局2023年工作总结
    一、基本情况
    \(place)医疗保障局全年完成基本医保参保登记工作。
    二、主要工作
    （一）参保扩面
    全年参保人数稳定。
    """
}

/// Runs the built `reportconv` and returns its exit status, standard output and standard error.
struct RunResult {
    var status: Int32
    var stdout: Data
    var stderr: String
}

enum Binary {
    static var path: String? { WorkerExecutable.path }

    static func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:],
                    stdoutTo: String? = nil, executable: String? = nil) throws -> RunResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? path ?? "/nonexistent/reportconv")
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        if let stdoutTo {
            process.standardOutput = FileHandle(forWritingAtPath: stdoutTo)
        } else {
            process.standardOutput = out
        }
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        var output = Data()
        if stdoutTo == nil { output = out.fileHandleForReading.readDataToEndOfFile() }
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return RunResult(status: process.terminationStatus, stdout: output, stderr: String(decoding: errors, as: UTF8.self))
    }
}
