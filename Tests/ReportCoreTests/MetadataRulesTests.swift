@testable import ReportCore
import ReportModel
import Testing

/// Builds a report from format-known blocks, as the HTML and PDF plugins hand them over.
private func build(_ blocks: [Block], format: String = "pdf") throws -> Report {
    try ReportBuilder.build(Document(blocks: blocks), source: SourceInfo(file: "t", format: format, sha256: "0"))
}

@Suite struct TitleRulesTests {
    /// A column label over the page's metadata list is not the title; the report's own title
    /// under the list is.
    @Test func columnLabelOverMetadataListGivesWay() throws {
        let r = try buildFromLines("""
            预算绩效管理
            - 索引号: qhyb/2024-00031
            - 发布机构: 青禾县医疗保障局
            - 文号:
            - 发布日期: 2024-05-16
            - 时效性: 有效
            青禾县医疗保障局2023年度部门整体支出绩效自评报告
            一、部门基本情况
            正文。
            """)
        #expect(r.metadata.title == "青禾县医疗保障局2023年度部门整体支出绩效自评报告")
        #expect(r.metadata.publishedOn == "2024-05-16")
        #expect(r.metadata.indexNumber == "qhyb/2024-00031")
        #expect(r.sections.map(\.title) == ["部门基本情况"])
    }

    /// A sentence under a weak title line is body text: a form caption further down does not
    /// replace the title and drop the sentence as chrome.
    @Test func proseUnderATitleIsKept() throws {
        let r = try buildFromLines("""
            青禾县医疗保障局2023年度部门整体支出绩效情况
            现将我局2023年度部门整体支出绩效自评情况公开如下。
            部门整体支出绩效自评表
            一、部门概况
            正文。
            """)
        #expect(r.metadata.title == "青禾县医疗保障局2023年度部门整体支出绩效情况")
        #expect(r.sections.first?.paragraphs.first == "现将我局2023年度部门整体支出绩效自评情况公开如下。")
    }

    /// Breadcrumbs and `label：value` chrome lines are never the title.
    @Test func breadcrumbAndChromeLinesAreNotTitles() throws {
        let r = try buildFromLines("""
            信息公开 > 财政预决算 > 预算绩效
            分类：预算绩效
            栏目：绩效评价
            2023年度城乡医疗救助项目支出绩效自评报告
            一、项目概况
            正文。
            """)
        #expect(r.metadata.title == "2023年度城乡医疗救助项目支出绩效自评报告")
        #expect(r.metadata.kind == .projectEvaluation)
        #expect(TitleWords.strength("分类：预算绩效") == nil)
        #expect(TitleWords.strength("信息公开 > 财政预决算 > 预算绩效") == nil)
        #expect(TitleWords.strength("预算绩效管理") == .weak)
    }

    /// A document viewer's page caption is not the title; without any other title it stands
    /// for one, without its extension, copy number and page.
    @Test func viewerCaption() throws {
        let withTitle = try buildFromLines("""
            绩效自评报告(2).docx_第1页
            青禾县医疗保障局2023年度部门整体支出绩效自评报告
            一、部门基本情况
            正文。
            青禾县医疗保障局2023年度部门整体支出绩效自评报告(2).docx_第2页
            续文。
            """)
        #expect(withTitle.metadata.title == "青禾县医疗保障局2023年度部门整体支出绩效自评报告")
        #expect(withTitle.sections[0].paragraphs.allSatisfy { !$0.contains("docx") })
        let captionOnly = try buildFromLines("""
            青禾县医疗保障局2023年度部门整体支出绩效自评报告(2).docx_第1页
            一、部门基本情况
            正文。
            """)
        #expect(captionOnly.metadata.title == "青禾县医疗保障局2023年度部门整体支出绩效自评报告")
        #expect(captionOnly.metadata.kind == .departmentEvaluation)
        #expect(captionOnly.metadata.year == 2023)
    }

    /// A title centred over two lines of a text dump is joined, though its first half has no
    /// title word and its second half alone looks like a title.
    @Test func centredWrappedTitleIsJoined() throws {
        let r = try buildFromLines("""
                        青禾县医疗保障局关于2023年度部门整体支出
                                  绩效自评情况的报告

            一、部门基本情况
            正文。
            """)
        #expect(r.metadata.title == "青禾县医疗保障局关于2023年度部门整体支出绩效自评情况的报告")
        #expect(r.metadata.issuer == "青禾县医疗保障局")
        #expect(r.metadata.kind == .departmentEvaluation)
    }

    /// A PDF title cut mid-word (`…项目支` / `出绩效自评报告`) is joined.
    @Test func pdfTitleCutMidWordIsJoined() throws {
        let r = try build([
            .heading("青禾市医疗保障局2023年度医保信息平台运维项目支\n出绩效自评报告", level: 1),
            .paragraph("一、项目基本情况"), .paragraph("正文。"),
        ])
        #expect(r.metadata.title == "青禾市医疗保障局2023年度医保信息平台运维项目支出绩效自评报告")
        #expect(r.metadata.kind == .projectEvaluation)
        // Two separate lines, the second a title of its own, are not joined.
        let s = try build([.paragraph("政务公开目录"), .paragraph("部门整体支出绩效自评报告"), .paragraph("一、概况")])
        #expect(s.metadata.title == "部门整体支出绩效自评报告")
    }

    /// A page whose only title is the form's caption (a merged first row of the table) takes it,
    /// and its year.
    @Test func captionOnlyPageTakesTheCaption() throws {
        let grid = TableGrid(rows: [
            ["部门预算项目支出绩效自评表(2023年度)", "", "", ""],
            ["项目名称", "城乡居民医保经办补助资金", "", ""],
            ["主管部门", "青禾县医疗保障局", "实施单位", "青禾县医疗保险服务中心"],
            ["年度资金总额", "45", "43.2", "96%"],
        ], spans: [CellSpan(row: 0, column: 0, rowSpan: 1, columnSpan: 4)], positional: true)
        let r = try build([.table(grid)], format: "html")
        #expect(r.metadata.title == "部门预算项目支出绩效自评表(2023年度)")
        #expect(r.metadata.year == 2023)
        // The project's name says 补助资金; the form says 项目支出.
        #expect(r.metadata.kind == .projectEvaluation)
        // On a project form the 主管部门 reports, over the unit that carried the project out.
        #expect(r.metadata.issuer == "青禾县医疗保障局")
    }

    /// A file-name line is the title only when nothing else is, its extension removed.
    @Test func fileNameLineIsTheLastResort() throws {
        let r = try buildFromLines("""
            某县城乡居民医保补助资金绩效自评表.xlsx
            项目名称 城乡居民医保补助资金
            全年预算数 全年执行数
            120 118
            """)
        #expect(r.metadata.title == "某县城乡居民医保补助资金绩效自评表")
        #expect(r.metadata.kind == .transferPaymentEvaluation)
        let withCaption = try buildFromLines("""
            某县城乡居民医保补助资金绩效自评表.xlsx
            某县项目支出绩效自评表
            (2022年度)
            项目名称 城乡居民医保补助资金
            """)
        #expect(withCaption.metadata.title == "某县项目支出绩效自评表")
        #expect(withCaption.metadata.year == 2022)
        #expect(withCaption.metadata.kind == .projectEvaluation)
        #expect(TitleWords.fileNameTitle("附件2：青禾县2023年度项目支出绩效自评表(1).XLS") == "青禾县2023年度项目支出绩效自评表")
        #expect(TitleWords.fileNameTitle("下载.docx") == nil)
        let attached = try buildFromLines("附件1： 青禾县2023年度部门整体支出绩效自评报告\n一、概况\n正文。")
        #expect(attached.metadata.title == "青禾县2023年度部门整体支出绩效自评报告")
    }
}

@Suite struct MoreTitleRulesTests {
    /// The body's name alone above a centred title joins it; a banner above a title with its
    /// own body does not.
    @Test func organisationLineHeadsACentredTitle() throws {
        let r = try buildFromLines("""
                             柳岸县医疗保障局
                    2023年工作总结和2024年工作思路

            一、工作开展情况
            正文。
            """)
        #expect(r.metadata.title == "柳岸县医疗保障局2023年工作总结和2024年工作思路")
        #expect(r.metadata.issuer == "柳岸县医疗保障局")
        #expect(!TitleWords.isHeadingOrganization("柳岸县人民政府", of: "柳岸县医疗保障局2023年度部门整体支出绩效自评报告"))
    }

    /// The page's 标题 field names the document; document-sharing chrome is metadata, and its
    /// upload time is no publishing date.
    @Test func titleFieldAndSharingSiteChrome() throws {
        let r = try buildFromLines("""
            - 标题: 柳岸县2022年度困难群众医疗救助补助资金区域绩效自评表
            - 发布机构: 县医保局
            文档格式：xlsx  页数：2  上传时间：2023-03-01
            转移支付区域绩效自评表
            一、说明
            正文。
            """)
        #expect(r.metadata.title == "柳岸县2022年度困难群众医疗救助补助资金区域绩效自评表")
        #expect(r.metadata.kind == .transferPaymentEvaluation)
        #expect(r.metadata.publishedOn == nil)
        #expect(MetadataInterpreter.kind(of: "柳岸县2022年度耕地地力保护补贴资金区域绩效自评表") == .transferPaymentEvaluation)
    }

    /// `…_第1页` without an extension is a viewer caption too; `首页/…/…` is a breadcrumb.
    @Test func captionsAndSlashBreadcrumbs() {
        #expect(TitleWords.fileNameTitle("柳岸县医疗救助补助资金区域绩效自评表_第1页") == "柳岸县医疗救助补助资金区域绩效自评表")
        #expect(TitleWords.strength("信息公开/财政资金/预算绩效") == nil)
        #expect(Furniture.isFurniture("首页 / 政务公开 / 预算绩效"))
        #expect(Furniture.isFurniture("柳岸县医疗救助绩效自评表_第3页"))
    }

    /// `填报单位：…` in one cell names the unit that filled the form in.
    @Test func reportingUnitInOneCell() {
        let units = MetadataInterpreter.unitCells([["填报单位：柳岸县农业农村局", "单位：万元"]], kind: .transferPaymentEvaluation)
        #expect(units.map(\.name) == ["柳岸县农业农村局"])
    }
}

@Suite struct KindAndYearRulesTests {
    /// The words just before 绩效 name what is evaluated.
    @Test func kindFromTheSubjectBeforePerformance() {
        #expect(MetadataInterpreter.kind(of: "青禾县2023年度城乡医疗救助补助资金项目绩效自评报告") == .projectEvaluation)
        #expect(MetadataInterpreter.kind(of: "青禾县2023年度医保信息化建设项目补助资金绩效自评报告") == .transferPaymentEvaluation)
        #expect(MetadataInterpreter.kind(of: "某市医疗救助补助资金(医保能力建设部分)绩效自评表") == .transferPaymentEvaluation)
        #expect(MetadataInterpreter.kind(of: "某县2023年度部门整体支出绩效自评报告") == .departmentEvaluation)
    }

    /// Without a title, the form's layout tells its kind.
    @Test func kindFromLayout() throws {
        let transfer = TableGrid(rows: [["转移支付(项目)名称", "困难群众医疗救助补助"], ["中央主管部门", "国家医保局"],
                                        ["实施单位", "青禾市医疗保障局"]], positional: true)
        #expect(MetadataInterpreter.layoutKind(lines: [], tables: [transfer]) == .transferPaymentEvaluation)
        let project = TableGrid(rows: [["项目名称", "医疗救助补助资金"], ["主管部门", "青禾县医疗保障局"],
                                       ["实施单位(盖章)", "青禾县医疗保险服务中心"]], positional: true)
        #expect(MetadataInterpreter.layoutKind(lines: [], tables: [project]) == .projectEvaluation)
        let r = try buildFromLines("""
            项目名称 医疗救助补助资金
            主管部门 青禾县医疗保障局 实施单位 青禾县医疗保险服务中心
            正文。
            """)
        #expect(r.metadata.kind == .projectEvaluation)
        #expect(r.metadata.issuer == "青禾县医疗保障局")
    }

    /// The year from a `(2023年度)` line when the title has none; `年度` wins over a publishing year.
    @Test func yearFromCaptionLine() throws {
        let r = try buildFromLines("""
            项目支出绩效自评表
            (2023年度)
            项目名称 基层医保经办能力建设
            """)
        #expect(r.metadata.year == 2023)
        #expect(MetadataInterpreter.year("2024年青禾县关于2023年度项目支出绩效自评结果的报告") == 2023)
        #expect(MetadataInterpreter.captionYear(["整体支出绩效自评表（2021年度）"], tables: []) == 2021)
    }
}

@Suite struct IssuerRulesTests {
    /// The full name wins over a short form in 发布机构.
    @Test func fullNameWinsOverShortForm() throws {
        let r = try buildFromLines("""
            发布机构：市医保局
            发布日期：2024-03-12
            2023年度部门整体支出绩效自评报告
            一、部门概况
            正文。
            青禾市医疗保障局
            2024年3月8日
            """)
        #expect(r.metadata.issuer == "青禾市医疗保障局")
        #expect(OrganizationNames.isShortForm("县医疗保障局", of: "青禾县医疗保障局"))
        #expect(OrganizationNames.isShortForm("青禾医保局", of: "青禾市医疗保障局"))
        #expect(!OrganizationNames.isShortForm("市财政局", of: "青禾市医疗保障局"))
    }

    /// A title's short form is completed too.
    @Test func titleShortFormCompleted() throws {
        let r = try buildFromLines("""
            发布机构：青禾市医疗保障局
            青禾市医保局2023年度部门整体支出绩效自评报告
            一、部门概况
            正文。
            """)
        #expect(r.metadata.issuer == "青禾市医疗保障局")
    }

    /// Never a sentence fragment; a budget code is dropped.
    @Test func cleanNames() {
        #expect(OrganizationNames.clean("根据县政府安排") == nil)
        #expect(OrganizationNames.clean("项目由青禾县医疗保障局") == "青禾县医疗保障局")
        #expect(OrganizationNames.clean("根据青禾县财政局") == "青禾县财政局")
        #expect(OrganizationNames.clean("301-青禾市医疗保障局") == "青禾市医疗保障局")
        #expect(OrganizationNames.clean("[301001]青禾市医疗保障局") == "青禾市医疗保障局")
        #expect(OrganizationNames.clean("青禾县医疗保障局部门") == "青禾县医疗保障局")
        #expect(OrganizationNames.clean("向阳区医疗保障局") == "向阳区医疗保障局")
        // The last lead-in before the place counts; one inside the name's place does not.
        #expect(OrganizationNames.clean("按照要求由青禾县医疗保障局") == "青禾县医疗保障局")
        #expect(OrganizationNames.clean("经过会同青禾县医疗保障局") == "青禾县医疗保障局")
    }

    /// Names are found in the order they stand, within a line, only where a piece holds a place
    /// mark and a body type.
    @Test func namesInRunningText() {
        let pieces = ["根据青禾县财政局安排，", "", "青禾县医疗保障局2023年度", "另见柳岸市卫生健康委员会和\n青禾县医疗保障局会同",
                      "财政局", "县里\n各局"]
        // Candidates keep their lead-ins here; `clean` drops them.
        #expect(OrganizationNames.find(in: pieces) == ["根据青禾县财政局", "青禾县医疗保障局", "另见柳岸市卫生健康委员会", "青禾县医疗保障局"])
        #expect(OrganizationNames.find(in: ["青禾县\n医疗保障局"]).isEmpty)
        #expect(OrganizationNames.find(in: ["青禾县", "医疗保障局"]).isEmpty)
        #expect(OrganizationNames.find(in: []).isEmpty)
    }

    /// A name in running text after a lead-in is the body, not the sentence.
    @Test func issuerFromTextIsNotAFragment() throws {
        let r = try buildFromLines("""
            城乡医疗救助项目绩效自评报告
            一、项目概况
            项目由青禾县医疗保障局组织实施，青禾县医疗保障局负责资金管理。
            """)
        #expect(r.metadata.issuer == "青禾县医疗保障局")
    }

    /// An internal office in 来源 is not the issuer when the signature names the body.
    @Test func internalOfficeIsWeakEvidence() throws {
        let r = try buildFromLines("""
            来源:办公室 2021-03-18 09:30
            2020年度部门整体支出绩效自评报告
            一、部门概况
            正文。
            青禾县医疗保障局
            2021年3月10日
            """)
        #expect(r.metadata.issuer == "青禾县医疗保障局")
        #expect(r.metadata.publishedOn == "2021-03-18")
    }
}

@Suite struct PublishedOnRulesTests {
    private func published(_ lines: [String]) -> String? {
        var reader = MetadataLineReader()
        for line in lines { _ = reader.consume(line) }
        let body = StructuredBody(title: nil, metadata: reader, items: [])
        return MetadataInterpreter.interpret(body, tables: []).publishedOn
    }

    @Test func everyLayout() {
        #expect(published(["发布时间:2022-11-07 10:21"]) == "2022-11-07")
        #expect(published(["来源:办公室 2021-03-18 09:30"]) == "2021-03-18")
        #expect(published(["发布日期：2022年05月09日"]) == "2022-05-09")
        #expect(published(["• 发布日期", "2022-05-09"]) == "2022-05-09")
        #expect(published(["- 发布日期: 2022-05-09"]) == "2022-05-09")
        #expect(published(["【发布时间：2022-11-07】【字体：大 中 小】"]) == "2022-11-07")
        #expect(published(["时间：2022-11-07 | 来源：青禾县医疗保障局"]) == "2022-11-07")
        #expect(published(["来源:青禾县医疗保障局发布时间:2022-05-23 17:22浏览次数:"]) == "2022-05-23")
        #expect(published(["2023-10-25 16:36 来源:县医疗保障局"]) == "2023-10-25")
        // The publishing date wins over the date it was written and the last update.
        #expect(published(["成文日期：2022-04-01 发布日期：2022-04-06", "更新时间：2022-06-01"]) == "2022-04-06")
        #expect(published(["更新时间：2022-06-01"]) == "2022-06-01")
    }

    /// A label inside a value (`…审核中心`) or a short word without a colon (`时间节点`) is no label.
    @Test func labelsOnlyAtBoundaries() {
        let pairs = MetadataLineReader.split("发布机构：青禾县医保审核中心 发布日期：2022-05-09")
        #expect(pairs.map(\.0) == [.issuer, .publishedOn])
        #expect(pairs.first?.1 == "青禾县医保审核中心")
        #expect(MetadataLineReader.split("时间节点安排如下").isEmpty)
    }
}
