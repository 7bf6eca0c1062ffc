import Foundation
@testable import ReportCore
import ReportModel
import Testing

/// Rules written in the thirteenth round: a form's role rows (主管部门, 资金使用单位) under its
/// funds block, and figures typed in full-width digits. Hand-built text, invented content.
@Suite struct RealPageShapeRound13Tests {
    @Test func roleRowsUnderTheFundsBlockAreNoFunds() throws {
        let r = try buildFromLines("""
            青禾县2023年度农田建设补助资金绩效自评表

            | 资金投入情况（万元） | 全年预算数 | 全年执行数 | 执行率 |
            | --- | --- | --- | --- |
            | 年度资金总额 | 300 | 270 | 90% |
            | 中央财政资金 | 200 | 180 | 90% |
            | 地方资金 | 100 | 90 | 90% |
            | 地方主管部门 | 青禾县农业农村局 | | |
            | 资金使用单位 | 青禾县农田建设服务中心 | | |
            """)
        #expect(r.funding.map(\.item) == ["年度资金总额", "中央财政资金", "地方资金"])
        #expect(!FundsReader.isFundsItem("地方主管部门") && !FundsReader.isFundsItem("资金使用单位"))
        // Sources of funds still are, the unit's own money too.
        #expect(FundsReader.isFundsItem("地方资金") && FundsReader.isFundsItem("单位自筹资金"))
    }

    @Test func fullWidthFiguresAreRead() throws {
        let r = try buildFromLines("""
            青禾县２０２３年度农田建设补助资金绩效自评表

            | 资金投入情况（万元） | 全年预算数 | 全年执行数 | 执行率 |
            | --- | --- | --- | --- |
            | 年度资金总额 | ３００ | ２７０．５ | ９０．２％ |
            | 中央财政资金 | 3，000，000 | 2，700，000．00 | 90％ |
            """)
        #expect(r.metadata.year == 2023)
        #expect(r.funding.first?.budget == 300 && r.funding.first?.executed == 270.5)
        #expect(r.funding.first?.executionRate == 90.2)
        // A full-width stop between ASCII digits is the decimal point too: left, it ended the row.
        #expect(r.funding.count == 2 && r.funding.last?.executed == 2_700_000)
    }

    @Test func aMarkdownCopyWithEntitiesAndZeroWidthSpacesReadsAsThePage() throws {
        let r = try buildFromLines("""
            ## 青禾县农业农村局2023年度部门整体支出绩效自评报告

            索&nbsp;引&nbsp;号：QH-2024-0012

            **一、基本情况**

            本单位主要职责是农田建设。

            | 资金投入情况（万元） | 全年预算数 | 全年执行数 | 执行率 |
            | --- | --- | --- | --- |
            | 年度资金\u{200B}总额 | 300 | 270 | 90% |

            ### （一）绩效目标完成情况

            | 一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 |
            | --- | --- | --- | --- | --- |
            | 产出\u{200B}指标 | 数量指标 | 高标准农田建设面积 | &gt;=2万亩 | 2.1万亩 |
            """)
        #expect(r.metadata.title == "青禾县农业农村局2023年度部门整体支出绩效自评报告")
        #expect(r.metadata.indexNumber == "QH-2024-0012")
        #expect(r.sections.first?.title == "基本情况")
        #expect(r.funding.first?.item == "年度资金总额" && r.funding.first?.budget == 300)
        #expect(r.indicators.first?.level1 == "产出指标" && r.indicators.first?.target?.operator == .atLeast)
    }
}
