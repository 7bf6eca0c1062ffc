import Foundation
import ReportCore
import ReportModel
import Testing
@testable import PDFPlugin

@Suite struct PDFFormatPluginTests {
    @Test func sniffsTheSignatureWithinTheFirstKilobyte() {
        let plugin = PDFFormatPlugin()
        #expect(plugin.sniff(Data("%PDF-1.7\n".utf8)))
        #expect(plugin.sniff(Data(repeating: 0x20, count: 600) + Data("%PDF-1.4".utf8)))
        #expect(!plugin.sniff(Data(repeating: 0x20, count: 1100) + Data("%PDF-1.4".utf8)))
        #expect(!plugin.sniff(Data("一、部门基本情况".utf8)))
    }

    @Test func damagedFileIsAnErrorWithPopplersReason() throws {
        let junk = Data("%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".utf8)
        #expect {
            try PDFFormatPlugin().read(SourceInput(fileName: "junk.pdf", path: "junk.pdf", data: junk))
        } throws: { error in
            guard case ConversionError.unreadable(let file, let format, let reason) = error else { return false }
            return file == "junk.pdf" && format == "pdf" && reason.contains("damaged") && reason.count > 30
        }
    }

    @Test func truncatedFileIsAnError() throws {
        let truncated = try SampleFiles.data("extra/landscape-form.pdf").prefix(400)
        #expect(throws: ConversionError.self) {
            try PDFFormatPlugin().read(SourceInput(fileName: "cut.pdf", path: "cut.pdf", data: Data(truncated)))
        }
    }

    @Test func passwordProtectedFileSaysItNeedsAPassword() throws {
        #expect {
            try SampleFiles.fixture("encrypted-password.pdf")
        } throws: { error in
            guard case ConversionError.unreadable(_, _, let reason) = error else { return false }
            return reason.contains("password")
        }
    }

    @Test func fileEncryptedWithAnEmptyPasswordConverts() throws {
        let document = try SampleFiles.document("extra/encrypted-open.pdf")
        let table = try #require(SampleFiles.tables(document).first)
        #expect(table.rows[0][0] == "项目名称")
    }

    /// With OCR off, a wholly scanned file decodes to no blocks and a warning per page; the
    /// converter then reports it as failed, keeping the warnings in the report it hands back.
    @Test func whollyScannedFileWithoutOCRHasNoBlocksAndWarnsPerPage() throws {
        let url = SampleFiles.root.appendingPathComponent("Tests/Fixtures/scanned-form.pdf")
        let plugin = PDFFormatPlugin(ocr: .never)
        let document = try plugin.read(SourceInput(fileName: "scanned-form.pdf", path: url.path, data: Data(contentsOf: url)))
        #expect(document.blocks.isEmpty)
        #expect(document.diagnostics.map(\.message) == ["page 1 has no text layer"])
        let registry = FormatRegistry([plugin])
        #expect {
            try Converter(registry: registry).convert(InputFile(path: url.path, relativePath: "scanned-form.pdf"))
        } throws: { error in
            guard case ConversionError.noTextLayer(_, let report) = error else { return false }
            return report.warnings.contains { $0.code == "no-text-layer" } && report.indicators.isEmpty
                && "\(error)".contains("--ocr never")
        }
    }

    /// By default the scanned page is read by OCR, and says so.
    @Test func whollyScannedFileIsReadByOCR() throws {
        let document = try SampleFiles.fixture("scanned-form.pdf")
        #expect(document.ocr?.pages == [1])
        #expect(document.diagnostics.first?.message.hasPrefix("page 1 has no text layer; read by OCR, mean confidence ") == true)
        #expect(!document.blocks.isEmpty)
    }

    @Test func pageWithoutTextLayerIsWarnedAbout() throws {
        let url = SampleFiles.url("scans/partly-scanned.pdf")
        let document = try PDFFormatPlugin(ocr: .never).read(SourceInput(fileName: "p.pdf", path: url.path,
                                                                          data: Data(contentsOf: url)))
        #expect(document.pages == 3)
        #expect(document.diagnostics == [
            ReportWarning(code: "no-text-layer", message: "page 3 has no text layer", page: 3),
        ])
        #expect(document.blocks.contains { $0.kind == .paragraph && $0.text.contains("家庭医生签约服务覆盖率达到42.6%") })
        // By default only the scanned page is read by OCR.
        #expect(try SampleFiles.document("scans/partly-scanned.pdf").ocr?.pages == [3])
    }
}
