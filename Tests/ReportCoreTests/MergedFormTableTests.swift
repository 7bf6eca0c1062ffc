@testable import ReportCore
import ReportModel
import Testing

/// A form exported from Word as one HTML table: merged cells over the funds labels, remarks
/// merged across the indicator columns, closing rows under the 总分 row.
@Suite struct MergedFormTableTests {
    /// `年度预算数（万元）` merged down the block, an empty cell merged over the labels' columns in
    /// the header row, the labels in the second column: the caption heads no figures.
    @Test func amountsCaptionOverMergedLabelColumns() {
        let grid = TableGrid(rows: [["年度预算数（万元）", "", "", "年初预算", "调整后预算数", "预算执行数", "预算执行率"],
                                    ["", "总额", "", "80", "95.5", "90.2", "94.45%"],
                                    ["", "其中：财政资金", "", "80", "95.5", "90.2", "94.45%"]],
                             spans: [CellSpan(row: 0, column: 0, rowSpan: 3, columnSpan: 1),
                                     CellSpan(row: 0, column: 1, rowSpan: 1, columnSpan: 2),
                                     CellSpan(row: 1, column: 1, rowSpan: 1, columnSpan: 2),
                                     CellSpan(row: 2, column: 1, rowSpan: 1, columnSpan: 2)], positional: true)
        let view = TableView(grid)
        let segment = TableSegmenter.segments(of: view)[0]
        var warnings: [ReportWarning] = []
        let rows = FundsReader.read(view, segment, warnings: &warnings)
        #expect(rows.map(\.item) == ["总额", "财政资金"])
        #expect(rows.first?.budget == 95.5)
        #expect(rows.first?.executed == 90.2)
        #expect(rows.first?.executionRate == 94.45)
    }

    private func indicatorGrid(_ extra: [[String]], spans: [CellSpan] = []) -> TableGrid {
        let rows = [["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"],
                    ["产出指标", "数量指标", "培训人次", "≥300人次", "320人次", "50", "50"],
                    ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "93%", "50", "48"],
                    ["总分", "", "", "", "", "100", "98"]] + extra
        return TableGrid(rows: rows, spans: spans, positional: true)
    }

    private func read(_ grid: TableGrid) -> (IndicatorReader.Block, [ReportWarning]) {
        let view = TableView(grid)
        let segment = TableSegmenter.segments(of: view).first { $0.kind == .indicators }!
        var warnings: [ReportWarning] = []
        return (IndicatorReader.read(view, segment, tableIndex: 0, warnings: &warnings), warnings)
    }

    /// 评价结论 and 项目负责人： rows under the form, their text merged across the columns: the
    /// block ends at them.
    @Test func closingRowsEndTheBlock() {
        let grid = indicatorGrid([["评价结论", "项目全面完成，自评得分98分。", "", "", "", "", ""],
                                  ["项目负责人：", "", "", "", "", "", ""]],
                                 spans: [CellSpan(row: 4, column: 1, rowSpan: 1, columnSpan: 6),
                                         CellSpan(row: 5, column: 0, rowSpan: 1, columnSpan: 7)])
        let (block, _) = read(grid)
        #expect(block.rows.map(\.name) == ["培训人次", "学员满意度"])
        #expect(block.totalRow?.score == 98)
    }

    /// A remark merged across the name and value columns inside the block is no indicator row,
    /// and is warned about; the rows after it are read.
    @Test func remarkMergedAcrossTheColumnsIsNoRow() {
        let rows = [["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"],
                    ["产出指标", "数量指标", "培训人次", "≥300人次", "320人次", "50", "50"],
                    ["", "", "以下指标按季度考核，年末汇总。", "", "", "", ""],
                    ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "93%", "50", "48"]]
        let grid = TableGrid(rows: rows, spans: [CellSpan(row: 2, column: 2, rowSpan: 1, columnSpan: 5)], positional: true)
        let (block, warnings) = read(grid)
        #expect(block.rows.map(\.name) == ["培训人次", "学员满意度"])
        #expect(warnings.contains { $0.code == "indicator-row-unread" && $0.row == 2 })
    }

    /// Negative: an indicator whose name starts with a closing label's words (改进措施落实率) has its
    /// values beside it and is read; a 二级指标 merged over the 三级指标 column (no 三级指标 of its
    /// own) reaches no value column and is read too.
    @Test func closingWordsInANameAndALevelOverTheNameColumnAreRows() {
        let rows = [["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分"],
                    ["效益指标", "可持续影响指标", "改进措施落实率", "100%", "100%", "50", "50"],
                    ["满意度指标", "服务对象满意度", "", "≥90%", "93%", "50", "48"]]
        let grid = TableGrid(rows: rows, spans: [CellSpan(row: 2, column: 1, rowSpan: 1, columnSpan: 2)], positional: true)
        let (block, warnings) = read(grid)
        #expect(block.rows.map(\.name) == ["改进措施落实率", "服务对象满意度"])
        #expect(!warnings.contains { $0.code == "indicator-row-unread" })
        #expect(!IndicatorReader.closesForm(["改进措施落实率", "100%", "100%"]))
        #expect(IndicatorReader.closesForm(["存在问题", "宣传不足。"]))
        #expect(!IndicatorReader.closesForm(["存在问题及改进措施说明材料", "x"]))
    }

    /// A level-2 label cut between 指 and 标 (a page break sent 标 on) gets 标 back; a label that
    /// is no known stem, or a stem with no 指 after it, stays as written.
    @Test func level2CutBeforeBiaoIsCompleted() {
        #expect(IndicatorLevels.level2(of: "服务对象满意度指") == "服务对象满意度指标")
        #expect(IndicatorLevels.level2(of: "数量指") == "数量指标")
        #expect(IndicatorLevels.level2(of: "服务对象满意度") == "服务对象满意度")
        #expect(IndicatorLevels.level2(of: "项目管理指") == "项目管理指")
        #expect(IndicatorLevels.level2(of: "社会效益 指标") == "社会效益指标")
    }
}
