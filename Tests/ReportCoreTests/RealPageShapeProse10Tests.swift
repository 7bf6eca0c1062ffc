import Foundation
@testable import ReportCore
import ReportModel
import Testing

/// Rules written for shapes seen on published prose reports in the tenth round of reading them
/// (a template site's collection name after the report's, the body's name over the repeated
/// title, a number alone on its line, lists numbered like the section they stand in, a bracket
/// lost, a score said as `项目自评100分`, a body spoken of by its level): each on hand-built
/// lines with invented content, positive and negative.
@Suite struct RealPageShapeProse10Tests {
    // MARK: - A template site's collection name

    @Test func collectionSuffixLeavesTheReportsName() {
        #expect(TitleWords.withoutCollectionSuffix("项目绩效自评报告精品15篇") == "项目绩效自评报告")
        #expect(TitleWords.withoutCollectionSuffix("项目绩效自评报告范文") == "项目绩效自评报告")
        #expect(TitleWords.withoutCollectionSuffix("卫生院绩效自评结论报告范文(精选12篇)") == "卫生院绩效自评结论报告")
        #expect(TitleWords.withoutCollectionSuffix("乡村振兴项目绩效自评报告（通用5篇）") == "乡村振兴项目绩效自评报告")
        #expect(TitleWords.withoutCollectionSuffix("2020年度专项资金绩效自评报告(三篇)") == "2020年度专项资金绩效自评报告")
        #expect(TitleWords.withoutCollectionSuffix("个人年终工作总结模板") == "个人年终工作总结")
    }

    @Test func collectionSuffixNegatives() {
        // No suffix: the title as it was.
        #expect(TitleWords.withoutCollectionSuffix("芦川县档案馆2024年度项目支出绩效自评报告") == "芦川县档案馆2024年度项目支出绩效自评报告")
        // What is left does not end like a title: a 篇 of the name's own.
        #expect(TitleWords.withoutCollectionSuffix("芦川县乡村振兴新篇") == "芦川县乡村振兴新篇")
        #expect(TitleWords.withoutCollectionSuffix("芦川县绩效管理第三篇") == "芦川县绩效管理第三篇")
        // All suffix: nothing of a title left.
        #expect(TitleWords.withoutCollectionSuffix("范文") == "范文")
    }

    @Test func templatePagesTitleIsTheReportsName() throws {
        let r = try buildFromLines("""
            项目绩效自评报告范文
            一、基本情况
            （一）项目概况。
            由镇负责发放村级保洁员生活补贴，投入120万元。
            """)
        #expect(r.metadata.title == "项目绩效自评报告")
    }

    // MARK: - The body's name over the repeated title

    @Test func bodyNameOverTheRepeatedTitleJoinsIt() throws {
        let r = try buildFromLines("""
            2023年部门整体支出绩效评价报告

            芦川县城市管理和综合执法局

            发布机构: 芦川县城管办 发文日期: 2024-05-20

            芦川县城市管理和综合执法局

            2023年部门整体支出绩效评价报告

            根据有关文件精神，我局对2023年度整体支出进行了绩效自评，现将情况报告如下：
            一、基本情况
            全局现有人员120人。
            """)
        #expect(r.metadata.title == "芦川县城市管理和综合执法局2023年部门整体支出绩效评价报告")
        #expect(r.metadata.issuer == "芦川县城市管理和综合执法局")
        #expect(r.metadata.year == 2023)
    }

    @Test func bodyNameOverRepeatedTitleNegatives() throws {
        // No repeat: a lone body name above the headline, a blank between, may be the site's.
        let noRepeat = try buildFromLines("""
            芦川县人民政府

            2023年部门整体支出绩效评价报告
            一、基本情况
            全局现有人员120人。
            """)
        #expect(noRepeat.metadata.title == "2023年部门整体支出绩效评价报告")
        // The line over the repeat is no body's name alone.
        let sentence = try buildFromLines("""
            2023年部门整体支出绩效评价报告

            芦川县城管局对全年工作进行了总结。

            2023年部门整体支出绩效评价报告
            一、基本情况
            全局现有人员120人。
            """)
        #expect(sentence.metadata.title == "2023年部门整体支出绩效评价报告")
        // A title that names its body already takes no second name.
        let named = try buildFromLines("""
            芦川县城管局2023年部门整体支出绩效评价报告

            芦川县城市管理和综合执法局

            芦川县城管局2023年部门整体支出绩效评价报告
            一、基本情况
            全局现有人员120人。
            """)
        #expect(named.metadata.title == "芦川县城管局2023年部门整体支出绩效评价报告")
    }

    @Test func bodyNameOverTheTitleNamedByTheMetadataJoinsIt() throws {
        let r = try buildFromLines("""
            芦川区医疗保障局

            2023年度绩效自评
            发布时间:2024-05-21    来源:医疗保障局
            一、部门基本情况
            本局内设股室4个。
            """)
        #expect(r.metadata.title == "芦川区医疗保障局2023年度绩效自评")
        #expect(r.metadata.issuer == "芦川区医疗保障局")
    }

    @Test func bodyNameOverTheTitleNegatives() throws {
        // The metadata names another body: the name over the headline may be the site's.
        let other = try buildFromLines("""
            芦川区人民政府

            2023年度绩效自评
            发布时间:2024-05-21    来源:医疗保障局
            一、部门基本情况
            本局内设股室4个。
            """)
        #expect(other.metadata.title == "2023年度绩效自评")
        // No metadata at all: no witness, no join.
        let none = try buildFromLines("""
            芦川区医疗保障局

            2023年度绩效自评
            一、部门基本情况
            本局内设股室4个。
            """)
        #expect(none.metadata.title == "2023年度绩效自评")
    }

    // MARK: - A number alone on its line

    @Test func numberAloneJoinsTheLineAfterIt() throws {
        #expect(LoneHeadingNumber.isAlone("2."))
        #expect(LoneHeadingNumber.isAlone("（三）"))
        #expect(LoneHeadingNumber.isAlone("  1、 "))
        #expect(!LoneHeadingNumber.isAlone("2.人员编制"))
        #expect(!LoneHeadingNumber.isAlone("2"))
        #expect(!LoneHeadingNumber.isAlone("2023年"))
        let r = try buildFromLines("""
            芦川县城管局2023年部门整体支出绩效评价报告
            一、基本情况
            1.机构设置
            局机关内设股室7个。
            2.
            人员编制
            全局现有人员120人。
            3.职责职能
            """)
        #expect(r.sections.first { $0.number == "一、" }?.sections.map { ($0.number ?? "") + $0.title } == ["1.机构设置", "2.人员编制", "3.职责职能"])
    }

    @Test func numberAloneNegatives() throws {
        // A blank line after it, a numbered line after it, or a figure cut at its point: no join.
        let items: [BodyItem] = ["2.", "", "人员编制", "3.", "4.职责", "5.", "6%的增长"].map {
            .line(SourceLine(raw: $0, origin: .textLine, page: nil, emphasized: false, startsBlock: false))
        }
        let out = LoneHeadingNumber.join(items)
        #expect(out.count == items.count)
    }

    // MARK: - A list numbered like the section it stands in

    @Test func sentenceListRestartingAtOneNestsUnderItsSection() throws {
        let r = try buildFromLines("""
            芦川县城管局2023年部门整体支出绩效评价报告
            一、基本情况
            1.机构设置
            局机关内设股室7个。
            2.人员编制
            全局现有人员120人。
            3.职责职能
            1.贯彻执行城市管理工作的方针政策。深化综合执法体制改革。
            2.负责指导全县城市管理和综合执法工作。
            3.负责职责范围内的行政执法。
            二、部门支出情况
            全年支出1200万元。
            """)
        #expect(r.sections.compactMap(\.number) == ["一、", "二、"])
        let one = try #require(r.sections.first { $0.number == "一、" })
        #expect(one.sections.map { ($0.number ?? "") + $0.title } == ["1.机构设置", "2.人员编制", "3.职责职能"])
        #expect(one.sections.last?.sections.count == 3)
    }

    @Test func goalsListedAsChineseNumbersStayInTheirSection() throws {
        let r = try buildFromLines("""
            芦川县人民医院2023年度专项资金绩效自评报告
            一、项目概况
            （一）项目基本情况
            项目改善医院医疗条件。
            （二）项目绩效目标
            实现以下目标：
            一、完成固定资产增加10%；
            二、医院改造工程完工率达到90%；
            三、医院患者满意度达到95%。
            二、项目资金使用及管理情况
            资金全部到位。
            """)
        #expect(r.sections.compactMap { $0.number.map { $0 + "" } } == ["一、", "二、"])
        let one = try #require(r.sections.first)
        #expect(one.sections.map { ($0.number ?? "") + $0.title } == ["（一）项目基本情况", "（二）项目绩效目标"])
        #expect(one.sections.last?.sections.count == 3)
    }

    @Test func restartNegatives() throws {
        // Titles restarting at one after a part's headings: a new run, read by style as before.
        let titles = try buildFromLines("""
            芦川县城管局2023年部门整体支出绩效评价报告
            一、基本情况
            1.机构设置
            2.人员编制
            1.部门职责
            """)
        #expect(titles.sections.first?.sections.map(\.title) == ["机构设置", "人员编制", "部门职责"])
        // A repeated number under a numbered sentence is no list either.
        let repeated = try buildFromLines("""
            芦川县城管局2023年部门整体支出绩效评价报告
            一、基本情况
            1.负责全县城市管理工作。
            1.组织全县综合执法工作。
            """)
        #expect(repeated.sections.first?.sections.count == 2)
        // The next section of the outer run after a list returns to the outer run.
        let back = try buildFromLines("""
            芦川县城管局2023年部门整体支出绩效评价报告
            一、基本情况
            一、完成目标一；
            二、完成目标二；
            二、支出情况
            """)
        #expect(back.sections.compactMap(\.number) == ["一、", "二、"])
    }

    // MARK: - A numbered sentence after a numbered paragraph

    @Test func runInCutAfterNumberedSentenceIsASentence() throws {
        let r = try buildFromLines("""
            芦川县水务局2022年衔接资金项目绩效自评报告
            一、绩效目标分解下达情况
            （一）芦川县水务局2022年衔接资金共下达105万元，用于实施龙头村蔬菜园灌溉项目，全部用于工程建设。
            （二）芦川县水务局2022年衔接资金项目绩效目标为做好龙头村灌溉用水的工作。
            二、绩效自评工作开展情况
            （一）自评组织情况
            （二）自评方法
            """)
        let one = try #require(r.sections.first { $0.number == "一、" })
        #expect(one.sections.isEmpty)
        #expect(one.paragraphs.count == 2)
        // Headings after a heading stay headings.
        #expect(r.sections.first { $0.number == "二、" }?.sections.count == 2)
    }

    @Test func runInCutNegatives() throws {
        // The item before was a heading: the run-in cut is kept.
        let r = try buildFromLines("""
            芦川县水务局2022年衔接资金项目绩效自评报告
            一、绩效目标分解下达情况
            （一）资金下达情况
            共下达105万元。
            （二）项目绩效目标为做好龙头村灌溉用水的工作。
            """)
        #expect(r.sections.first?.sections.map(\.title) == ["资金下达情况", "项目绩效目标"])
    }

    // MARK: - A bracket lost

    @Test func closingBracketAloneNumbersAChineseSubheading() throws {
        let (n, rest) = try #require(HeadingNumber.parse("三) 当年部门整体支出绩效"))
        #expect(n.style == .parenChinese)
        #expect(n.ordinal == 3)
        #expect(n.text == "(三)")
        #expect(rest == "当年部门整体支出绩效")
        let (w, _) = try #require(HeadingNumber.parse("四）存在的问题"))
        #expect(w.text == "（四）")
        // The full-width and whole forms read as before.
        #expect(HeadingNumber.parse("（三）当年部门整体支出绩效")?.0.text == "（三）")
        #expect(HeadingNumber.parse("三、当年部门整体支出绩效")?.0.style == .chinese)
    }

    @Test func closingBracketNegatives() {
        // An Arabic figure with a closing bracket (`1)`) stays unread, as before; text is no number.
        #expect(HeadingNumber.parse("1) 当年部门整体支出") == nil)
        #expect(HeadingNumber.parse("三方) 协议") == nil)
        #expect(HeadingNumber.parse("三)") == nil)
    }

    // MARK: - A score said as 项目自评100分

    @Test func subjectsSelfScoreInProse() {
        #expect(ScoresReader.proseTotal(in: ["对项目进行了综合评价，认为项目总体完成情况良好，项目自评100分。"]) == 100)
        #expect(ScoresReader.proseTotal(in: ["部门自评96.5分，等级为优。"]) == 96.5)
        #expect(ScoresReader.proseTotal(in: ["经综合评价，该项目得分为88.5分，评价等级为良。"]) == 88.5)
        #expect(ScoresReader.proseTotal(in: ["部门整体得分95分。"]) == 95)
        // A part of the project scored: its name stands between 项目 and 得分.
        #expect(ScoresReader.proseTotal(in: ["其中项目决策得分18分，项目过程得分19分。"]) == nil)
    }

    @Test func subjectsSelfScoreNegatives() {
        // The scale, not a score; a 自评 with no subject before it; a figure that is no score.
        #expect(ScoresReader.proseTotal(in: ["项目自评100分制，按四类指标打分。"]) == nil)
        #expect(ScoresReader.proseTotal(in: ["本次自评2023年度项目12个。"]) == nil)
        #expect(ScoresReader.proseTotal(in: ["项目自评工作于5月完成，共10分钟汇报。"]) == nil)
    }

    // MARK: - A body spoken of by its level

    @Test func bodyNamedByItsLevelIsNoIssuer() throws {
        let r = try buildFromLines("""
            乡村振兴项目绩效自评报告
            一、项目基本情况
            跨省交通补助，由县人社局动态收集务工人员信息，按政策给予补助。
            """)
        #expect(r.metadata.issuer == nil)
        #expect(OrganizationNames.clean("由县人社局") == "县人社局")
    }

    @Test func bodyNamedByItsLevelNegatives() throws {
        // A full name in running text is still evidence; a county named 会同 keeps its name.
        let r = try buildFromLines("""
            乡村振兴项目绩效自评报告
            一、项目基本情况
            补助由芦川县人力资源和社会保障局动态收集务工人员信息后发放。
            """)
        #expect(r.metadata.issuer == "芦川县人力资源和社会保障局")
        #expect(OrganizationNames.clean("会同县财政局") == "会同县财政局")
        // A short form that a full name completes stays: `县人社局` beside the full name.
        let both = try buildFromLines("""
            芦川县人力资源和社会保障局2023年度就业补助资金绩效自评报告
            一、项目基本情况
            由县人社局动态收集务工人员信息。
            """)
        #expect(both.metadata.issuer == "芦川县人力资源和社会保障局")
    }
}
