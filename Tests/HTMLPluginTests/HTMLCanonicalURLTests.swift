import Foundation
import HTMLPlugin
import ReportCore
import Testing

/// The address a saved page gives for itself becomes `source.url`.
@Suite struct HTMLCanonicalURLTests {
    let body = "<h1>某县医疗保障局2023年工作总结</h1><p>正文。</p>"

    @Test func canonicalLinkWinsOverOpenGraph() throws {
        let head = """
            <meta charset="utf-8"><meta property="og:url" content="https://www.example.gov.cn/og/1.html">
            <link rel="stylesheet" href="https://www.example.gov.cn/a.css">
            <link rel="canonical" href="https://www.example.gov.cn/art/2024/5/1/art_1.html">
            """
        let doc = try TestPages.read(TestPages.page(body, head: head))
        #expect(doc.sourceURL == "https://www.example.gov.cn/art/2024/5/1/art_1.html")
    }

    @Test func openGraphURL() throws {
        let doc = try TestPages.read(TestPages.page(body, head: "<meta property=\"og:url\" content=\" http://ybj.example.gov.cn/x.html \">"))
        #expect(doc.sourceURL == "http://ybj.example.gov.cn/x.html")
    }

    /// A relative canonical link says nothing about the site the page was saved from.
    @Test func relativeOrMissingGivesNil() throws {
        #expect(try TestPages.read(TestPages.page(body, head: "<link rel=\"canonical\" href=\"/art/1.html\">")).sourceURL == nil)
        #expect(try TestPages.read(TestPages.page(body)).sourceURL == nil)
    }
}
