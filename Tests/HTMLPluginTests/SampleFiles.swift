import Foundation
import ReportCore

/// Paths of the repository's samples and golden files, found from this source file.
enum SampleFiles {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let samples = repository.appendingPathComponent("Samples")
    static let golden = repository.appendingPathComponent("Tests/HTMLPluginTests/Golden")

    /// The five seed stems; each has a `.txt` seed and an `.html` twin in `Samples/`.
    static let seedStems = [
        "000_e82f18c061ea3c91", "001_17f5b4d2682cfcf2", "002_46cbd641e677e2d2",
        "003_5df99de71ad1aeeb", "004_78d1ee8d1c119a5d",
    ]

    /// Every `.html` sample, including `Samples/extra/`, relative to `Samples/`.
    static var htmlSamples: [String] {
        let top = seedStems.map { "\($0).html" }
        let extraDir = samples.appendingPathComponent("extra")
        let extra = ((try? FileManager.default.contentsOfDirectory(atPath: extraDir.path)) ?? [])
            .filter { $0.hasSuffix(".html") }.sorted().map { "extra/\($0)" }
        return top + extra
    }

    static func input(_ relativePath: String) throws -> SourceInput {
        let url = samples.appendingPathComponent(relativePath)
        return SourceInput(fileName: url.lastPathComponent, path: url.path, data: try Data(contentsOf: url))
    }
}
