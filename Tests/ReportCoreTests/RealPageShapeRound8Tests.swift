import Foundation
@testable import ReportCore
import ReportModel
import Testing

/// Rules written for shapes seen on published form pages in the eighth round of reading them:
/// each on hand-built lines or cells, with invented content, positive and negative.
@Suite struct RealPageShapeRound8Tests {
    // MARK: - A run-together indicator block, read from its header

    /// The block starts where the levels' words touch; the text before it is kept apart.
    @Test func runTogetherBlockSplitsFromItsLine() throws {
        let line = "项目支出绩效自评表(2023年度)项目名称某项目主管部门芦川县水利局绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分产出指标数量指标巡查次数≥12次12次2020"
        let (before, block) = try #require(RunTogetherForm.split(line))
        #expect(before == "项目支出绩效自评表(2023年度)项目名称某项目主管部门芦川县水利局")
        #expect(block.hasPrefix("绩效指标一级指标二级指标"))
        // Wrapped inside its words (`一级 指标二级 指标`): still touching, spaces are wraps.
        #expect(RunTogetherForm.split("绩 效 指 标一级 指标二级 指标三级指标年度指标 值全年 完成值未完成原因和 改进措施产 出 指 标") != nil)
        // NEGATIVE: a header whose words are set apart is read by its separators.
        #expect(RunTogetherForm.split("一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分") == nil)
        // NEGATIVE: the levels touching but fewer than four column words: no header.
        #expect(RunTogetherForm.split("一级指标二级指标三级指标为本表所列") == nil)
        // NEGATIVE: prose naming the levels.
        #expect(RunTogetherForm.split("本表的一级指标、二级指标由财政部门统一设置。") == nil)
    }

    /// The header's words, then the rows cut at labels and at the values a row ends with.
    @Test func runTogetherCellsUnderTheHeader() throws {
        let cells = try #require(RunTogetherForm.cells(
            "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及拟采取的改进措施产出指标(50分)数量指标"
            + "改造渠道长度20≥3.2公里≥3.2公里20质量指标工程验收合格率10100%100%10效益指标(30分)社会效益指标"
            + "群众灌溉条件改善程度10明显改善明显改善10总分10098"))
        #expect(Array(cells.prefix(9)) == ["绩效指标", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分",
                                           "未完成原因及拟采取的改进措施"])
        #expect(Array(cells.dropFirst(9)) == [
            "产出指标(50分)", "数量指标", "改造渠道长度", "20", "≥3.2公里", "≥3.2公里", "20",
            // The weight glued to a target that the actual repeats comes apart.
            "质量指标", "工程验收合格率", "10", "100%", "100%", "10",
            "效益指标(30分)", "社会效益指标",
            // A qualitative target and actual written the same, between the weight and the score.
            "群众灌溉条件改善程度", "10", "明显改善", "明显改善", "10",
            // 总分's 100 and the score.
            "总分", "100", "98",
        ])
    }

    /// A name keeps the figures inside it; the old templates' numbering stays with the name, and
    /// an empty numbered slot stands alone.
    @Test func runTogetherNamesKeepTheirFigures() {
        let roles: [ColumnRole] = [.level1, .level2, .name, .target, .actual, .note]
        #expect(RunTogetherForm.body(Array("数量指标5000吨稻谷、500吨成品粮储备到位率100%100%库存数量真实率100%100%"), from: 0, roles: roles)
            == ["数量指标", "5000吨稻谷、500吨成品粮储备到位率", "100%", "100%", "库存数量真实率", "100%", "100%"])
        #expect(RunTogetherForm.body(Array("数量指标指标1:发放人数≥20人22人时效指标指标1:指标2:"), from: 0, roles: roles)
            == ["数量指标", "指标1:发放人数", "≥20人", "22人", "时效指标", "指标1:", "指标2:"])
        // Where no figure column follows the actual, a word written twice ends the name (高 | 高).
        #expect(RunTogetherForm.body(Array("可持续影响指标设备维护及安全性高高满意度指标"), from: 0, roles: roles)
            == ["可持续影响指标", "设备维护及安全性", "高", "高", "满意度指标"])
    }

    /// Units: one the templates list whatever follows; an unlisted one only where a value, a label
    /// or the end follows.
    @Test func runTogetherUnits() {
        let roles: [ColumnRole] = [.level1, .level2, .name, .target, .actual]
        // `粒` is no listed unit: the next value bounds it.
        #expect(RunTogetherForm.body(Array("数量指标发放种薯≥550万粒560万粒"), from: 0, roles: roles)
            == ["数量指标", "发放种薯", "≥550万粒", "560万粒"])
        // NEGATIVE: `个质量指` reads as a unit (as `个工作日` does) but a label's first characters follow.
        #expect(RunTogetherForm.body(Array("数量指标网点数8个8个质量指标合格率100%100%"), from: 0, roles: roles)
            == ["数量指标", "网点数", "8个", "8个", "质量指标", "合格率", "100%", "100%"])
        // NEGATIVE: a lone figure with words after it stays in the name.
        #expect(RunTogetherForm.body(Array("数量指标培训2期学员人数≥60人64人"), from: 0, roles: roles)
            == ["数量指标", "培训2期学员人数", "≥60人", "64人"])
    }

    @Test func halvesAndTotals() {
        #expect(RunTogetherForm.halves("显著提升显著提升") == ["显著提升", "显著提升"])
        #expect(RunTogetherForm.halves("100100") == ["100", "100"])
        // NEGATIVE: `99` is a score, not 9 and 9; unequal halves stay whole.
        #expect(RunTogetherForm.halves("99") == ["99"])
        #expect(RunTogetherForm.halves("完成任务") == ["完成任务"])
    }

    /// The whole form, wrapped over two lines, read end to end.
    @Test func runTogetherFormReadEndToEnd() throws {
        let r = try buildFromLines("""
            苇塘县2023年度项目支出绩效目标自评表
            绩效目标自评表(2023年度)项目名称苇塘县河道保洁项目主管部门苇塘县水利局实施单位苇塘县河道管理站绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及拟采取的改进措施产出指标(50分)数量指标保洁河道长度30≥42公里≥42公里30
            时效指标保洁及时率20≥95%93%18效益指标(30分)社会效益指标河道环境改善程度30明显改善明显改善30满意度指标(10分)服务对象满意度指标沿河群众满意度10≥90%95%10总分10098
            """)
        #expect(r.indicators.map(\.name) == ["保洁河道长度", "保洁及时率", "河道环境改善程度", "沿河群众满意度"])
        #expect(r.indicators[0].target?.raw == "≥42公里")
        #expect(r.indicators[0].weight == 30)
        #expect(r.indicators[1].actual?.raw == "93%")
        #expect(r.indicators[1].score == 18)
        #expect(r.indicators[2].target?.raw == "明显改善")
        #expect(r.indicators[3].level2 == "服务对象满意度指标")
        #expect(r.scores?.total == 98)
        #expect(r.metadata.issuer == "苇塘县水利局")
    }

    /// A funds header run together inside a longer line (its column letters part of its words) is
    /// warned of while its amounts are not read.
    @Test func runTogetherFundsHeaderWarned() {
        let line = "项目资金（万元）全年预算数（A）全年执行数（B）执行率（B/A）年度资金总额96.596.5100.00%其中：中央补助6060100.00%"
        #expect(IndicatorReader.runTogetherWarnings([line], indicatorsRead: true, fundsRead: false).count == 1)
        // NEGATIVE: the funds were read: nothing was lost.
        #expect(IndicatorReader.runTogetherWarnings([line], indicatorsRead: true, fundsRead: true).isEmpty)
        // NEGATIVE: the words listed in a sentence, set apart.
        #expect(IndicatorReader.runTogetherWarnings(["表中设全年预算数、全年执行数、执行率三栏，由各单位据实填写金额"], indicatorsRead: false, fundsRead: false).isEmpty)
    }

    /// A sentence naming 目标 is no column word: the goals' text before an indicator header on the
    /// next line stays goals, and the header starts at 一级指标.
    @Test func sentenceIsNoHeaderWord() throws {
        #expect(FormHeader.role("完成年度目标。") == nil)
        #expect(FormHeader.role("年度目标") == .target)
        let r = try buildFromLines("""
            项目支出绩效自评表
            年度总体目标完成情况 预期目标 实际完成情况
             完成全年巡河任务,整治河段三处。 完成年度目标。
            一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分
            产出指标 数量指标 整治河段数 3处 3处 20 20
            """)
        #expect(r.goals.planned == ["完成全年巡河任务,整治河段三处。"])
        #expect(r.goals.achieved == ["完成年度目标。"])
        #expect(r.indicators.map(\.name) == ["整治河段数"])
    }

    // MARK: - A total the form's head states by its label

    @Test func headTotal() {
        #expect(ScoresReader.headTotal(in: ["部门整体绩效自评表主管部门某县林业局自评总分(分)96.4年初预算数"], tables: []) == 96.4)
        #expect(ScoresReader.headTotal(in: ["填报日期:2020 年 2 月 18 日 自评总分: 69 单位领导审签:"], tables: []) == 69)
        #expect(ScoresReader.headTotal(in: [], tables: [TableGrid(rows: [["项目名称", "某项目", "自评得分", "92.5"]], positional: true)]) == 92.5)
        // NEGATIVE: a rate, a figure over 100, a label with no figure.
        #expect(ScoresReader.headTotal(in: ["自评得分率95%以上"], tables: []) == nil)
        #expect(ScoresReader.headTotal(in: ["自评总分(分)812.6"], tables: []) == nil)
        #expect(ScoresReader.headTotal(in: ["自评总分由评价小组核定"], tables: []) == nil)
    }

    // MARK: - Head labels, captions, kinds, notes

    @Test func projectAuthorityLabelEndsAValue() {
        let head = "项目名称办公网络维护项目实施单位芦川县信息中心项目主管单位芦川县纪委监委项目负责人某某"
        #expect(GluedLabels.value(after: "实施单位", in: head) == "芦川县信息中心")
        // NEGATIVE: without a label after it, no value.
        #expect(GluedLabels.value(after: "实施单位", in: "由实施单位负责组织验收") == nil)
    }

    @Test func sharingSiteCaptionDropped() {
        #expect(Furniture.cleanInline("文档介绍:项目支出绩效自评表") == "项目支出绩效自评表")
        #expect(Furniture.cleanInline("文档简介：某县2022年度部门整体支出绩效自评报告") == "某县2022年度部门整体支出绩效自评报告")
        // NEGATIVE: the words inside a sentence stay.
        #expect(Furniture.cleanInline("本文档介绍了项目情况") == "本文档介绍了项目情况")
        #expect(Furniture.cleanInline("文档介绍会议于3月召开") == "文档介绍会议于3月召开")
    }

    @Test func projectFormWithoutUnitRow() {
        let lines = ["项目名称 | 困难群众临时救助", "主管部门 | 芦川县民政局", "全年预算数(A) | 全年执行数(B) | 执行率(B/A)"]
        #expect(MetadataInterpreter.layoutKind(lines: lines, tables: []) == .projectEvaluation)
        // NEGATIVE: a target declaration (申报表) has no execution column.
        #expect(MetadataInterpreter.layoutKind(lines: ["项目名称 | 困难群众临时救助", "主管部门 | 芦川县民政局", "资金总额 | 42"], tables: []) == nil)
    }

    @Test func noteInOneCell() {
        #expect(TableSegmenter.headerKind(["说明：本表由某县医疗保障局填报"]) == .notes)
        // NEGATIVE: a name that starts with 说明 is no note.
        #expect(TableSegmenter.headerKind(["说明书印制数量", "≥500份", "520份"]) != .notes)
    }
}
