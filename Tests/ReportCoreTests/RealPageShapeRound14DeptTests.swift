import Foundation
@testable import ReportCore
import ReportModel
import Testing

/// Rules written in the fourteenth round on department-whole and medical-insurance bureaus'
/// reports: the year's funds stated in prose, a total whose label a hard wrap parts from its
/// figure, a cut cell's fragment taken for the title. Hand-built text, invented content.
@Suite struct RealPageShapeRound14DeptTests {
    // MARK: - Funds in prose

    @Test func fundsInOneSentenceOfProseAreTheYearsRow() throws {
        let r = try buildFromLines("""
            青禾县医疗保障局2023年度部门整体支出绩效自评报告

            一、部门基本情况

            本局内设3个科室，在职人员21人。

            二、预算执行情况

            2023年部门年初预算856.40万元，年中调整预算为1204.75万元，比年初预算增加348.35万元，全年执行数1188.32万元，主要是上级补助资金年中下达。
            """)
        #expect(r.funding.count == 1)
        #expect(r.funding.first?.item == "年度资金总额")
        #expect(r.funding.first?.budget == 1204.75 && r.funding.first?.executed == 1188.32)
        // The text states no rate: none is made up.
        #expect(r.funding.first?.executionRate == nil)
    }

    @Test func aStatedRateJoinsFiguresOfTwoSentencesAcrossAHardWrap() throws {
        let r = try buildFromLines("""
            云溪县医疗保障局2023年度医疗保障服务能力提升补助资金绩效自评报告

            （一）资金投入情况分析

            1.资金投入情况：上级下达补助资金620万元，结转上年资金480.5万元，全年可使用资金合
            计1100.5万元。

            2.资金执行情况：截至年底共使用资金836.38万元，资金执行率达76.0%。
            """)
        #expect(r.funding.count == 1)
        #expect(r.funding.first?.budget == 1100.5 && r.funding.first?.executed == 836.38)
        #expect(r.funding.first?.executionRate == 76.0)
    }

    @Test func proseFiguresThatAreNoBudgetAndSpendingGiveNoRow() {
        // 年初预算 is not the budget the contract means; `比年初预算增加` names a difference.
        #expect(ProseFundsRow.read(["2023年年初预算900万元，比年初预算增加50万元，全年执行数850万元，执行率94.44%。"]) == nil)
        // A 决算's totals.
        #expect(ProseFundsRow.read(["2023年度本年收入合计792.22万元，本年支出合计799.12万元。"]) == nil)
        // Money available is not money spent (`可使用资金` holds `使用资金`); 到位 is not spent either.
        #expect(ProseFundsRow.read(["全年预算1000万元，可使用资金800万元，实际到位资金700万元。"]) == nil)
        // A stated rate no pair gives is another sum's: nothing is guessed.
        #expect(ProseFundsRow.read(["调整预算1000万元，全年执行数900万元。", "其中项目执行率85%。"]) == nil)
        // Without a rate, figures of two sentences are not paired.
        #expect(ProseFundsRow.read(["调整预算1000万元。", "另有一项工作全年执行数900万元。"]) == nil)
    }

    @Test func aFormsFundsTableWinsOverProse() throws {
        let r = try buildFromLines("""
            青禾县医疗保障局2023年度部门整体支出绩效自评报告

            年中调整预算为1000万元，全年执行数900万元。

            | 资金投入情况（万元） | 全年预算数 | 全年执行数 | 执行率 |
            | --- | --- | --- | --- |
            | 年度资金总额 | 300 | 270 | 90% |
            """)
        #expect(r.funding.count == 1 && r.funding.first?.budget == 300)
    }

    // MARK: - A total parted from its label by a hard wrap

    @Test func aTotalWrappedAwayFromItsLabelIsRead() throws {
        let r = try buildFromLines("""
            青禾县文化馆2023年度部门整体支出绩效自评报告

            3.部门整体支出绩效自评开展情况。按照预算绩效管理要求，本部门对2023年整体支出开展绩效自评，自评得分
            92.5 分，存在的问题：一是预算编制不够精细。
            """)
        #expect(r.scores?.total == 92.5)
    }

    @Test func aLabelAtALinesEndWithoutItsFigureNextGivesNoTotal() {
        // The next line goes on with a year, or the figure is a scale (`100分制`), or a count.
        #expect(WrappedProseTotal.read(["本部门对整体支出开展绩效自评，自评得分", "2023年度情况良好。"]) == nil)
        #expect(WrappedProseTotal.read(["评价采用百分制，总分", "100分制，分四个等级。"]) == nil)
        #expect(WrappedProseTotal.read(["本次自评得分", "较上年提高，达到优。"]) == nil)
        // A figure starting the next line after a label that is not a score's.
        #expect(WrappedProseTotal.read(["单位在职人员", "90 分布在三个科室。"]) == nil)
    }

    // MARK: - A cut cell's tail is no title

    @Test func aCutCellsTailIsNoTitle() {
        #expect(TitleWords.strength("10 ) 绩效目标明确性") == nil)
        #expect(TitleWords.strength("3 2 ( 特性指标70 分)项目绩效(20 ) 项目完成完成数量") == nil)
        #expect(CutCellTail.holds("分）部门整体支出绩效自评表"))
        // A title's own brackets balance, at its end or inside; the figure it starts with is a year.
        #expect(!CutCellTail.holds("青禾县医疗保障局部门整体支出绩效自评表(2023年度)"))
        #expect(TitleWords.strength("青禾县医疗保障局（本级）2023年度部门整体支出绩效自评报告") == .strong)
        #expect(TitleWords.strength("2023年度青禾县医疗保障局部门整体支出绩效自评报告") == .strong)
        #expect(!CutCellTail.holds("2023-2025年青禾县医疗保障事业发展规划"))
    }

    // MARK: - A final accounts' contents name no form

    @Test func aFinalAccountsContentsListIsNoProjectEvaluation() throws {
        let r = try buildFromLines("""
            公开时间:2024年9月20日
            第一部分部门概况
            一、部门职责
            第二部分2023年度部门决算情况说明
            一、收入支出决算总体情况说明
            第五部分附表
            八、一般公共预算财政拨款基本支出决算明细表
            九、一般公共预算财政拨款项目支出决算表
            第一部分部门概况
            一、部门职责
            1.组织拟订全县医疗保障事业发展规划并组织实施。
            """)
        #expect(r.metadata.kind == .other)
        #expect(FinalAccountsLine.holds("九、一般公共预算财政拨款项目支出决算表"))
        // A line evaluating the accounts, or a form's own name, still says the kind.
        #expect(!FinalAccountsLine.holds("某局2023年度项目支出决算绩效评价报告"))
        #expect(MetadataInterpreter.kind(of: "某局项目支出绩效自评表") == .projectEvaluation)
    }

    // MARK: - A committee's office is the whole name

    @Test func aCommitteesOfficeKeepsItsOffice() {
        #expect(OrganizationNames.find(in: ["项目单位：柏溪县机构编制委员会办公室"]) == ["柏溪县机构编制委员会办公室"])
        // A committee with no office after it stays the committee; a bureau's office is not its name.
        #expect(OrganizationNames.find(in: ["主管部门：柏溪县卫生健康委员会"]) == ["柏溪县卫生健康委员会"])
        #expect(OrganizationNames.find(in: ["汇总单位：柏溪县医疗保障局办公室"]) == ["柏溪县医疗保障局"])
    }

    // MARK: - The year the prose says was evaluated

    @Test func theYearOfTheEvaluationStatementStandsWhereNoTitleGivesOne() {
        #expect(EvaluatedYearStatement.year(in: ["按照预算绩效管理要求，本部门对", "2017 年整体支出开展绩 效自评，自评得分"]) == 2017)
        #expect(EvaluatedYearStatement.year(in: ["按照预算绩效管理要求，本部门对2017 年整体支出开展绩 效自评，自评得分"]) == 2017)
        #expect(EvaluatedYearStatement.year(in: ["我局对2023年度城乡居民医保补助资金开展了绩效评价。"]) == 2023)
        // A date before 对, a summary of the year's work, a year with no evaluation after it.
        #expect(EvaluatedYearStatement.year(in: ["2024年4月对单位财务开展绩效检查。"]) == nil)
        #expect(EvaluatedYearStatement.year(in: ["现对2023年度工作进行总结，绩效目标基本完成。"]) == nil)
    }

    @Test func aCopyStartingInsideAFlattenedTableKeepsTheEvaluatedYear() throws {
        // More fragment lines than the first lines a year is looked for in, no title among them.
        let fragments = (1...12).map { "\($0 % 5 + 1) \($0 % 4 + 1) 指标\($0)(5 分)" }.joined(separator: "\n")
        let r = try buildFromLines(fragments + "\n" + fragments + """

            3.部门整体支出绩效自评开展情况。按照预算绩效管理要求，本部门对
            2017 年整体支出开展绩效自评，自评得分
            90 分，存在的问题：一是预算编制不够细化。
            """)
        #expect(r.metadata.title == nil)
        #expect(r.metadata.year == 2017)
        #expect(r.scores?.total == 90)
    }
}
