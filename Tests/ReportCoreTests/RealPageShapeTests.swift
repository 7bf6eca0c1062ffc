import Foundation
@testable import ReportCore
import ReportModel
import Testing

/// Rules written for shapes seen on published pages that the samples did not hold: each on
/// hand-built cells or lines, with invented content.
@Suite struct RealPageShapeTests {
    /// A rate column whose header spells its formula out is a header word; a level's weight is not.
    @Test func formulaInAHeaderWord() {
        #expect(ColumnRole.isHeaderWord("预算执行率(B/A×100%)"))
        #expect(ColumnRole.isHeaderWord("全年预算数（A）"))
        #expect(ColumnRole.withoutFormula("预算执行率(B/A×100%)") == "预算执行率")
        #expect(ColumnRole.withoutFormula("产出指标(50分)") == "产出指标(50分)")
        #expect(!ColumnRole.isHeaderWord("2023年度指标值"))
    }

    /// A funds label that carries its amount after a colon: the label and the amount apart.
    @Test func amountAfterAFundsLabel() {
        #expect(FundsReader.inlineAmount("政府性基金拨款：118.82") == ("政府性基金拨款", 118.82))
        #expect(FundsReader.inlineAmount("其中:一般公共预算:1325.68").label == "其中:一般公共预算")
        #expect(FundsReader.inlineAmount("纳入专户管理的非税收入拨款：").amount == nil)
        #expect(FundsReader.inlineAmount("年度资金总额").amount == nil)
    }

    /// A row of short sentences naming 执行数 and 预算数 heads no funds block.
    @Test func sentenceRowIsNoHeader() {
        #expect(TableSegmenter.headerKind(["执行准确性", "按下达金额执行，执行数未偏离预算数。"]) == nil)
        #expect(TableSegmenter.headerKind(["资金投入情况（万元）", "全年预算数（A）", "全年执行数（B）", "预算执行率（B/A×100%）"]) == .funds)
    }

    /// The body that wrote a cited notice is not a candidate issuer.
    @Test func bodiesInCitedTitlesAreLeftOut() {
        let text = "我局根据《柳岸市财政局关于开展绩效自评的通知》要求，会同柳岸市民政局开展自评。"
        #expect(OrganizationNames.find(in: [text]).compactMap(OrganizationNames.clean) == ["柳岸市民政局"])
        #expect(OrganizationNames.withoutCitedTitles("a《b》c《d") == "a\nc《d")
    }

    /// A conclusion stating the grade alone is the grade; a conclusion in prose is not.
    @Test func gradeInAConclusion() {
        #expect(ScoresReader.grade(in: ["项目资金绩效自评得分为96分，自评结论为“优秀”。"], tables: []) == "优")
        #expect(ScoresReader.grade(in: ["评价结论：良好的组织保障了项目实施。"], tables: []) == nil)
    }

    /// Document properties before a one-line form's title stay out of the title.
    @Test func propertiesBeforeATitle() {
        let cells = ["李某", "abc123", "2019-05-22T04:56:35Z", "False", "附件：", "项目支出绩效自评表", "（2022年度）", "项目名称", "道路养护"]
        let found = TextTableFinder.titleCells(cells)
        #expect(found?.lead == 4)
        #expect(found?.count == 3)
    }

    /// The unit on the line after its label in a form copied one cell per line; the breakdown's
    /// amounts after their labels.
    @Test func cellPerLineUnitAndInlineAmounts() throws {
        let r = try buildFromLines("""
            2023年度部门整体支出绩效自评表

            预算部门、单位名称

            石桥县青岗乡人民政府

            年度预算申请（万元）

            年初预算数

            全年预算数

            全年执行数

            执行率

            年度资金总额

            612.4

            1486.3

            1486.3

            100%

            按收入性质分：1486.3

            其中：一般公共预算：1102.5

            政府性基金拨款：383.8

            年度总体目标

            预期目标

            实际完成情况
            """)
        #expect(r.metadata.issuer == "石桥县青岗乡人民政府")
        #expect(r.funding.map(\.item) == ["年度资金总额", "一般公共预算", "政府性基金拨款"])
        #expect(r.funding.last?.budget == 383.8)
        #expect(r.funding.last?.executed == nil)
    }
}
