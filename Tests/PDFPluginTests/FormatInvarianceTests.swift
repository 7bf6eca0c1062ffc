import Foundation
import ReportCore
import ReportModel
import Testing
import TextPlugin
@testable import PDFPlugin

/// Each seed's PDF (printed from its HTML twin) must give the contentId of the `.txt` seed.
@Suite struct FormatInvarianceTests {
    private let converter = Converter(registry: FormatRegistry([PDFFormatPlugin(), TextFormatPlugin()]))

    private func contentID(_ relative: String) throws -> String {
        let url = SampleFiles.url(relative)
        return try converter.convert(data: try Data(contentsOf: url), fileName: url.lastPathComponent, path: url.path)
            .contentId
    }

    /// Seeds whose PDF is known not to match yet; the list may only shrink.
    static let stillDiffering: Set<String> = ["000_e82f18c061ea3c91", "001_17f5b4d2682cfcf2", "002_46cbd641e677e2d2",
                                              "004_78d1ee8d1c119a5d"]

    @Test(arguments: SampleFiles.seeds)
    func seedPDFMatchesItsText(_ seed: String) throws {
        let text = try contentID("\(seed).txt")
        let pdf = try contentID("\(seed).pdf")
        guard Self.stillDiffering.contains(seed) else {
            #expect(pdf == text)
            return
        }
        // Known gap, tracked on issue 5: these seed PDFs do not match their text yet.
        withKnownIssue("seed PDF does not yet match the text seed") {
            #expect(pdf == text)
        }
    }
}
