import Foundation
import ReportCore
import ReportModel
@testable import reportconv
import Testing
import TestSupport

/// Every sample, converted by the built-in plugins, compared byte for byte with its golden
/// files in every export format.
///
/// To update the goldens after an intended change: `REPORTCONV_RECORD=1 swift test`. That run
/// writes the files and FAILS, so a recording can never pass as a test; run again without it.
@Suite struct GoldenFileTests {
    static let root = repositoryRoot
    static let samples = root.appendingPathComponent("Samples")
    static let golden = root.appendingPathComponent("Tests/reportconvTests/Golden")
    static let recording = ProcessInfo.processInfo.environment["REPORTCONV_RECORD"] == "1"

    /// Every sample file a plugin claims, relative to `Samples/`.
    static var sampleFiles: [String] {
        InputWalker(registry: BuiltinPlugins.registry).walk([samples.path]).inputs.map(\.relativePath)
    }

    @Test func thereAreSamples() {
        #expect(Self.sampleFiles.count >= 5)
    }

    @Test(arguments: GoldenFileTests.sampleFiles)
    func sampleMatchesGolden(relativePath: String) throws {
        let url = Self.samples.appendingPathComponent(relativePath)
        let report = try Converter(registry: BuiltinPlugins.registry)
            .convert(data: try Data(contentsOf: url), fileName: url.lastPathComponent, path: url.path)
        let csv = CSVTable.allCases.map { "# \($0.rawValue).csv\n" + CSVExporter.export([(relativePath, report)], table: $0) }
            .joined(separator: "\n")
        let outputs: [(String, String)] = [
            ("json", try JSONExporter.export(report)),
            ("md", MarkdownExporter.export(report)),
            ("csv", csv),
        ]
        for (ext, text) in outputs {
            let url = Self.golden.appendingPathComponent(relativePath + "." + ext)
            if Self.recording {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
                Issue.record("recorded \(url.lastPathComponent); run the tests again without REPORTCONV_RECORD")
                continue
            }
            let expected = try? String(contentsOf: url, encoding: .utf8)
            #expect(expected != nil, "no golden file \(url.path); record with REPORTCONV_RECORD=1")
            if let expected, expected != text {
                let a = expected.components(separatedBy: "\n"), b = text.components(separatedBy: "\n")
                let i = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
                Issue.record("\(relativePath).\(ext) differs from its golden file at line \(i + 1):\n- \(i < a.count ? a[i] : "<end>")\n+ \(i < b.count ? b[i] : "<end>")")
            }
        }
    }

    @Test func noGoldenWithoutSample() throws {
        let names = try FileManager.default.subpathsOfDirectory(atPath: Self.golden.path).filter { $0.hasSuffix(".json") }
        let expected = Set(Self.sampleFiles.map { $0 + ".json" })
        #expect(Set(names).subtracting(expected).isEmpty, "golden files for samples that no longer exist")
    }
}
