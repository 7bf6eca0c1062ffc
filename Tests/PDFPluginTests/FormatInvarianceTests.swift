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
        #expect(pdf == text)
    }
}
