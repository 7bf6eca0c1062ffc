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

    @Test(arguments: SampleFiles.seeds)
    func seedPDFMatchesItsText(_ seed: String) throws {
        let text = try contentID("\(seed).txt")
        let pdf = try contentID("\(seed).pdf")
        // Known gap (see the report on issue 5): the twins are whole scraped pages; printed,
        // their navigation, metadata lists and layout tables become page text that the HTML
        // plugin drops by markup and the PDF plugin cannot yet tell from the report.
        withKnownIssue("seed PDFs printed from whole web pages do not yet match the text seed") {
            #expect(pdf == text)
        }
    }
}
