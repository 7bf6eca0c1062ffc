import Foundation
import ReportCore
@testable import reportconv
import Testing

/// The built binary as a user runs it: standard input, write errors, signals, exit codes.
@Suite(.serialized) struct CLITests {
    @Test func version() throws {
        let r = try Binary.run(["--version"])
        #expect(r.status == 0)
        #expect(String(decoding: r.stdout, as: UTF8.self) == ReportConvVersion.current + "\n")
    }

    @Test func standardInputIsSniffed() throws {
        let r = try Binary.run(["convert", "-"], stdin: Data(reportText("戊县").utf8))
        #expect(r.status == 0, "\(r.stderr)")
        let json = String(decoding: r.stdout, as: UTF8.self)
        #expect(json.contains("\"title\": \"戊县医疗保障局2023年工作总结\""))
        #expect(json.contains("\"file\": \"stdin\""))
        let html = try Binary.run(["convert", "-", "-t", "md"], stdin: Data("<html><body><h1>己县医疗保障局2023年工作总结</h1><p>正文。</p></body></html>".utf8))
        #expect(html.status == 0)
        #expect(String(decoding: html.stdout, as: UTF8.self).contains("己县"))
    }

    /// A full disk on standard output is a one-line error and exit 1, not truncated JSON and 0.
    @Test func fullDiskOnStandardOutput() throws {
        let s = try Scratch()
        let input = try s.file("a.txt", reportText("庚县"))
        let r = try Binary.run(["convert", input.path], stdoutTo: "/dev/full")
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: cannot write 'standard output': No space left on device"), "\(r.stderr)")
        #expect(!r.stderr.contains("NSCocoaErrorDomain"))
    }

    /// A pipe closed by its reader is a one-line error and exit 1.
    @Test func closedPipeOnStandardOutput() throws {
        let s = try Scratch()
        let input = try s.file("a.txt", reportText("申县"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Binary.path))
        process.arguments = ["convert", input.path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try out.fileHandleForReading.close()
        try process.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(text == "error: cannot write 'standard output': Broken pipe\n")
    }

    /// An output folder that cannot be made is found before anything is converted.
    @Test func unwritableOutputFolder() throws {
        let s = try Scratch()
        let input = try s.file("a.txt", reportText("辛县"))
        try s.file("blocker", "a file, not a folder")
        let r = try Binary.run(["convert", input.path, "-o", s.path + "/blocker/out"])
        #expect(r.status == 1)
        #expect(r.stderr == "error: cannot write to output folder '\(s.path)/blocker/out': Not a directory\n")
    }

    /// SIGTERM mid-batch: exit 130, finished outputs kept, tables written for them, no temporary files.
    @Test func terminationKeepsFinishedWork() throws {
        let s = try Scratch()
        try s.file("in/a.txt", reportText("壬县"))
        for i in 0..<6 { try s.file("in/slow\(i).dat", "%REPORTCONV-TEST sleep 2\n\(reportText("慢\(i)县"))") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Binary.path))
        process.arguments = ["convert", s.path + "/in", "-t", "json", "-t", "csv", "-o", s.path + "/out", "--jobs", "1"]
        var env = ProcessInfo.processInfo.environment
        env["REPORTCONV_TEST_PLUGINS"] = "1"
        process.environment = env
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(20)
        while !s.exists("out/slow0.dat.json") && Date() < deadline { usleep(50_000) }
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(s.exists("out/a.txt.json") && s.exists("out/slow0.dat.json"))
        #expect(!s.exists("out/slow5.dat.json"))
        let rows = try #require(s.read("out/reports.csv")).components(separatedBy: "\r\n")
        #expect(rows.first?.hasPrefix("path,sha256,") == true)
        #expect(rows.filter { $0.hasPrefix("a.txt,") || $0.hasPrefix("slow0.dat,") }.count == 2)
        #expect(rows.last == "")
        #expect(s.files(below: "out").allSatisfy { $0.hasSuffix(".json") || $0.hasSuffix(".csv") }, "\(s.files(below: "out"))")
    }

    @Test func failFastStopsAtTheFirstFailure() throws {
        let s = try Scratch()
        try s.file("in/a-empty.txt", "")
        for i in 0..<5 { try s.file("in/b\(i).txt", reportText("癸\(i)县")) }
        let r = try Binary.run(["convert", s.path + "/in", "-o", s.path + "/out", "--jobs", "1", "--fail-fast"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: '\(s.path)/in/a-empty.txt': empty file (0 bytes)"))
        #expect(r.stderr.contains("stopped after the first failure: 5 input(s) not converted"), "\(r.stderr)")
        #expect(!s.exists("out/b4.txt.json"))
    }

    /// The end summary counts by format and lists failures; the plain progress goes to a pipe.
    @Test func summaryByFormat() throws {
        let s = try Scratch()
        try s.file("in/a.txt", reportText("子县"))
        try s.file("in/b.txt", "")
        try s.file("in/c.html", "<html><body><h1>丑县医疗保障局2023年工作总结</h1><p>正文。</p></body></html>")
        let r = try Binary.run(["convert", s.path + "/in", "-o", s.path + "/out"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("converted 2 (html 1, text 1), failed 1 (.txt 1) in "), "\(r.stderr)")
        #expect(r.stderr.contains("failed:\n  '\(s.path)/in/b.txt': empty file (0 bytes)\n"))
        let quiet = try Binary.run(["convert", s.path + "/in/a.txt", "-o", s.path + "/out2", "--quiet"])
        #expect(quiet.status == 0 && quiet.stderr.isEmpty)
    }
}

/// Exit status with --strict, standard output tables, leftovers of a killed run.
@Suite struct CLIStatusTests {
    /// A report with an error-severity warning converts (exit 0) but fails under --strict.
    @Test func strictFailsOnErrorSeverityWarnings() throws {
        let s = try Scratch()
        let input = try s.file("thin.txt", "hello\n")
        let plain = try Binary.run(["convert", input.path, "-o", s.path + "/out"])
        #expect(plain.status == 0)
        #expect(plain.stderr.contains("warning: '\(input.path)': no text, headings or tables were found"))
        #expect(plain.stderr.contains("converted with errors 1 (text 1)"))
        let strict = try Binary.run(["convert", input.path, "-o", s.path + "/out", "--strict", "--force"])
        #expect(strict.status == 1)
    }

    /// Several inputs and -t csv without --out: one combined table, sorted by path.
    @Test func combinedTableOnStandardOutput() throws {
        let s = try Scratch()
        try s.file("b/r.txt", reportText("乙县"))
        try s.file("a/r.txt", reportText("甲县"))
        let r = try Binary.run(["convert", s.path + "/b", s.path + "/a", "-t", "csv", "--table", "reports"])
        #expect(r.status == 0)
        let lines = String(decoding: r.stdout, as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines.count == 4)
        #expect(lines[1].hasPrefix("a/r.txt,") && lines[2].hasPrefix("b/r.txt,"))
    }

    /// A write that fails on a file (here: over a file-size limit, as on a full disk) is one
    /// line naming the file and the reason, and exit 1.
    @Test func failedFileWriteIsOneClearLine() throws {
        let s = try Scratch()
        let input = try s.file("a.txt", reportText("辰县"))
        let bin = try #require(Binary.path)
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "ulimit -f 2; exec '\(bin)' convert '\(input.path)' -o '\(s.path)/out'"]
        let err = Pipe()
        shell.standardError = err
        try shell.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 1)
        #expect(text == "error: cannot write '\(s.path)/out/a.txt.json': File too large\n")
        #expect(!s.exists("out/a.txt.json"))
        #expect(s.files(below: "out/.reportconv/tmp").isEmpty)
    }

    /// Temporary files a killed run left are removed by the next run.
    @Test func staleTemporaryFilesAreRemoved() throws {
        let s = try Scratch()
        let input = try s.file("a.txt", reportText("寅县"))
        try s.file("out/.reportconv/tmp/.12345-7.tmp", "half a file")
        let r = try Binary.run(["convert", input.path, "-o", s.path + "/out", "-q"])
        #expect(r.status == 0)
        #expect(s.files(below: "out/.reportconv/tmp").isEmpty)
        #expect(s.exists("out/a.txt.json"))
    }

    /// A file that cannot be read (here: a link to /proc/self/mem, whose first page never
    /// reads, since root reads any file) is a failure naming the reason, not "no plugin claims it".
    @Test func unreadableFileWithoutExtensionIsAnError() throws {
        let s = try Scratch()
        try s.file("in/a.txt", reportText("卯县"))
        try FileManager.default.createSymbolicLink(atPath: s.path + "/in/memory", withDestinationPath: "/proc/self/mem")
        let r = try Binary.run(["convert", s.path + "/in", "-o", s.path + "/out"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: '\(s.path)/in/memory': cannot read file: Input/output error"), "\(r.stderr)")
        #expect(!r.stderr.contains("no plugin claims"))
        #expect(s.exists("out/a.txt.json"))
    }

    /// Run as an unprivileged user (root reads everything): an unreadable folder, file and file
    /// without extension are each a failure with the reason, the readable file still converts,
    /// and an output folder without write permission is found before converting.
    @Test func permissionDeniedAsAnotherUser() throws {
        let s = try Scratch()
        chmod(s.path, 0o755)
        try s.file("in/a.txt", reportText("亥县"))
        try s.file("in/locked/b.txt", reportText("亥县"))
        try s.file("in/secret.txt", reportText("亥县"))
        try s.file("in/noext", "x")
        for path in ["in/locked", "in/secret.txt", "in/noext"] { chmod(s.path + "/" + path, 0) }
        try FileManager.default.createDirectory(atPath: s.path + "/out", withIntermediateDirectories: true)
        chmod(s.path + "/out", 0o777)
        let bin = try #require(Binary.path)
        let asNobody = ["--reuid=65534", "--regid=65534", "--clear-groups", bin, "convert"]
        let r = try Binary.run(asNobody + [s.path + "/in", "-o", s.path + "/out"], executable: "/usr/bin/setpriv")
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: '\(s.path)/in/locked': cannot read folder: Permission denied"), "\(r.stderr)")
        #expect(r.stderr.contains("error: '\(s.path)/in/secret.txt': cannot read file: Permission denied"))
        #expect(r.stderr.contains("error: '\(s.path)/in/noext': cannot read file: Permission denied"))
        #expect(r.stderr.contains("converted 1 (text 1), failed 3 (.txt 1, no extension 2)"))
        #expect(s.exists("out/a.txt.json"))
        let denied = try Binary.run(asNobody + [s.path + "/in/a.txt", "-o", s.path + "/in/out"], executable: "/usr/bin/setpriv")
        #expect(denied.status == 1)
        #expect(denied.stderr == "error: cannot write to output folder '\(s.path)/in/out': Permission denied\n")
    }
}
