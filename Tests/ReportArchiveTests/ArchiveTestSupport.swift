import Foundation
import ReportCore
@testable import ReportArchive
@testable import reportconv
import Testing
import TestSupport

/// The databases the archive suite runs against: SQLite always; PostgreSQL when
/// `REPORTCONV_TEST_POSTGRES` names a server (scripts/test.sh starts one and sets it).
enum TestBackend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    static let postgresServer = ProcessInfo.processInfo.environment["REPORTCONV_TEST_POSTGRES"]

    static var available: [TestBackend] { postgresServer == nil ? [.sqlite] : [.sqlite, .postgres] }

    var testDescription: String { rawValue }

    /// A new, empty archive's `--db` value: a file in a new temporary folder, or a new database.
    func freshArchive() throws -> String {
        switch self {
        case .sqlite:
            return try temporaryFolder().appendingPathComponent("archive.sqlite").path
        case .postgres:
            let server = try #require(Self.postgresServer)
            let name = "archive_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            let result = try runProgram("/usr/bin/psql", [server, "-q", "-c", "CREATE DATABASE \(name)"])
            try #require(result.status == 0, "createdb failed: \(result.stderr)")
            var c = try #require(URLComponents(string: server))
            c.path = "/" + name
            return try #require(c.string)
        }
    }
}

func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("reportconv-archive-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

struct ProgramResult: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs a program to its end, collecting its output (stderr through a file, so neither pipe
/// can fill up and block it).
func runProgram(_ path: String, _ arguments: [String]) throws -> ProgramResult {
    let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("reportconv-stderr-" + UUID().uuidString)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: errURL) }
    let errHandle = try FileHandle(forWritingTo: errURL)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = errHandle
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try errHandle.close()
    return ProgramResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                         stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
}

/// The built `reportconv` executable, next to the test bundle.
let reportconvBinary: String = {
    var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
        let candidate = dir.appendingPathComponent("reportconv").path
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        dir = dir.deletingLastPathComponent()
    }
    return repositoryRoot.appendingPathComponent(".build/debug/reportconv").path
}()

func reportconv(_ arguments: [String]) throws -> ProgramResult {
    try runProgram(reportconvBinary, arguments)
}

/// The seed reports in all three formats: five reports, fifteen files.
let seedFiles: [String] = {
    let samples = repositoryRoot.appendingPathComponent("Samples")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []
    return names.filter { $0.hasPrefix("00") }.sorted().map { samples.appendingPathComponent($0).path }
}()

/// Every sample file a plugin claims, as `convert Samples` finds them.
let sampleInputs: [InputFile] = {
    InputWalker(registry: BuiltinPlugins.registry).walk([repositoryRoot.appendingPathComponent("Samples").path]).inputs
        .compactMap { input in
            guard case .file(let path) = input.content else { return nil }
            return InputFile(path: path.display, relativePath: input.relativePath)
        }
}()

/// The files below a folder (hidden ones aside), relative to it, sorted.
func filesBelow(_ folder: String) -> [String] {
    let walker = FileManager.default.enumerator(atPath: folder)
    var out: [String] = []
    while let rel = walker?.nextObject() as? String {
        if rel.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
        var dir: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder + "/" + rel, isDirectory: &dir), !dir.boolValue { out.append(rel) }
    }
    return out.sorted()
}
