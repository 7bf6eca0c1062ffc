import Foundation

/// Runs the built `reportconv` executable as a user would, for end-to-end tests.
///
/// The binary is the one `swift build` put next to the test bundle (`.build/debug/reportconv`),
/// or `REPORTCONV_BIN` when set. A missing binary is an error, never a skipped test.
public struct BinaryRun: Sendable {
    public let status: Int32
    public let stdout: Data
    public let stderr: String

    public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }

    public enum Failure: Error, CustomStringConvertible {
        case noBinary(String)
        public var description: String {
            switch self {
            case .noBinary(let path): "no reportconv binary at '\(path)': run `swift build` first (scripts/test.sh does)"
            }
        }
    }

    /// The executable under test.
    public static func binary() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["REPORTCONV_BIN"] {
            return URL(fileURLWithPath: path)
        }
        // On Linux the test runner is `.build/<config>/<package>PackageTests.xctest`, beside the products.
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("reportconv")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        let debug = repositoryRoot.appendingPathComponent(".build/debug/reportconv")
        guard FileManager.default.isExecutableFile(atPath: debug.path) else { throw Failure.noBinary(debug.path) }
        return debug
    }

    /// Starts the binary with `arguments` in `directory` (the repository root by default).
    public static func start(_ arguments: [String], in directory: URL = repositoryRoot,
                             stdout: FileHandle? = nil, stderr: FileHandle? = nil) throws -> Process {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        if let stdout { process.standardOutput = stdout }
        if let stderr { process.standardError = stderr }
        try process.run()
        return process
    }

    /// Runs the binary to its end and collects its output.
    public static func run(_ arguments: [String], in directory: URL = repositoryRoot) throws -> BinaryRun {
        let out = Pipe(), err = Pipe()
        let process = try start(arguments, in: directory, stdout: out.fileHandleForWriting, stderr: err.fileHandleForWriting)
        try out.fileHandleForWriting.close()
        try err.fileHandleForWriting.close()
        // Both pipes are drained together: a child blocked on a full stderr pipe would never exit.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return BinaryRun(status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// A fresh temporary folder, removed by the caller.
public func temporaryFolder(_ label: String = "reportconv-test") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
