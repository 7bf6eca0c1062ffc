import ArgumentParser
import Foundation
import ReportCore
@testable import reportconv
import Testing

@Suite struct ConvertCommandTests {
    func tempDir() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reportconv-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A zero-byte file and a binary file named .txt fail with their names; the good file still converts.
    @Test func badInputsFailAloneWithExitCode1() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data().write(to: input.appendingPathComponent("empty.txt"))
        try Data((0..<2048).map { UInt8(($0 * 131 + 7) % 256) }).write(to: input.appendingPathComponent("random.txt"))
        try Data("某县医疗保障局2022年工作总结\n一、概况\n正文。\n".utf8).write(to: input.appendingPathComponent("sub/good.txt"))
        try Data("ignored".utf8).write(to: input.appendingPathComponent("notes.xyz"))
        let out = dir.appendingPathComponent("out")
        let command = try ReportConv.Convert.parse([input.path, "--to", "json", "--to", "csv", "--to", "md", "--out", out.path])
        #expect(throws: ExitCode(1)) { try command.run() }
        let good = out.appendingPathComponent("sub/good.txt.json")
        #expect(FileManager.default.fileExists(atPath: good.path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("sub/good.txt.md").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("empty.txt.json").path))
        let reports = try String(contentsOf: out.appendingPathComponent("reports.csv"), encoding: .utf8)
        #expect(reports.contains("good.txt,"))
        #expect(!reports.contains("random.txt"))
    }

    @Test func errorsNameTheFile() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("zero.txt")
        try Data().write(to: empty)
        #expect(throws: ConversionError.empty(file: empty.path)) {
            try Converter(registry: BuiltinPlugins.registry).convert(InputFile(path: empty.path, relativePath: "zero.txt"))
        }
        let binary = dir.appendingPathComponent("bin.txt")
        try Data([0x00, 0x01, 0x02, 0x03, 0xFF]).write(to: binary)
        do {
            _ = try Converter(registry: BuiltinPlugins.registry).convert(InputFile(path: binary.path, relativePath: "bin.txt"))
            Issue.record("a binary file converted")
        } catch let e as ConversionError {
            #expect(e.description.contains("bin.txt"))
            #expect(e.description.contains("not a text file"))
        }
    }

    @Test func usageErrors() {
        #expect(throws: (any Error).self) { try ReportConv.Convert.parse(["a.txt", "--from", "nope"]) }
        #expect(throws: (any Error).self) { try ReportConv.Convert.parse(["a.txt", "--to", "json", "--to", "md"]) }
        #expect(throws: (any Error).self) { try ReportConv.Convert.parse(["a.txt", "--to", "docx"]) }
    }
}
