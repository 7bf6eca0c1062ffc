import Foundation
import ReportCore
import ReportModel
@testable import reportconv
import Testing
import TestSupport

/// Canonical JSON is an input: reading a report back gives exactly the exports the original gave.
@Suite struct ReadBackTests {
    static let converter = Converter(registry: BuiltinPlugins.registry)

    static var sampleFiles: [InputFile] { sampleInputs }

    static func readBack(_ json: String, name: String = "archived.json") throws -> Report {
        try converter.convert(data: Data(json.utf8), fileName: name, path: name)
    }

    @Test(arguments: ReadBackTests.sampleFiles.map(\.relativePath))
    func everySampleReadsBackToTheSameExports(relativePath: String) throws {
        let file = try #require(Self.sampleFiles.first { $0.relativePath == relativePath })
        let original = try Self.converter.convert(file)
        let json = try JSONExporter.export(original)
        let back = try Self.readBack(json)
        #expect(back == original)
        #expect(MarkdownExporter.export(back) == MarkdownExporter.export(original))
        for table in CSVTable.allCases {
            #expect(CSVExporter.export([("a", back)], table: table) == CSVExporter.export([("a", original)], table: table))
        }
        #expect(try JSONExporter.export(back) == json)
    }

    @Test func commandLineReadsItsOwnJSON() throws {
        let dir = try temporaryFolder()
        let sample = seedFiles[0]
        // Named as `convert -o` names its JSON, so the CSV key (the original's path) is the same.
        let archived = dir.appendingPathComponent((sample as NSString).lastPathComponent + ".json").path
        let json = try reportconv(["convert", sample, "--to", "json"])
        try #require(json.status == 0, "\(json.stderr)")
        try json.stdout.write(toFile: archived, atomically: true, encoding: .utf8)
        for format in ["md", "csv"] {
            let fromOriginal = try reportconv(["convert", sample, "--to", format])
            let fromArchive = try reportconv(["convert", archived, "--to", format])
            #expect(fromArchive.status == 0, "\(fromArchive.stderr)")
            #expect(!fromOriginal.stdout.isEmpty)
            #expect(fromArchive.stdout == fromOriginal.stdout, "\(format) of the read-back differs")
        }
    }

    @Test func newerSchemaMajorIsAClearError() throws {
        let json = try JSONExporter.export(try Self.converter.convert(InputFile(path: seedFiles[0], relativePath: "a.txt")))
        let newer = json.replacingOccurrences(of: "\"schemaVersion\": 1,", with: "\"schemaVersion\": 2,")
        #expect(newer != json)
        let error = try #require(throws: ConversionError.self) { try Self.readBack(newer, name: "new.json") }
        #expect(error.description == "'new.json': not readable as report-json: written by a newer reportconv: schemaVersion 2, this build reads up to 1")
    }

    @Test(arguments: [
        ("{\"name\": \"x\"}", "not a reportconv report: no integer 'schemaVersion'"),
        ("[1, 2]", "not a reportconv report: the JSON is not an object"),
        ("{\"schemaVersion\": 1, \"contentId\": \"sha256:00\"}", "not a reportconv report: source: missing"),
        ("{\"schemaVersion\": 1,", "not JSON"),
    ])
    func jsonThatIsNotAReportIsRefusedWithTheReason(json: String, reason: String) throws {
        let error = try #require(throws: ConversionError.self) { try Self.readBack(json, name: "other.json") }
        #expect(error.description.hasPrefix("'other.json': not readable as report-json: " + reason), "\(error)")
    }

    @Test func editedContentIsRefused() throws {
        let report = try Self.converter.convert(InputFile(path: seedFiles[0], relativePath: "a.txt"))
        var edited = report
        edited.metadata.issuer = "某某县医疗保障局"
        let error = try #require(throws: ConversionError.self) { try Self.readBack(try JSONExporter.export(edited)) }
        #expect(error.description.contains("does not match the content"))
    }
}
