import Foundation
@testable import ReportCore
import ReportModel
import TestSupport

/// Paths of the repository, found from this file's location.
enum Repo {
    static let root: URL = repositoryRoot
    static func sample(_ name: String) -> URL { root.appendingPathComponent("Samples").appendingPathComponent(name) }
    static func sampleData(_ name: String) throws -> Data { try Data(contentsOf: sample(name)) }
}

/// Builds a report from plain-text lines, as the text plugin would hand them over.
func buildFromLines(_ text: String, file: String = "t.txt") throws -> Report {
    let doc = Document(blocks: TextLines.split(text).map { Block.line($0) }, encoding: "UTF-8")
    return try ReportBuilder.build(doc, source: SourceInfo(file: file, format: "text", sha256: "0"))
}

