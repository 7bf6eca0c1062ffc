import Foundation
import ReportCore
import ReportModel
import Testing
import TextPlugin
@testable import PDFPlugin

/// Each seed's PDF (printed from its HTML twin) must give the contentId of the `.txt` seed.
@Suite struct FormatInvarianceTests {
    private let converter = Converter(registry: FormatRegistry([PDFFormatPlugin(), TextFormatPlugin()]))

    private func report(_ relative: String) throws -> Report {
        let url = SampleFiles.url(relative)
        return try converter.convert(data: try Data(contentsOf: url), fileName: url.lastPathComponent, path: url.path)
    }

    @Test(arguments: SampleFiles.seeds)
    func seedPDFMatchesItsText(_ seed: String) throws {
        let text = try report("\(seed).txt")
        let pdf = try report("\(seed).pdf")
        #expect(pdf.contentId == text.contentId)
        // Goals are not hashed into contentId but must be the same too (docs/canonical-report.md).
        #expect(pdf.goals == text.goals, "\(seed): goals differ between the PDF and the text")
    }
}
