@testable import ReportCore
import Testing

/// The reader's cheap first question about a cell: can it hold a word of the vocabulary at all?
/// A "no" must never be wrong, or a header or a level label would be missed.
@Suite struct HanScalarSetTests {
    let set = HanScalarSet("预执指")

    @Test func holdsExactlyItsCharacters() {
        #expect(set.contains("预") && set.contains("执") && set.contains("指"))
        #expect(!set.contains("标") && !set.contains("A") && !set.contains("（"))
        // The block's edges.
        let edges = HanScalarSet("\u{4E00}\u{9FFF}")
        #expect(edges.contains("\u{4E00}") && edges.contains("\u{9FFF}"))
        #expect(!edges.contains("\u{4DFF}") && !edges.contains("\u{A000}"))
    }

    @Test func mayOccurAnswersNoOnlyWhenNoComparisonCanSucceed() {
        #expect(set.mayOccur(in: "年度预算数"))
        #expect(!set.mayOccur(in: "1,286.40"))
        #expect(!set.mayOccur(in: "完成值"))
        #expect(!set.mayOccur(in: ""))
        // A compatibility ideograph (U+F900–U+FAFF) compares equal to a unified one: maybe.
        #expect(set.mayOccur(in: "\u{F9FF}"))
        #expect("\u{F900}" == "\u{8C48}")   // why: Swift's String equality is canonical
    }

    @Test func everyHeaderWordPassesTheHeaderGate() {
        for word in ["执行率", "全年预算数", "年初预算", "资金来源", "绩效指标", "指标类别", "一级指标", "二级指标", "三级指标",
                     "指标", "指标名称", "具体指标", "偏差原因", "改进措施", "备注", "说明", "调整后", "评分标准", "计分方法",
                     "指标性质", "运算符", "符号", "度量单位", "指标属性", "指标类型", "实际完成值", "完成情况", "实际值", "实现值",
                     "完成数", "得分", "分值", "权重", "年度指标值", "目标值", "预期目标", "年度目标", "计划值", "项目", "内容"] {
            #expect(ColumnRole.headerScalars.mayOccur(in: word), "\(word)")
        }
        #expect(ColumnRole.of(header: "1,286.40") == .other)
        #expect(ColumnRole.of(header: "全年执行数") == .amount)
    }

    @Test func levelLabelsAreRuledOutOnlyByAFirstCharacterNoLabelStartsWith() {
        #expect(IndicatorLevels.level1(of: "产") == "产出指标")
        #expect(IndicatorLevels.level1(of: " 满意度 指标 (10分)") == "满意度指标")
        #expect(IndicatorLevels.level1(of: "95%") == nil)
        #expect(IndicatorLevels.level1(of: "数量指标") == nil)
        #expect(IndicatorLevels.level2Parent(of: "服务对象") == "满意度指标")
        #expect(IndicatorLevels.level2Parent(of: "  社会效益指标") == "效益指标")
        #expect(IndicatorLevels.level2Parent(of: "≥95%") == nil)
        #expect(set.rulesOutAsFirst("A") && set.rulesOutAsFirst("标") && !set.rulesOutAsFirst("预"))
        // Not an ASCII character and not a unified ideograph: never ruled out.
        #expect(!set.rulesOutAsFirst("（") && !set.rulesOutAsFirst("\u{F9FF}"))
    }
}
