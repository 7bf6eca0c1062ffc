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
    ///
    /// 002: the PDF matches except for the two caption rows of its 自评表 (`四川省…自评表`,
    /// `(2021年度)`), full-width rows of the table in the PDF (and in the HTML twin) but lines
    /// before the table in the text seed, which core's whitespace-table finder leaves as
    /// paragraphs because a region's first line must have two cells. Waiting on that core rule.
    static let stillDiffering: Set<String> = ["002_46cbd641e677e2d2"]

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
