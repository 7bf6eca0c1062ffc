@testable import ReportCore
import Testing

/// `source.url` from the text: labelled lines and browser-printed footers, not any address.
@Suite struct SourceURLFinderTests {
    @Test func labelledLines() {
        #expect(SourceURLFinder.find(in: [.line("标题"), .line("来源：https://www.example.gov.cn/art/1.html")])
            == "https://www.example.gov.cn/art/1.html")
        #expect(SourceURLFinder.find(in: [.paragraph("原文链接: http://ybj.example.gov.cn/zwgk/2.shtml。")])
            == "http://ybj.example.gov.cn/zwgk/2.shtml")
        #expect(SourceURLFinder.find(in: [.line("本文链接：https://a.example.cn/x?id=3&t=1 （转载请注明）")])
            == "https://a.example.cn/x?id=3&t=1")
    }

    /// 来源 naming a body is not an address; an address in running text is not the source.
    @Test func notAnAddress() {
        #expect(SourceURLFinder.find(in: [.line("来源：某县医疗保障局"), .line("详见 https://www.example.gov.cn/ 网站。")]) == nil)
        #expect(SourceURLFinder.find(in: [.line("https://www.example.gov.cn/related.html")]) == nil)
        #expect(SourceURLFinder.find(in: [.line("来源：http://localhost/")]) == nil)
    }

    /// A browser prints the address in every page's footer, often with the page count.
    @Test func printedFooters() {
        #expect(SourceURLFinder.find(in: [.line("正文"), .line("https://www.example.gov.cn/art/9.html 1/3")])
            == "https://www.example.gov.cn/art/9.html")
        #expect(SourceURLFinder.find(in: [.furniture("https://www.example.gov.cn/art/9.html", page: 1)])
            == "https://www.example.gov.cn/art/9.html")
        let repeated: [Block] = [.line("https://w.example.cn/p.html", page: 1), .line("正文", page: 1), .line("https://w.example.cn/p.html", page: 2)]
        #expect(SourceURLFinder.find(in: repeated) == "https://w.example.cn/p.html")
    }
}
