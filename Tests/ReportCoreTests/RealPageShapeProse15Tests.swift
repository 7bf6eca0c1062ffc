import Foundation
@testable import ReportCore
import ReportModel
import Testing

/// Rules written in the fifteenth round on prose reports (department and project reports, grants'
/// reports, work summaries): a score table copied one cell a line whose label column's word is
/// not a header word, funds in prose under plainer words proved by a stated rate, the kind a
/// title-less report's outline shows, posting times in two more page layouts. Hand-built text,
/// invented content.
@Suite struct RealPageShapeProse15Tests {
    // MARK: - A score table one cell a line, its label column's word unknown

    @Test func aScoreTableWhoseLabelWordIsUnknownKeepsItsItemsAndTotal() throws {
        let r = try buildFromLines("""
            梧桐县档案馆2022年度部门整体支出绩效评价报告

            绩效评价结果

            评价指标

            分值

            实际得分

            投入

            20分

            18.50分

            过程

            40分

            36.00分

            产出

            25分

            21.25分

            效果

            15分

            14.00分

            总分

            100

            89.75

            一、部门概况
            本馆内设两个科室。
            """)
        let s = try #require(r.scores)
        // The 分值 column's 100 is the full points, not the score.
        #expect(s.total == 89.75)
        #expect(s.items.map(\.name) == ["投入", "过程", "产出", "效果"])
        #expect(s.items.first?.max == 20 && s.items.first?.score == 18.5)
        #expect(s.items.last?.max == 15 && s.items.last?.score == 14)
    }

    @Test func aScoreFigureMayCarryItsPointsWord() {
        #expect(ScoresReader.points("15分") == 15)
        #expect(ScoresReader.points("43.97分") == 43.97)
        #expect(ScoresReader.points("15") == 15)
        // Not a figure of points: a label, a scale, a rate.
        #expect(ScoresReader.points("投入") == nil)
        #expect(ScoresReader.points("百分制") == nil)
        #expect(ScoresReader.points("95%") == nil)
    }

    // MARK: - Funds in prose, proved by the stated rate

    @Test func aSumAndItsExecutedPartPairedByTheStatedRateAreTheYearsRow() throws {
        let r = try buildFromLines("""
            梧桐县农业农村局2024年度耕地保护补助资金绩效自评报告

            一、绩效目标分解下达情况

            2024年结转上年耕地保护项目资金合计512.40万元，全年预算执行数合计204.96万元。预算执行率40%。
            """)
        #expect(r.funding.count == 1)
        #expect(r.funding.first?.budget == 512.4 && r.funding.first?.executed == 204.96)
        #expect(r.funding.first?.executionRate == 40)
    }

    @Test func fiscalFundsAndTheExecutedAmountPairedByTheRate() {
        let row = ProseFundsRow.read(["2023年预算安排我局专项资金项目共计58个，财政资金1840.50万元。", "至年底项目执行金额1656.45万元，执行率90%。"])
        #expect(row?.budget == 1840.5 && row?.executed == 1656.45 && row?.executionRate == 90)
    }

    @Test func plainerWordsWithoutAProvingRateGiveNoRow() {
        // No rate: 资金合计 and 执行金额 alone prove nothing.
        #expect(RatePairedProseFunds.read("项目资金合计500万元，执行金额400万元。") == nil)
        #expect(ProseFundsRow.read(["项目资金合计500万元，执行金额400万元。"]) == nil)
        // A rate that no pair gives is another sum's.
        #expect(RatePairedProseFunds.read("项目资金合计500万元，执行金额400万元，到位率95%，执行率60%。") == nil)
        // The opening budget is not the contract's budget, even where the rate pairs it.
        #expect(RatePairedProseFunds.read("年初预算资金500万元，执行金额400万元，执行率80%。") == nil)
        // What arrived is no budget.
        #expect(RatePairedProseFunds.read("实际到位资金合计500万元，执行金额400万元，执行率80%。") == nil)
        #expect(RatePairedProseFunds.read("到位财政资金500万元，执行金额400万元，执行率80%。") == nil)
    }

    // MARK: - The kind a title-less report's outline shows

    @Test func aTransferPaymentReportsFirstSectionNamesItsKind() throws {
        let r = try buildFromLines("""
            一、绩效目标分解下达情况
            （一）中央下达转移支付预算和绩效目标情况。2024年中央下达林下种植项目资金300万元。
            二、绩效目标完成情况分析
            （一）资金投入情况分析。项目资金已全部到位。
            """)
        #expect(r.metadata.kind == .transferPaymentEvaluation)
    }

    @Test func aProjectReportsFirstSectionBeatsASentenceNamingAGrant() throws {
        let r = try buildFromLines("""
            绩效自评报告

            一、项目概况
            （一）项目基本性质、用途和主要内容
            项目名称：松岭市中医院设备更新项目。2023年该院卫生健康发展专项资金预算860万元。
            二、项目资金使用及管理情况
            资金已按进度拨付。
            """)
        #expect(r.metadata.kind == .projectEvaluation)
    }

    @Test func onlyAFirstLevelHeadingOfTheSectionsNameIsAnOutline() {
        #expect(OutlineKind.kind(lines: ["一、项目概况"]) == .projectEvaluation)
        #expect(OutlineKind.kind(lines: ["一、项目基本情况"]) == .projectEvaluation)
        #expect(OutlineKind.kind(lines: ["一、绩效目标分解下达情况"]) == .transferPaymentEvaluation)
        // A heading under another (a department's projects), or a sentence after the words.
        #expect(OutlineKind.kind(lines: ["一、部门基本情况", "（一）项目概况"]) == nil)
        #expect(OutlineKind.kind(lines: ["1.项目概况"]) == nil)
        #expect(OutlineKind.kind(lines: ["一、项目概况良好，资金使用规范。"]) == nil)
        #expect(OutlineKind.kind(lines: ["项目概况"]) == nil)
    }

    // MARK: - Posting times

    @Test func aPostingTimeLabelledFaBiaoShiJianIsThePublishingDate() throws {
        let r = try buildFromLines("""
            您的位置：首页>>工作总结>>正文

            梧桐县文化馆2023年工作总结及2024年工作计划

            发表时间：2024/1/8 09:12:45

            一、2023年工作开展情况
            全年举办展览6场。
            """)
        #expect(r.metadata.publishedOn == "2024-01-08")
    }

    @Test func aDateTimeOnTheArticlesToolbarLineIsThePostingTime() throws {
        let r = try buildFromLines("""
            首页 >> 政府信息公开 >> 预决算公开 >> 正文

            2023年度松岭市文化广电旅游局部门决算
            2024-09-20 10:15  市文广旅局 [字号: ] 打印

            目录
            """)
        #expect(r.metadata.publishedOn == "2024-09-20")
    }

    @Test func aDateOpeningASentenceUnderTheTitleIsNoPostingTime() throws {
        let r = try buildFromLines("""
            梧桐县医疗保障局上半年工作总结

            2024年6月28日，县医疗保障局召开半年工作会议，总结上半年全县医保工作，部署下半年重点任务。

            一、上半年工作情况
            参保人数保持稳定。
            """)
        #expect(r.metadata.publishedOn == nil)
    }

    // MARK: - A body's own-level final accounts

    @Test func ownLevelFinalAccountsAreNoEvaluation() {
        #expect(MetadataInterpreter.isFinalAccounts("2022年松岭县卫生健康局本级决算公开"))
        #expect(MetadataInterpreter.kind(title: "2022年松岭县卫生健康局本级决算公开", lines: [], tables: []) == .other)
        // Accounts evaluated are an evaluation.
        #expect(!MetadataInterpreter.isFinalAccounts("松岭县卫生健康局2022年度本级决算绩效评价报告"))
    }

    // MARK: - An outline before the article's title

    @Test func anOutlineBeforeTheTitleGivesWayToTheTitle() throws {
        let r = try buildFromLines("""
            一、工作完成情况
            （一）加强党建引领
            （二）推进基层卫生建设
            二、存在问题
            三、2024年工作计划
            （一）完善服务体系
            县卫健局2023年度工作总结与2024年度工作计划
            2023年，县卫健局围绕县委、县政府决策部署，扎实推进各项工作，现将工作情况报告如下：
            一、工作完成情况
            （一）加强党建引领。全年开展集中学习12次。
            二、存在问题
            基层人才仍显不足。
            """)
        #expect(r.metadata.title == "县卫健局2023年度工作总结与2024年度工作计划")
        // The year summarised, not the plan's year the outline names first.
        #expect(r.metadata.year == 2023)
        #expect(r.metadata.kind == .workSummary)
        // The outline's lines are text: the headings open sections once.
        #expect(r.sections.filter { $0.number == "一、" }.count == 1)
        #expect(r.sections.first?.paragraphs.contains("（二）推进基层卫生建设") == true)
    }

    @Test func headingsThatAreNotRepeatedAfterATitleAreNoOutline() {
        func lines(_ ts: [String]) -> [BodyItem] {
            ts.map { .line(SourceLine(raw: $0, origin: .textLine, page: nil, emphasized: false, startsBlock: false)) }
        }
        // The outline's first heading never comes again: the title line is the report's first heading's text.
        #expect(LeadingOutline.find(lines(["一、基本情况", "（一）机构设置", "（二）人员情况", "县文化馆2023年度工作总结", "正文第一段。"])) == nil)
        // Only two numbered lines.
        #expect(LeadingOutline.find(lines(["一、基本情况", "二、存在问题", "县文化馆2023年度工作总结", "一、基本情况"])) == nil)
        // A sentence among the numbered lines: a body, not an outline.
        #expect(LeadingOutline.find(lines(["一、基本情况", "（一）全年开展培训12次。", "（二）人员情况", "县文化馆2023年度工作总结", "一、基本情况"])) == nil)
        // No title after them.
        #expect(LeadingOutline.find(lines(["一、基本情况", "（一）机构设置", "（二）人员情况", "全年开展培训12次。", "一、基本情况"])) == nil)
        // The whole shape.
        let found = LeadingOutline.find(lines(["一、基本情况", "（一）机构设置", "（二）人员情况", "县文化馆2023年度工作总结", "前言。", "一、基本情况"]))
        #expect(found?.outline == [0, 1, 2] && found?.title == 3)
    }
}
