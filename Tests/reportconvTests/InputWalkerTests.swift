import Foundation
import ReportCore
@testable import reportconv
import Testing

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
