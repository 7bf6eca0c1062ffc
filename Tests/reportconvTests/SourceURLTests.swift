import Foundation
import ReportCore
@testable import reportconv
import Testing
import TestSupport

/// `source.url` end to end, for the forms a saved report states its address in.
@Suite struct SourceURLTests {
    let converter = Converter(registry: BuiltinPlugins.registry)

    /// A page printed by chromium with its header and footer (`chromium --headless
    /// --print-to-pdf` of http://www.example.gov.cn/art/2024/5/art_2031.html, the host mapped
    /// to a local server): the footer is the address and `1/1`.
    @Test func browserPrintedFooter() throws {
        let url = repositoryRoot.appendingPathComponent("Tests/Fixtures/browser-footer-url.pdf")
        let report = try converter.convert(data: try Data(contentsOf: url), fileName: "a.pdf", path: url.path)
        #expect(report.source.url == "http://www.example.gov.cn/art/2024/5/art_2031.html")
        #expect(report.source.format == "pdf")
    }

    @Test func labelledLineInText() throws {
        let text = reportText("巳县") + "\n来源：https://ybj.example.gov.cn/zwgk/2024/art_7.html\n"
        let report = try converter.convert(data: Data(text.utf8), fileName: "a.txt", path: "a.txt")
        #expect(report.source.url == "https://ybj.example.gov.cn/zwgk/2024/art_7.html")
    }

    @Test func canonicalLinkInHTML() throws {
        let page = "<html><head><link rel=\"canonical\" href=\"https://www.example.gov.cn/c.html\"></head><body><h1>午县医疗保障局2023年工作总结</h1><p>正文。</p></body></html>"
        let report = try converter.convert(data: Data(page.utf8), fileName: "a.html", path: "a.html")
        #expect(report.source.url == "https://www.example.gov.cn/c.html")
        #expect(CSVExporter.rows(report, path: "x/a.html", table: .reports).contains(",html,https://www.example.gov.cn/c.html,"))
    }

    @Test func noneStated() throws {
        let report = try converter.convert(data: Data(reportText("未县").utf8), fileName: "a.txt", path: "a.txt")
        #expect(report.source.url == nil)
    }
}
