@testable import ReportCore
import Testing

/// A province's funds table for transfer funds: rows numbered (行次), columns numbered (列次), the
/// budget split into 全年预算数(A), 统筹整合资金数(B) and 扣除…后预算金额(C), execution written
/// 全年执行资金(E) and its rate only by formula beside another ratio; labels carrying their unit.
@Suite struct RowNumberedFundsTests {
    @Test func headerOfExecutionFundsIsAFundsHeader() {
        #expect(TableSegmenter.headerKind(["资金投入情况（万元）", "行次", "全年预算数(A)", "统筹整合资金数(B)",
                                           "全年执行资金(E)", "预算执行(E/C×100%)"]) == .funds)
        // Negative: the amounts' words without any execution column head no funds block.
        #expect(TableSegmenter.headerKind(["资金投入情况（万元）", "全年预算数(A)", "全年到位资金(D)"]) == nil)
    }

    /// The rate by its formula where it names execution; another ratio (funds arrived) is none.
    @Test func ratioColumnsByFormula() {
        #expect(FundsReader.column("预算执行(E/C×100%)") == .rate)
        #expect(FundsReader.column("预算到位(D/C×100%)") == .other)
        #expect(FundsReader.column("全年执行资金(E)") == .executed)
        #expect(FundsReader.column("全年到位资金(D)") == nil)
        #expect(FundsReader.column("行次") == nil)
        #expect(FundsReader.isRatio("执行率（B/A）"))
        #expect(!FundsReader.isRatio("全年预算数(A)"))
        #expect(!FundsReader.isRatio("其他资金(万元/年)"))
    }

    /// `年度资金总额(万元):` is the item 年度资金总额; a bracket that is not the unit stays.
    @Test func unitAfterTheLabelIsNoPartOfItsName() {
        #expect(FundsReader.itemName("年度资金总额(万元):") == "年度资金总额")
        #expect(FundsReader.itemName("其中:中央财政资金（万元）") == "中央财政资金")
        #expect(FundsReader.itemName("其他资金(万元,自有资金、社会资本等)") == "其他资金(万元,自有资金、社会资本等)")
        #expect(FundsReader.itemName("(万元)") == "(万元)")
    }
}
