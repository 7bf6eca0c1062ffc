import Foundation
@testable import ReportCore
import ReportModel
import Testing

/// Rules written for shapes seen on published prose reports (工作总结, 绩效自评报告 written as
/// text) in the seventh round of reading them: each on hand-built lines, with invented content,
/// positive and negative.
@Suite struct RealPageShapeRound7Tests {
    // MARK: - A province's metadata block

    /// `索引号: | 发文编号: | ||`: the 索引号 is empty, not the next field's label; `文件名称`,
    /// `公开责任部门`, `生效日期`, `有效期` are labels of the block, not body text.
    @Test func provinceMetadataBlockLabels() {
        var reader = MetadataLineReader()
        let ok1 = reader.consume("文件名称: | |||")
        #expect(ok1)
        let ok2 = reader.consume("索引号: | 发文编号: | ||")
        #expect(ok2)
        let ok3 = reader.consume("公开目录: | 公开责任部门: | ||")
        #expect(ok3)
        let ok4 = reader.consume("生效日期 : | 有效期: |")
        #expect(ok4)
        #expect(reader.values[.indexNumber] == nil)
        #expect(reader.values[.title] == nil)
        var filled = MetadataLineReader()
        let ok5 = filled.consume("索引号: 4305240001/2022-01187 | 发文编号: 芦财发〔2022〕5号")
        #expect(ok5)
        #expect(filled.values[.indexNumber] == "4305240001/2022-01187")
        #expect(filled.values[.documentNumber] == "芦财发〔2022〕5号")
        // NEGATIVE: `文号` alone is still read, and a sentence starting with a label word is no field.
        var plain = MetadataLineReader()
        let ok6 = plain.consume("文号：芦医保发〔2023〕12号")
        #expect(ok6)
        #expect(plain.values[.documentNumber] == "芦医保发〔2023〕12号")
        let ok7 = plain.consume("生效日期从明年起计算，全年实行新标准。")
        #expect(!ok7)
    }

    @Test func provinceMetadataBlockOverATitle() throws {
        let r = try buildFromLines("""
            文件名称: | |||
            统一登记号: | |||
            索引号: | 发文编号: | ||
            公开目录: | 公开责任部门: | ||
            发文日期: | 公开形式: | ||
            生效日期 : | 有效期: |
            芦川县环境整治指挥部乡村振兴项目资金
            绩效评价报告
            受芦川县财政局委托，我所对2022年度乡村振兴项目资金开展了绩效评价，现报告如下：
            一、基本情况
            """)
        #expect(r.metadata.indexNumber == nil)
        #expect(r.metadata.title == "芦川县环境整治指挥部乡村振兴项目资金绩效评价报告")
        #expect(r.sections.compactMap(\.number) == ["一、"])
    }

    // MARK: - A work summary's title wrapped before its plan's word

    /// `…上半年工作总结及` + `下半年工作打算`: 打算, 安排, 思路, 谋划 end a work summary's title as
    /// 计划 does, so the wrapped line completes it.
    @Test func workSummaryTitleEndings() throws {
        for ending in ["打算", "安排", "思路", "谋划"] {
            #expect(TitleWords.endsLikeTitle("芦川市医疗保障局2025年上半年工作总结及下半年工作" + ending))
        }
        let r = try buildFromLines("""
            芦川市医疗保障局2025年上半年工作总结及
            下半年工作打算
            2025年上半年，全市医保系统稳步推进各项工作。
            一、主要工作完成情况
            """)
        #expect(r.metadata.title == "芦川市医疗保障局2025年上半年工作总结及下半年工作打算")
        #expect(r.metadata.kind == .workSummary)
        #expect(r.metadata.issuer == "芦川市医疗保障局")
        // NEGATIVE: a line with no title word is no title, whatever it ends with.
        #expect(TitleWords.strength("下半年工作安排") == nil)
        #expect(TitleWords.strength("三、下半年工作安排") == nil)
    }

    // MARK: - Names in running text

    /// `对某县财政局2020年度…开展了绩效评价`, `受某县财政局委托`: 对 and 受 introduce the name.
    /// NEGATIVE: 向 and 将 start place names and stay.
    @Test func leadInDui() {
        #expect(OrganizationNames.clean("对芦南县财政局") == "芦南县财政局")
        #expect(OrganizationNames.clean("受芦南县财政局") == "芦南县财政局")
        #expect(OrganizationNames.clean("向阳区财政局") == "向阳区财政局")
        #expect(OrganizationNames.clean("将乐县教育局") == "将乐县教育局")
        // `…持续推进我市医保服务开创新局`: 我市 in a sentence, no name.
        #expect(OrganizationNames.clean("持续推进我市医保服务开创新局") == nil)
    }

    /// `XX市医疗保障局`: letters a place mark follows are the place's stand-in, not a budget
    /// code. NEGATIVE: a code before a name still goes.
    @Test func lettersBeforeAPlaceMark() {
        #expect(OrganizationNames.clean("XX市医疗保障局") == "XX市医疗保障局")
        #expect(OrganizationNames.clean("301001芦川市医疗保障局") == "芦川市医疗保障局")
        #expect(OrganizationNames.clean("A083芦川县农业农村局") == "芦川县农业农村局")
    }

    /// A short form that names its own place is completed only by a higher place or by its
    /// words spelled out, never by a sentence's words before it.
    @Test func completingAShortForm() {
        #expect(!OrganizationNames.completes("芦南县财政局", to: "纳入芦南县财政局"))
        #expect(OrganizationNames.completes("芦南县财政局", to: "湖川省芦南县财政局"))
        #expect(OrganizationNames.completes("芦南县医保局", to: "芦南县医疗保障局"))
        #expect(OrganizationNames.completes("县医疗保障局", to: "芦南县医疗保障局"))
        #expect(!OrganizationNames.completes("芦南县财政局", to: "芦南县财政局"))
    }

    @Test func titleOrganizationNotCompletedBySentence() throws {
        let r = try buildFromLines("""
            芦南县财政局2020年度机关整体支出绩效评价报告
            一、自评得分情况
            按照部门整体支出绩效评价指标体系，对芦南县财政局2020年度机关整体支出开展了绩效评价，综合评分为96分。
            二、单位基本概况
            纳入芦南县财政局部门预算编制范围的单位有3个。
            """)
        #expect(r.metadata.issuer == "芦南县财政局")
        #expect(r.scores?.total == 96)
        #expect(r.metadata.kind == .departmentEvaluation)
    }

    /// A name followed at once by 关于 heads a notice the text cites without 《》: its author, not
    /// the writer. 管理处 is a unit's type. NEGATIVE: a bare 办事处 is none.
    @Test func citedNoticeAuthorAndManagementOffice() {
        #expect(OrganizationNames.find(in: ["根据芦川市财政局关于开展2022年度单位自评工作的通知要求，现将情况报告如下"]).isEmpty)
        #expect(OrganizationNames.find(in: ["（一）芦川市纪念园管理处2022年度实施3个项目"]) == ["芦川市纪念园管理处"])
        #expect(OrganizationNames.find(in: ["芦川市财政局按季度拨付资金"]) == ["芦川市财政局"])
        #expect(OrganizationNames.find(in: ["芦川市城关街道办事处"]).isEmpty)
    }

    /// `某中学专项资金绩效自评价报告`: the title's body ends before the grant it evaluates.
    /// NEGATIVE: a title running on in other words gives no body from the title.
    @Test func titleOrganizationBeforeZhuanxiang() {
        #expect(MetadataInterpreter.leadingOrganization("芦川市第四中学专项资金绩效自评价报告") == "芦川市第四中学")
        #expect(MetadataInterpreter.leadingOrganization("芦川市财政局专项资金绩效评价报告") == "芦川市财政局")
        #expect(MetadataInterpreter.leadingOrganization("芦川市第四中学学生资助绩效自评报告") == nil)
    }

    // MARK: - Kinds

    /// `整体和项目支出` is 整体支出 and 项目支出: a department evaluation. A 经费 evaluated on its
    /// own is a project. NEGATIVE: 项目支出 alone stays a project, a 补助资金 a grant.
    @Test func kindsOfProseTitles() {
        #expect(MetadataInterpreter.formKind("芦川市水源调度中心2022年整体和项目支出绩效自评总结报告") == .departmentEvaluation)
        #expect(MetadataInterpreter.formKind("芦川市水源调度中心2022年整体及项目支出绩效自评报告") == .departmentEvaluation)
        #expect(MetadataInterpreter.formKind("芦川市水源调度中心2022年项目支出绩效自评报告") == .projectEvaluation)
        #expect(MetadataInterpreter.kind(of: "芦川县农业农村局2019年白鹅资源保种经费的绩效自评报告") == .projectEvaluation)
        #expect(MetadataInterpreter.kind(of: "芦川县医疗救助补助资金绩效自评报告") == .transferPaymentEvaluation)
    }

    // MARK: - Table of contents

    /// A `目录` line, its entries, then the body restarting at `一、`: the entries are text.
    @Test func labelledContents() throws {
        let r = try buildFromLines("""
            芦川县委办公室2023年部门整体支出绩效自评报告
            目录
            一、摘要
            二、部门概况
            （一）部门机构设置
            （二）部门职能
            三、绩效目标
            附件1成本费用分析报告
            摘要
            一、部门概况
            截至2023年末，办公室在职实有27人。
            二、绩效目标
            """)
        #expect(r.sections.compactMap(\.number) == ["一、", "二、"])
        #expect(r.sections.first { $0.number == "一、" }?.title == "部门概况")
        #expect(r.sections.first?.number == nil)
        #expect(r.sections.first?.paragraphs.contains("（一）部门机构设置") == true)
    }

    /// NEGATIVE: a `目录` line whose numbering never restarts is no contents: its headings stay.
    @Test func contentsWithoutRestart() throws {
        let r = try buildFromLines("""
            芦川县委办公室2023年部门整体支出绩效自评报告
            目录
            一、部门概况
            截至2023年末，办公室在职实有27人。
            二、绩效目标
            """)
        #expect(r.sections.compactMap(\.number) == ["一、", "二、"])
        #expect(TableOfContents.labelled(TextLines.split("目录\n一、部门概况\n二、绩效目标").map { .line(SourceLine(raw: $0, origin: .textLine, page: nil, emphasized: false, startsBlock: false)) }, after: 0).isEmpty)
    }

    /// With no `目录` line: three or more numbered lines each ending in a page number.
    /// NEGATIVE: figures (`完成率达到100`, `2023年`) are no page numbers, and two lines are no run.
    @Test func pageNumberedContents() throws {
        #expect(TableOfContents.endsInPageNumber("2.市医疗保障局2025年上半年工作总结和下半年工作安排13"))
        #expect(TableOfContents.endsInPageNumber("二、机构设置 7"))
        #expect(TableOfContents.endsInPageNumber("第一部分 部门概况……4"))
        #expect(!TableOfContents.endsInPageNumber("（一）参保率达到100"))
        #expect(!TableOfContents.endsInPageNumber("1.全年救助12000人次"))
        #expect(!TableOfContents.endsInPageNumber("一、2023年"))
        #expect(!TableOfContents.endsInPageNumber("部门概况 4"))
        let r = try buildFromLines("""
            2.市医疗保障局2025年上半年工作总结13
            3.县医疗保障局2025年上半年工作总结20
            4.县医疗保障局2025年上半年工作总结和下半年工作计划28
            今年以来，我局坚持以人民健康为中心，扎实推进各项工作。
            一、2025年上半年工作总结
            （一）聚焦党建引领
            """)
        #expect(r.sections.compactMap(\.number) == ["一、"])
        let two = try buildFromLines("""
            1.持续深化理论学习13
            2.扛牢廉政建设责任14
            今年以来，我局扎实推进各项工作。
            """)
        #expect(two.sections.compactMap(\.number) == ["1.", "2."])
        // NEGATIVE: points falling down a list are no page numbers.
        let points = try buildFromLines("""
            1.产出指标 40
            2.效益指标 30
            3.满意度指标 10
            """)
        #expect(points.sections.compactMap(\.number) == ["1.", "2.", "3."])
    }

    // MARK: - A sharing site's numbered pieces

    /// Under the site's viewer line, `1、` `2、` `3、` pieces that stop mid-sentence are one text:
    /// no sections titled with half sentences.
    @Test func sharingSiteChunksJoined() throws {
        let r = try buildFromLines("""
            《2022年度项目支出绩效自评总报告.docx》由会员分享，可在线阅读，更多相关文档请在本站搜索。
            1、2022年度项目支出绩效自评总报告为切实做好2022年度财政项目支出绩效评价工作，进一步加强项目资金管理，现将情况报告如下：一、本部门项目绩效目标情况（一）芦川市纪念园管理处2022年度共有3个项目1、纪念设施维修项目：预算27.8万元，维修墓
            2、道及围栏等380平方米；清理排水沟260米，共支出成本27.8万元。2、环境提升项目：预算14万元，全年实际支付14万元，改造更新宣传版
            3、面等420平方米，共支出成本14万元。
            """)
        // The site's 1、 2、 3、 open no sections; the report's own 一、 run into its text does
        // (RunTogetherHeadings, round 9).
        #expect(r.sections.compactMap(\.number) == ["一、"])
        #expect(r.metadata.title == "2022年度项目支出绩效自评总报告")
        #expect(r.metadata.issuer == "芦川市纪念园管理处")
        func paragraphs(_ s: [Section]) -> [String] { s.flatMap { $0.paragraphs + paragraphs($0.sections) } }
        let text = paragraphs(r.sections).joined()
        #expect(text.contains("维修墓道及围栏"))
        #expect(text.contains("宣传版面等420平方米"))
    }

    /// NEGATIVE: without the viewer line, or where a piece ends its sentence, numbered lines are
    /// the report's own.
    @Test func numberedListsAreNotChunks() {
        func items(_ s: String) -> [BodyItem] {
            TextLines.split(s).map { .line(SourceLine(raw: $0, origin: .textLine, page: nil, emphasized: false, startsBlock: false)) }
        }
        let long = String(repeating: "加强预算编制绩效管理", count: 8)
        let noViewer = items("1、\(long)\n2、\(long)")
        #expect(SharingSiteChunks.join(noViewer) == noViewer)
        let ended = items("《某报告.docx》由会员分享，可在线阅读。\n1、\(long)。\n2、\(long)")
        #expect(SharingSiteChunks.join(ended) == ended)
        let joined = items("《某报告.docx》由会员分享，可在线阅读。\n1、\(long)\n2、\(long)")
        #expect(SharingSiteChunks.join(joined).count == 2)
    }

    // MARK: - Goals stated in prose

    /// `（二）项目绩效目标` with a numbered list under it: the planned goals, as listed.
    @Test func proseGoalsUnderAHeading() throws {
        let r = try buildFromLines("""
            芦川县卫生学校2023年学生资助专项项目绩效评价报告
            一、项目概况
            （一）项目基本性质
            项目减免学生学费，减轻学生家庭经济负担。
            （二）项目绩效目标
            1.免除在校学生学费，资金发放率100%；
            2.学生满意度达到90%以上。
            二、项目资金使用及管理情况
            项目批复资金120万元已全部到位。
            """)
        #expect(r.goals.planned == ["1.免除在校学生学费，资金发放率100%；", "2.学生满意度达到90%以上。"])
        #expect(r.goals.achieved.isEmpty)
    }

    /// `年度绩效目标：目标1：…；目标2：…` on one line.
    @Test func proseGoalsOnALabelLine() throws {
        let r = try buildFromLines("""
            芦川县农业农村局2023年耕地保护经费绩效自评报告
            一、项目概况
            年度绩效目标：目标1：完成耕地质量监测点20个；目标2：培训农户300人次。
            二、资金使用情况
            """)
        #expect(r.goals.planned == ["目标1：完成耕地质量监测点20个；", "目标2：培训农户300人次。"])
    }

    /// NEGATIVE: how targets were set, what was achieved, prose under the goals heading, and two
    /// projects' goals give no goals. A list in the heading's own style is the next headings.
    @Test func proseGoalsNegatives() throws {
        #expect(ProseGoalsReader.planned(in: ["（1）项目绩效目标", "①完成维修500平方米。"]) == ["①完成维修500平方米。"])
        #expect(ProseGoalsReader.planned(in: ["（二）项目绩效目标", "（三）项目实施情况"]).isEmpty)
        #expect(!ProseGoalsReader.isGoalsTitle("财政专项衔接资金项目绩效目标设定情况"))
        #expect(!ProseGoalsReader.isGoalsTitle("绩效目标完成情况"))
        #expect(ProseGoalsReader.isGoalsTitle("部门整体支出绩效目标。"))
        #expect(ProseGoalsReader.planned(in: ["（二）部门整体支出绩效目标。", "县文联围绕中心工作，积极组织群众文艺活动。", "二、基本支出情况"]).isEmpty)
        #expect(ProseGoalsReader.planned(in: ["（二）绩效目标完成情况", "1.完成监测点20个。", "2.培训300人次。"]).isEmpty)
        #expect(ProseGoalsReader.planned(in: [
            "1.维修项目", "（1）项目绩效目标", "①完成维修500平方米。", "2.提升项目", "（1）项目绩效目标", "①完成绿化3000平方米。",
        ]).isEmpty)
        // A paragraph between the heading and a later list: the list is not the goals'.
        #expect(ProseGoalsReader.planned(in: ["（二）项目绩效目标", "保障学校正常运转。", "1.维修校舍。"]).isEmpty)
    }

    /// NEGATIVE: a form's goals are the report's; its prose goals are not added to them.
    @Test func formGoalsWin() throws {
        let r = try buildFromLines("""
            （二）项目绩效目标
            1.培训农户300人次。

            项目支出绩效自评表
            年度总体目标 | 预期目标 | 实际完成情况
             | 完成监测点20个。 | 完成监测点21个。
            """)
        #expect(r.goals.planned == ["完成监测点20个。"])
    }
}
