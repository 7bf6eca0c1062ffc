import Foundation
@testable import ReportCore
import ReportModel
import Testing

/// Rules written in the sixteenth round on real pages: the older provincial project template's
/// period (项目起止时间) as the year evaluated and its labelled sums (计划安排资金 / 实际支出) as the
/// year's funds, a department's prose totals in 元 proved by their rate, a level's weight in
/// brackets wrapped under its label. Hand-built text, invented content.
@Suite struct RealPageShapeRound16Tests {
    // MARK: - The older project template: period and labelled sums

    static let overviewOneCellALine = """
        梧桐市东岭区财政支出项目绩效评价自评报告

        项目名称        困难群众救助

        项目单位     东岭区民政局

        报告日期:2020 年6 月 18 日

        一、项 目 基 本 概 况

        项目起止时间

        2019年1月起至2019年12 月止

        计划安排资金

        (万元)

        640.5

        实际到位资金

        (万元)

        640.5

        实际支出

        (万元)

        598.2

        结余(万元)

        42.3
        """

    @Test func theProjectPeriodWithinOneYearIsTheYearEvaluated() throws {
        let r = try buildFromLines(Self.overviewOneCellALine)
        // The report date's 2020 is the writing's.
        #expect(r.metadata.year == 2019)
    }

    @Test func thePlannedSumAndTheSpentSumAreTheYearsFunds() throws {
        let r = try buildFromLines(Self.overviewOneCellALine)
        #expect(r.funding.count == 1)
        let row = try #require(r.funding.first)
        // 实际到位资金 (what arrived) is not the executed sum; no rate is stated, none is made.
        #expect(row.budget == 640.5 && row.executed == 598.2 && row.executionRate == nil)
    }

    @Test func theLabelledSumsInPipeRowsAreRead() {
        let row = PlannedAndSpentCells.read([
            "计划安排资金 (万元) |", "820 |", "实际到位资金 (万元) |", "820 |", "实际支出 (万元) |", "716.4 |", "结余(万元) |", "103.6 |",
        ])
        #expect(row?.budget == 820 && row?.executed == 716.4)
        let oneRow = PlannedAndSpentCells.read(["计划安排资金(万元) 820 实际到位资金(万元) 820 实际支出(万元) 716.4 结余(万元) 103.6"])
        #expect(oneRow?.budget == 820 && oneRow?.executed == 716.4)
    }

    @Test func sumsInASentenceOrWithoutTheirUnitOrPairAreNotTheTemplatesCells() {
        // A sentence is the prose readers' to read.
        #expect(PlannedAndSpentCells.read(["本年计划安排资金820万元，实际支出716.4万元。"]) == nil)
        // No unit stated: the figure may be in 元.
        #expect(PlannedAndSpentCells.read(["计划安排资金", "820", "实际支出", "716.4"]) == nil)
        // The planned sum alone, with what arrived: no executed sum.
        #expect(PlannedAndSpentCells.read(["计划安排资金(万元)", "820", "实际到位资金(万元)", "820"]) == nil)
        // A label whose next cell is no figure.
        #expect(PlannedAndSpentCells.read(["计划安排资金(万元)", "详见附表", "实际支出(万元)", "716.4"]) == nil)
    }

    @Test func aPeriodOverTwoYearsOrInASentenceGivesNoYear() {
        #expect(ProjectPeriodYear.year(in: ["项目起止时间", "2018年10月起至2019年9月止"]) == nil)
        #expect(ProjectPeriodYear.year(in: ["项目起止时间:2021.1-2021.12"]) == 2021)
        #expect(ProjectPeriodYear.year(in: ["本项目于2019年1月起至2019年12月止完成建设。"]) == nil)
        // The label with no period after it says nothing; a later label may.
        #expect(ProjectPeriodYear.year(in: ["起止时间", "见合同", "项目实施期：2022年3月至2022年11月"]) == 2022)
    }

    // MARK: - A department's totals in 元 proved by the rate

    @Test func totalsInYuanPairedByTheirRateAreConverted() throws {
        let r = try buildFromLines("""
            梧桐县档案馆2024年整体支出绩效自评报告

            一、部门概况

            本馆2024年度收入合计3260450.00元，支出合计2934405.00元，执行率为90%，其中：基本支出2100000.00元，执行率达100%。
            """)
        let row = try #require(r.funding.first)
        #expect(row.budget == 326.045 && row.executed == 293.4405 && row.executionRate == 90)
        #expect(r.warnings.contains { $0.code == "funds-converted-from-yuan" })
    }

    @Test func totalsInYuanWithoutAProvingRateGiveNothing() {
        // A 决算's totals with no rate.
        #expect(YuanProseFunds.read(["2024年度收入合计3260450.00元，支出合计2934405.00元。"]) == nil)
        // A rate that is another pair's.
        #expect(YuanProseFunds.read(["收入合计3260450.00元，支出合计2934405.00元，基本支出执行率达100%。"]) == nil)
        // The rate in another sentence.
        #expect(YuanProseFunds.read(["收入合计3260450.00元，支出合计2934405.00元。", "项目执行率为90%。"]) == nil)
        // Sums in 万元 are ProseFundsRow's, not these.
        #expect(YuanProseFunds.read(["收入合计326.05万元，支出合计293.44万元，执行率为90%。"]) == nil)
    }

    // MARK: - A level's weight in brackets under its label

    @Test func aBracketedWeightIsNoIndicatorName() {
        #expect(IndicatorReader.isHeaderFragment("(50)"))
        #expect(IndicatorReader.isHeaderFragment("（30）"))
        #expect(IndicatorReader.isHeaderFragment("(50分)"))
        // A bare figure, or one bracket only, may be a cut value, not a weight.
        #expect(!IndicatorReader.isHeaderFragment("50"))
        #expect(!IndicatorReader.isHeaderFragment("(50"))
        #expect(!IndicatorReader.isHeaderFragment("(一)培训人数"))
    }

    // MARK: - A metadata table's label the reader does not know

    @Test func anUnknownLabelAndItsValueDoNotRunOnTheIndexNumber() {
        let line = MetadataLineReader.line(fromRow: ["索引号:", "QX3301/2023-00412", "部门:", "财政局"])
        let pairs = MetadataLineReader.split(line)
        #expect(pairs.first?.0 == .indexNumber && pairs.first?.1 == "QX3301/2023-00412")
        // Known labels after it are still read.
        let two = MetadataLineReader.split(MetadataLineReader.line(fromRow: ["栏目:", "专项资金", "发布机构:", "梧桐县财政局"]))
        #expect(two.contains { $0.0 == .issuer && $0.1 == "梧桐县财政局" })
    }

    @Test func aValueCellWithoutAColonStillContinuesItsLabel() {
        // Two value cells under one label (no colon on the second): one value, as before.
        #expect(MetadataLineReader.line(fromRow: ["发布机构", "梧桐县财政局", "预算科"]) == "发布机构：梧桐县财政局：预算科")
        #expect(UnknownLabelCell.holds("部门:") && UnknownLabelCell.holds("所属栏目："))
        #expect(!UnknownLabelCell.holds("2023-04:") && !UnknownLabelCell.holds("财政局") && !UnknownLabelCell.holds("第3号:"))
    }

    // MARK: - 编稿时间, a title-less department report's outline, a site's note before the title

    @Test func anEditingTimeLabelIsThePostingDate() throws {
        let r = try buildFromLines("""
            梧桐市东岭区财政支出项目绩效评价自评报告(助学)

            编稿时间:2019-08-12 来源: 区财政局

            一、项目基本概况
            项目单位 东岭区教育局
            """)
        #expect(r.metadata.publishedOn == "2019-08-12")
        // A sentence that opens with the words is no label.
        #expect(MetadataLineReader.split("编稿时间紧张，本文于下月修订。").isEmpty)
    }

    @Test func aDepartmentsFirstSectionNamesItsKindWhereTheOpeningSaysWholeSpending() {
        let lines = ["根据市财政局通知要求，我局开展了2023年度部门整体支出绩效自评工作。现将自评情况报告如下：", "一、部门基本情况", "（一）部门概况"]
        #expect(OutlineKind.kind(lines: lines) == .departmentEvaluation)
        // A body's final accounts open with the same section and say nothing of performance.
        #expect(OutlineKind.kind(lines: ["一、部门基本情况", "（一）职能职责", "二、收入支出决算总体情况说明"]) == nil)
        // A sub-heading is no outline of the report.
        #expect(OutlineKind.kind(lines: ["开展了部门整体支出绩效自评。", "（一）部门概况"]) == nil)
    }

    @Test func aSitesNoteBeforeTheFormsCaptionIsNoPartOfTheTitle() {
        #expect(SiteNotePrefix.cut("详情见附件(注:本页文字由附件图片转换,可能有误,以附件为准)部门预算项目支出绩效自评表(2024年度)")
            == "部门预算项目支出绩效自评表(2024年度)")
        // A bracketed part that is the report's own stays.
        #expect(SiteNotePrefix.cut("梧桐市文化和旅游局2024年度部门整体支出绩效评价报告(摘要)") == "梧桐市文化和旅游局2024年度部门整体支出绩效评价报告(摘要)")
        // What follows the note must still be a title.
        #expect(SiteNotePrefix.cut("详情见附件(注:图片识别)项目名称") == "详情见附件(注:图片识别)项目名称")
    }

    // MARK: - A title said twice on its line

    @Test func aTitleRepeatedWithoutItsYearIsSaidOnce() {
        #expect(RepeatedTitle.cut("2024年县文化馆工作总结及2025年工作计划 县文化馆工作总结及2025年工 作计划")
            == "2024年县文化馆工作总结及2025年工作计划")
        // Two different halves: a body's name and its report.
        #expect(RepeatedTitle.cut("梧桐县卫生健康局 2023年度部门整体支出绩效自评报告") == "梧桐县卫生健康局 2023年度部门整体支出绩效自评报告")
        // A short repeated word is no repeated title.
        #expect(RepeatedTitle.cut("梧桐县2023年度 2023年度 绩效自评报告") == "梧桐县2023年度 2023年度 绩效自评报告")
    }
}
