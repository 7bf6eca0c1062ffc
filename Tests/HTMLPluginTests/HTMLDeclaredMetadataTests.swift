import Foundation
import HTMLPlugin
import ReportCore
import ReportModel
import Testing

/// A government page's standard meta tags (ArticleTitle, PubDate, ContentSource) fill what the
/// page's text leaves unsaid, and only that.
@Suite struct HTMLDeclaredMetadataTests {
    let head = """
        <meta name="SiteName" content="某县人民政府">
        <meta name="ArticleTitle" content="某县医疗保障局2023年度部门整体支出绩效自评报告">
        <meta name="PubDate" content="2024-04-18 10:21">
        <meta name="contentsource" content=" 某县医疗保障局 ">
        """

    private func report(_ body: String, head: String) throws -> Report {
        let page = TestPages.page(body, head: head)
        return try ReportBuilder.build(try TestPages.read(page), source: SourceInfo(file: "t.html", format: "html", sha256: "0"))
    }

    @Test func tagsAreRead() throws {
        let doc = try TestPages.read(TestPages.page("<p>正文。</p>", head: head))
        #expect(doc.declared == DeclaredMetadata(title: "某县医疗保障局2023年度部门整体支出绩效自评报告",
                                                  publishedOn: "2024-04-18 10:21", source: "某县医疗保障局"))
        // Negative: other meta tags, and empty values, declare nothing.
        let none = try TestPages.read(TestPages.page("<p>正文。</p>", head: "<meta name=\"keywords\" content=\"绩效\"><meta name=\"PubDate\" content=\" \">"))
        #expect(none.declared == DeclaredMetadata())
    }

    /// A page whose text gives no title, date or source: the declared ones stand.
    @Test func fillWhatTheTextLeavesOut() throws {
        let r = try report("<p>一、部门基本情况</p><p>本局内设机构4个，年末在职人员32人。</p>", head: head)
        #expect(r.metadata.title == "某县医疗保障局2023年度部门整体支出绩效自评报告")
        #expect(r.metadata.publishedOn == "2024-04-18")
        #expect(r.metadata.issuer == "某县医疗保障局")
        #expect(r.metadata.year == 2023)
    }

    /// Negative: the page's own title line and 发布日期 win over the declared ones.
    @Test func theTextDecidesFirst() throws {
        let body = "<h1>某县医疗保障局2023年度医疗救助补助资金项目支出绩效自评报告</h1><p>发布日期：2024-05-06</p><p>一、项目概况</p><p>正文。</p>"
        let r = try report(body, head: head)
        #expect(r.metadata.title == "某县医疗保障局2023年度医疗救助补助资金项目支出绩效自评报告")
        #expect(r.metadata.publishedOn == "2024-05-06")
    }
}
