import Foundation
@testable import ReportCore
import ReportModel

/// Paths of the repository, found from this file's location.
enum Repo {
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static func sample(_ name: String) -> URL { root.appendingPathComponent("Samples").appendingPathComponent(name) }
    static func sampleData(_ name: String) throws -> Data { try Data(contentsOf: sample(name)) }
}

/// Builds a report from plain-text lines, as the text plugin would hand them over.
func buildFromLines(_ text: String, file: String = "t.txt") throws -> Report {
    let doc = Document(blocks: TextLines.split(text).map { Block.line($0) }, encoding: "UTF-8")
    return try ReportBuilder.build(doc, source: SourceInfo(file: file, format: "text", sha256: "0"))
}

/// Transcodes with glibc's `iconv` program, independently of the code under test.
func transcode(_ data: Data, to encoding: String) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
    process.arguments = ["-f", "UTF-8", "-t", encoding]
    let input = Pipe(), output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(data)
    try input.fileHandleForWriting.close()
    let result = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return result
}
