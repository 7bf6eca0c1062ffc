import Foundation
import ReportCore
@testable import reportconv
import Testing
import TestSupport

/// Folder walking on odd file systems: links, loops, names that are not UTF-8.
@Suite struct InputWalkerTests {
    let walker = InputWalker(registry: BuiltinPlugins.registry)

    @Test func symlinkedFolderGivenAsInputIsFollowed() throws {
        let s = try Scratch()
        try s.file("real/a.txt", "a")
        try FileManager.default.createSymbolicLink(atPath: s.path + "/link", withDestinationPath: s.path + "/real")
        let walked = walker.walk([s.path + "/link"])
        #expect(walked.inputs.map(\.relativePath) == ["a.txt"])
        #expect(walked.inputs.first?.displayPath == s.path + "/link/a.txt")
    }

    /// Links inside a folder are followed; one leading back up is a loop, reported once; a
    /// dangling link is reported.
    @Test func linksInsideFoldersAndLoops() throws {
        let s = try Scratch()
        try s.file("in/sub/b.txt", "b")
        try s.file("elsewhere/c.txt", "c")
        try FileManager.default.createSymbolicLink(atPath: s.path + "/in/sub/up", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: s.path + "/in/other", withDestinationPath: s.path + "/elsewhere")
        try FileManager.default.createSymbolicLink(atPath: s.path + "/in/gone.txt", withDestinationPath: s.path + "/nothing.txt")
        try FileManager.default.createSymbolicLink(atPath: s.path + "/in/self", withDestinationPath: "self")
        let walked = walker.walk([s.path + "/in"])
        #expect(walked.inputs.map(\.relativePath) == ["other/c.txt", "sub/b.txt"])
        #expect(walked.failures.count == 3)
        #expect(walked.failures.contains { $0.path.hasSuffix("in/self") && $0.reason == "Too many levels of symbolic links" })
        #expect(walked.failures.contains { $0.path.hasSuffix("in/sub/up") && $0.reason.contains("loop") })
        #expect(walked.failures.contains { $0.path.hasSuffix("in/gone.txt") && $0.reason == "dangling symbolic link" })
    }

    /// A GBK-named file (not UTF-8) is found and named with its bytes escaped.
    @Test func namesThatAreNotUTF8() throws {
        let s = try Scratch()
        try FileManager.default.createDirectory(atPath: s.path + "/in", withIntermediateDirectories: true)
        // 报告.txt in GBK
        let name = FilePath(bytes: Array((s.path + "/in/").utf8) + [0xB1, 0xA8, 0xB8, 0xE6] + Array(".txt".utf8))
        let fd = name.withCString { open($0, O_WRONLY | O_CREAT, 0o644) }
        #expect(fd >= 0)
        let text = Array(reportText("丁县").utf8)
        _ = write(fd, text, text.count)
        close(fd)
        let walked = walker.walk([s.path + "/in"])
        #expect(walked.inputs.map(\.relativePath) == ["\\xB1\\xA8\\xB8\\xE6.txt"])
        let out = s.path + "/out"
        var options = BatchOptions()
        options.destination = .folder(out)
        let summary = try BatchEngine(registry: BuiltinPlugins.registry, options: options).run(walked.inputs)
        #expect(summary.count(.converted) == 1)
        #expect(s.read("out/\\xB1\\xA8\\xB8\\xE6.txt.json")?.contains("丁县") == true)
    }

    /// A GBK name typed on the command line: the shell passes its bytes, Swift's arguments hold
    /// U+FFFD in their place, and the walker is given the bytes back.
    @Test func argumentsThatAreNotUTF8AreMatchedToTheirBytes() {
        let gbk: [UInt8] = [0xB1, 0xA8, 0xB8, 0xE6] + Array(".txt".utf8)
        let other: [UInt8] = [0xB8, 0xE6] + Array(".txt".utf8)
        let raw = [Array("convert".utf8), Array("a/".utf8) + gbk, Array("-o".utf8), Array("x".utf8), other, gbk]
        let typed = raw.map { String(decoding: $0, as: UTF8.self) }
        let paths = CommandLinePaths.paths(for: [typed[1], typed[4], typed[5]], rawArguments: raw)
        #expect(paths.map(\.bytes) == [Array("a/".utf8) + gbk, other, gbk])
        #expect(paths[0].display == "a/\\xB1\\xA8\\xB8\\xE6.txt")
        #expect(CommandLinePaths.paths(for: ["报告.txt"], rawArguments: []) == [FilePath("报告.txt")])
    }

    /// Through the binary, as a shell would run it: the GBK-named file converts, its output is
    /// named with the bytes escaped, and a missing one is reported by that readable name.
    @Test func nonUTF8NameTypedOnTheCommandLineConverts() throws {
        let s = try Scratch()
        let name = FilePath(bytes: Array((s.path + "/").utf8) + [0xB1, 0xA8, 0xB8, 0xE6] + Array(".txt".utf8))
        let fd = name.withCString { open($0, O_WRONLY | O_CREAT, 0o644) }
        #expect(fd >= 0)
        let text = Array(reportText("丁县").utf8)
        _ = write(fd, text, text.count)
        close(fd)
        // printf makes the bytes: Foundation's Process takes only String arguments.
        let script = #"cd "$2" && exec "$1" convert "$(printf '\261\250\270\346.txt')" "$(printf '\261\250.txt')" -o out -q"#
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, "sh", try BinaryRun.binary().path, s.path]
        let err = Pipe()
        process.standardError = err.fileHandleForWriting
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        try err.fileHandleForWriting.close()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1, "\(stderr)")
        #expect(s.read("out/\\xB1\\xA8\\xB8\\xE6.txt.json")?.contains("丁县") == true)
        #expect(stderr.contains("\\xB1\\xA8.txt") && stderr.contains("no such file"), "\(stderr)")
        #expect(!stderr.contains("\u{FFFD}"))
    }

    /// An output folder inside the input folder is not walked: its exports are not inputs.
    @Test func outputFolderIsNotAnInput() throws {
        let s = try Scratch()
        try s.file("in/a.txt", "a")
        try s.file("in/out/a.txt.json", "{}")
        try s.file("in/out/old.txt", "an export named like an input")
        let walked = walker.walk([s.path + "/in"], excluding: [s.path + "/in/out"])
        #expect(walked.inputs.map(\.relativePath) == ["a.txt"])
        #expect(walked.skipped.isEmpty)
    }

    @Test func escapeKeepsValidUTF8() {
        #expect(FilePath("报告 a.txt").display == "报告 a.txt")
        #expect(FilePath(bytes: [0x61, 0xFF, 0xE6, 0x8A, 0xA5]).display == "a\\xFF报")
        #expect(FilePath(bytes: [0xE6, 0x8A]).display == "\\xE6\\x8A")
    }
}
