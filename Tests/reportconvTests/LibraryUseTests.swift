import DOCXPlugin
import Foundation
import HTMLPlugin
import PDFPlugin
import ReportCore
import ReportModel
import Testing
import TextPlugin
import XLSXPlugin

/// The README's "Library use" example, as a program using the library products would write it.
@Suite struct LibraryUseTests {
    @Test func convertAFileWithTheBuiltInPlugins() throws {
        let path = GoldenFileTests.samples.appendingPathComponent("docx/vmerge-across-pages.docx").path
        let registry = FormatRegistry([PDFFormatPlugin(), HTMLFormatPlugin(), DOCXFormatPlugin(),
                                       XLSXFormatPlugin(), TextFormatPlugin()])
        let report: Report = try Converter(registry: registry)
            .convert(InputFile(path: path, relativePath: "vmerge-across-pages.docx"))
        #expect(report.metadata.title == "云溪县医疗保障局2023年度医疗救助补助资金项目支出绩效自评表")
        #expect(report.indicators.count == 11)
        #expect(try JSONExporter.export(report).contains("\"format\": \"docx\""))
    }
}
