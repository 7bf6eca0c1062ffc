import Foundation
import Testing

/// The hostile corpus (`scripts/make-hostile-corpus.py`) converted through the built binary, one
/// process per file with a timeout of our own, and the samples beside it: every hostile file
/// ends in a clear per-file error or a report, never a crash or a hang, and no output holds
/// the local file `xxe.html` points at.
@Suite(.serialized) struct HostileCorpusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// CPU seconds one conversion may use (a debug build; release finishes every file in a few
    /// seconds): past it the process dies of SIGXCPU. The wall-clock timeout is only a backstop,
    /// since the machine may be busy with other work.
    static let cpuLimit = 60
    static let timeout: TimeInterval = 600
    static let secret = "HOSTILE-SECRET-3f9c1e"

    struct Run {
        var status: Int32
        var signalled: Bool
        var timedOut: Bool
        var stdout: String
        var stderr: String
    }

    static func binary() throws -> URL {
        let url = root.appendingPathComponent(".build/debug/reportconv")
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: url.path])
        }
        return url
    }

    static func run(_ executable: URL, _ arguments: [String], in dir: URL) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -t \(cpuLimit); exec \"$0\" \"$@\"", executable.path] + arguments
        let out = dir.appendingPathComponent("stdout-\(UUID().uuidString)")
        let err = dir.appendingPathComponent("stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                timedOut = true
                break
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        process.waitUntilExit()
        return Run(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                   timedOut: timedOut,
                   stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                   stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    static func makeCorpus() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reportconv-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let make = try run(URL(fileURLWithPath: "/usr/bin/env"),
                           ["python3", root.appendingPathComponent("scripts/make-hostile-corpus.py").path,
                            dir.appendingPathComponent("corpus").path], in: dir)
        #expect(make.status == 0, "make-hostile-corpus.py: \(make.stderr)")
        return dir
    }

    static func removeCorpus(_ dir: URL) {
        // The corpus locks a folder on purpose; open it again so it can be removed.
        chmod(dir.appendingPathComponent("corpus/unreadable-folder").path, 0o755)
        try? FileManager.default.removeItem(at: dir)
    }

    @Test func everyHostileFileEndsCleanly() throws {
        let binary = try Self.binary()
        let dir = try Self.makeCorpus()
        defer { Self.removeCorpus(dir) }
        let corpus = dir.appendingPathComponent("corpus")
        let table = try Data(contentsOf: corpus.appendingPathComponent("expect.tsv"))
        var checked = 0
        for line in table.split(separator: 0x0A) {
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            // Names are bytes (one is GBK on purpose): build the path from them.
            let nameBytes = Array(fields[0])
            let path = corpus.path.utf8CString.dropLast().map { UInt8(bitPattern: $0) } + [UInt8(ascii: "/")] + nameBytes
            let pathString = path.withUnsafeBufferPointer { buffer in
                FileManager.default.string(withFileSystemRepresentation: UnsafeRawPointer(buffer.baseAddress!)
                    .assumingMemoryBound(to: CChar.self), length: buffer.count)
            }
            let expect = String(decoding: fields[1], as: UTF8.self)
            let must = String(decoding: fields[2], as: UTF8.self)
            let name = String(decoding: nameBytes, as: UTF8.self)
            let result = try Self.run(binary, ["convert", pathString, "--to", "json"], in: dir)
            checked += 1
            #expect(!result.timedOut, "\(name): still running after \(Int(Self.timeout)) s")
            #expect(!(result.signalled && result.status == SIGXCPU), "\(name): over \(Self.cpuLimit) CPU seconds")
            #expect(!result.signalled, "\(name): killed by signal \(result.status)\n\(result.stderr.suffix(2000))")
            #expect([0, 1].contains(result.status), "\(name): exit \(result.status)\n\(result.stderr.suffix(2000))")
            #expect(!result.stdout.contains(Self.secret) && !result.stderr.contains(Self.secret), "\(name): local file content in the output")
            switch expect {
            case "error":
                #expect(result.status == 1, "\(name): expected a per-file error, got exit \(result.status)")
                #expect(result.stderr.contains(String(name.prefix(6))), "\(name): the error does not name the file: \(result.stderr)")
            case "report":
                #expect(result.status == 0, "\(name): expected a report, got exit \(result.status): \(result.stderr)")
                #expect(result.stdout.hasPrefix("{"), "\(name): no JSON report")
            default:
                break
            }
            if !must.isEmpty {
                #expect(result.stdout.contains(must) || result.stderr.contains(must), "\(name): '\(must)' in neither the report nor the errors")
            }
        }
        #expect(checked >= 30)
    }

    /// The whole corpus and the samples as folder inputs in one run: the bad files fail alone,
    /// the samples convert, the run ends.
    @Test func corpusAndSamplesTogether() throws {
        let binary = try Self.binary()
        let dir = try Self.makeCorpus()
        defer { Self.removeCorpus(dir) }
        let out = dir.appendingPathComponent("out")
        let result = try Self.run(binary, ["convert", dir.appendingPathComponent("corpus").path,
                                           Self.root.appendingPathComponent("Samples").path,
                                           "--to", "json", "--out", out.path], in: dir)
        #expect(!result.timedOut && !result.signalled, "\(result.stderr.suffix(2000))")
        #expect(result.status == 1, "bad files must fail the run: exit \(result.status)")
        let samples = try FileManager.default.subpathsOfDirectory(atPath: Self.root.appendingPathComponent("Samples").path)
            .filter { ["txt", "html", "pdf"].contains(($0 as NSString).pathExtension) }
            // Scans are read by OCR, slower than this test's per-file CPU limit allows in a debug
            // build; the scan set in score-seeds.sh converts them.
            .filter { !$0.hasPrefix("scans/") }
        let written = try FileManager.default.subpathsOfDirectory(atPath: out.path)
        for sample in samples {
            #expect(written.contains { $0.hasSuffix((sample as NSString).lastPathComponent + ".json") }, "\(sample) not converted")
        }
        for file in written where file.hasSuffix(".json") {
            let text = try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains(Self.secret), "\(file) holds a local file's content")
        }
    }
}
