import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import ReportArchive
import ReportCore
import ReportModel
import Testing
import TestSupport

/// A test archive and a `reportconv serve` process over it, started as a user would start it.
///
/// The archive holds 30 varied copies of the samples (`bench/serve/make-corpus.py`, so paging
/// has pages), the first seed as text and as HTML (one report, two sources), and a report whose
/// title and issuer hold a `<script>` element.
struct ServedArchive {
    let db: String
    let url: URL
    let process: Process

    /// The SQLite test archive, made once per test run.
    static let sqlite: Result<String, ServeTestFailure> = Result { try makeArchive(db: nil) }.mapError { ServeTestFailure("\($0)") }

    /// The same on PostgreSQL, when scripts/test.sh started a server.
    static let postgres: Result<String, ServeTestFailure>? = ProcessInfo.processInfo.environment["REPORTCONV_TEST_POSTGRES"].map { server in
        Result { try makeArchive(db: try newPostgresDatabase(server)) }.mapError { ServeTestFailure("\($0)") }
    }

    /// Starts `reportconv serve --port 0` on `db` and waits for the URL it prints.
    static func start(_ db: String, extra: [String] = []) throws -> ServedArchive {
        let out = Pipe()
        let process = try BinaryRun.start(["serve", "--db", db, "--port", "0"] + extra,
                                          stdout: out.fileHandleForWriting, stderr: FileHandle.nullDevice)
        try out.fileHandleForWriting.close()
        nonisolated(unsafe) var line = ""
        let printed = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            while !line.hasSuffix("\n") {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                line += String(decoding: chunk, as: UTF8.self)
            }
            printed.signal()
        }
        guard printed.wait(timeout: .now() + 60) == .success,
              let url = URL(string: line.trimmingCharacters(in: .whitespacesAndNewlines)), url.port != nil else {
            process.terminate()
            throw ServeTestFailure("serve printed no URL within 60 s (got '\(line)')")
        }
        return ServedArchive(db: db, url: url, process: process)
    }

    /// Sends `signal` and waits for the process to end; returns its exit status.
    @discardableResult
    func stop(_ signal: Int32 = SIGTERM) throws -> Int32 {
        kill(process.processIdentifier, signal)
        let deadline = Date().addingTimeInterval(20)
        while process.isRunning, Date() < deadline { usleep(50_000) }
        guard !process.isRunning else {
            process.terminate()
            throw ServeTestFailure("serve did not stop within 20 s of signal \(signal)")
        }
        return process.terminationStatus
    }

    func address(_ pathAndQuery: String) -> URL { URL(string: pathAndQuery, relativeTo: url)!.absoluteURL }

    /// One request; the body is never followed past a redirect.
    func fetch(_ pathAndQuery: String, method: String = "GET", body: Data? = nil,
               headers: [String: String] = [:]) async throws -> (status: Int, headers: [String: String], body: Data) {
        var request = URLRequest(url: address(pathAndQuery))
        request.httpMethod = method
        request.httpBody = body
        for (k, v) in headers { request.setValue(v, forHTTPHeaderField: k) }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        var fields: [String: String] = [:]
        for (k, v) in http.allHeaderFields { fields[String(describing: k).lowercased()] = String(describing: v) }
        return (http.statusCode, fields, data)
    }

    /// The status of a request made by curl, for what URLSession will not send (bodies on GET,
    /// unusual methods, over-long addresses).
    func curlStatus(_ arguments: [String], _ pathAndQuery: String) throws -> Int {
        let result = try runTool("/usr/bin/curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}", "--path-as-is"] + arguments
                                    + [address(pathAndQuery).absoluteString], timeout: 30)
        return Int(result.stdout) ?? -1
    }

    // MARK: - Making the archive

    private static func makeArchive(db: String?) throws -> String {
        let folder = try temporaryFolder("reportconv-serve")
        let corpus = folder.appendingPathComponent("corpus")
        let made = try runTool("/usr/bin/python3", [repositoryRoot.appendingPathComponent("bench/serve/make-corpus.py").path, corpus.path, "30"])
        guard made.status == 0 else { throw ServeTestFailure("make-corpus.py failed: \(made.stderr)") }
        let seeds = folder.appendingPathComponent("seeds")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        for ext in ["txt", "html"] {
            try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Samples/000_e82f18c061ea3c91.\(ext)"),
                                             to: seeds.appendingPathComponent("000_e82f18c061ea3c91.\(ext)"))
        }
        // A report whose title and issuer carry markup: the pages must show it as text. No
        // reading rule takes a line with `<…>` for a title, so it comes as canonical JSON (an
        // input like any other), made from a converted sample with its contentId recomputed.
        let converted = try BinaryRun.run(["convert", "Samples/family/department-one-line-rows-2.txt", "--to", "json"])
        var report = try JSONDecoder().decode(Report.self, from: converted.stdout)
        report.metadata.title = "瑶台县<script>alert('x')</script>医疗保障局2022年度部门整体支出绩效自评表"
        report.metadata.issuer = "瑶台县<script>alert('x')</script>医疗保障局"
        report.contentId = try ContentID.compute(for: report)
        try JSONExporter.export(report).write(to: seeds.appendingPathComponent("script-title.json"), atomically: true, encoding: .utf8)
        let db = db ?? folder.appendingPathComponent("archive.sqlite").path
        let added = try BinaryRun.run(["archive", "add", "--quiet", "--db", db, corpus.path, seeds.path])
        guard added.status == 0 else { throw ServeTestFailure("archive add failed: \(added.stderr)") }
        return db
    }

    private static func newPostgresDatabase(_ server: String) throws -> String {
        let name = "serve_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let made = try runTool("/usr/bin/psql", [server, "-q", "-c", "CREATE DATABASE \(name)"])
        guard made.status == 0, var c = URLComponents(string: server) else { throw ServeTestFailure("createdb failed: \(made.stderr)") }
        c.path = "/" + name
        return c.string!
    }
}

struct ServeTestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Runs a program to its end; stdout and stderr through files, so no pipe can fill and block it.
func runTool(_ path: String, _ arguments: [String], timeout: TimeInterval = 120) throws -> (status: Int32, stdout: String, stderr: String) {
    let folder = try temporaryFolder("reportconv-tool")
    defer { try? FileManager.default.removeItem(at: folder) }
    let outURL = folder.appendingPathComponent("out"), errURL = folder.appendingPathComponent("err")
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    try process.run()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning, Date() < deadline { usleep(20_000) }
    if process.isRunning {
        process.terminate()
        process.waitUntilExit()
        throw ServeTestFailure("\(path) ran past \(Int(timeout)) s")
    }
    return (process.terminationStatus, (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
            (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
}
