import ReportModel
import Testing
@testable import PDFPlugin

/// Joining the parts of a table that a page break cut, on tables built by hand.
@Suite struct TableContinuationTests {
    private func table(_ rows: [[String]], edges: [Double], spans: [CellSpan] = [], page: Int,
                       openTop: Bool = false, openBottom: Bool = false) -> PageTable {
        var table = PageTable(box: Rect(x0: edges[0], y0: 0, x1: edges[edges.count - 1], y1: 100), columnEdges: edges,
                              rows: rows, spans: spans, rowPages: Array(repeating: page, count: rows.count), ruled: true)
        table.openTop = openTop
        table.openBottom = openBottom
        return table
    }

    /// No rule under the first part nor over the second: its last row goes on in the first row of
    /// the next.
    @Test func rowCutByThePageBreakIsOneRow() {
        let upper = table([["效益指标", "知晓率", "全年刊发新闻300余篇,政府信"]], edges: [0, 50, 100, 300], page: 1,
                          openBottom: true)
        let lower = table([["", "", "息公开更新178条。"], ["", "支撑能力", "明显增强"]], edges: [0, 50, 100, 300],
                          spans: [CellSpan(row: 0, column: 0, rowSpan: 2, columnSpan: 1)], page: 2, openTop: true)
        #expect(TableContinuation.canContinue(upper, with: lower))
        let merged = TableContinuation.merge(upper, lower)
        #expect(merged.rows == [["效益指标", "知晓率", "全年刊发新闻300余篇,政府信息公开更新178条。"], ["", "支撑能力", "明显增强"]])
        #expect(merged.spans == [CellSpan(row: 0, column: 0, rowSpan: 2, columnSpan: 1)])
        #expect(merged.rowPages == [1, 2])
    }

    /// A rule under the first part or over the second: the next page's first row is a row of its
    /// own (the rule between two rows is drawn with one of them).
    @Test func oneRuleAtTheBreakKeepsRowsApart() {
        let upper = table([["a", "b"]], edges: [0, 50, 100], page: 1)
        let lower = table([["c", "d"]], edges: [0, 50, 100], page: 2, openTop: true)
        #expect(TableContinuation.merge(upper, lower).rows == [["a", "b"], ["c", "d"]])
        let openUpper = table([["a", "b"]], edges: [0, 50, 100], page: 1, openBottom: true)
        let closedLower = table([["c", "d"]], edges: [0, 50, 100], page: 2)
        #expect(TableContinuation.merge(openUpper, closedLower).rows == [["a", "b"], ["c", "d"]])
    }

    /// The empty column beside a merged 一级指标 shows no border on a page where no cell ends at
    /// it: the part with fewer edges is cut to the edges of both, the merged cell carried on.
    @Test func columnHiddenOnOnePageIsRestored() {
        let upper = table([["一级", "二级", "三级"], ["", "数量指标", "参保人数"], ["", "", "宣传次数"]],
                          edges: [0, 30, 60, 200],
                          spans: [CellSpan(row: 1, column: 0, rowSpan: 2, columnSpan: 1),
                                  CellSpan(row: 1, column: 1, rowSpan: 2, columnSpan: 1)], page: 3)
        let lower = table([["", "培训次数"], ["质量指标", "覆盖率"]], edges: [30, 60, 200],
                          spans: [], page: 4)
        #expect(TableContinuation.canContinue(upper, with: lower))
        let merged = TableContinuation.merge(upper, lower)
        #expect(merged.columnEdges == [0, 30, 60, 200])
        #expect(merged.rows.count == 5)
        #expect(merged.rows[3] == ["", "", "培训次数"])
        #expect(merged.rows[4] == ["", "质量指标", "覆盖率"])
        // The empty first column is one cell down to the end; 数量指标 takes in the empty cell below it.
        #expect(Set(merged.spans) == [CellSpan(row: 1, column: 0, rowSpan: 4, columnSpan: 1),
                                      CellSpan(row: 1, column: 1, rowSpan: 3, columnSpan: 1)])
    }

    /// Tables that share only an edge or two are different tables.
    @Test func unrelatedTablesAreNotJoined() {
        let upper = table([["a", "b", "c", "d"]], edges: [0, 100, 200, 300, 400], page: 1)
        let lower = table([["x", "y"]], edges: [0, 250, 400], page: 2)
        #expect(!TableContinuation.canContinue(upper, with: lower))
    }

    /// A row of merged cells carried over the break (年度总体目标 with its planned and achieved
    /// goals, each merged over three columns of an eight-column form): the part on the next page
    /// has exactly that row's borders, few of the table's, and continues it. A part whose
    /// borders are not the last row's does not.
    @Test func rowOfMergedCellsCarriedOverTheBreak() {
        let edges: [Double] = [0, 50, 100, 150, 200, 250, 300, 350]
        let upper = table([["年度总体目标", "预期目标", "", "", "实际完成情况", "", ""],
                           ["", "1.巩固参保覆盖面", "", "", "1.参保率95.6%", "", ""]], edges: edges,
                          spans: [CellSpan(row: 0, column: 1, rowSpan: 1, columnSpan: 3),
                                  CellSpan(row: 0, column: 4, rowSpan: 1, columnSpan: 3),
                                  CellSpan(row: 1, column: 1, rowSpan: 1, columnSpan: 3),
                                  CellSpan(row: 1, column: 4, rowSpan: 1, columnSpan: 3)], page: 1)
        let lower = table([["", "2.推进支付方式改革", "2.付费覆盖全市"]], edges: [0, 50, 200, 350], page: 2)
        #expect(TableContinuation.canContinue(upper, with: lower))
        #expect(TableContinuation.merge(upper, lower).rows.last?.filter { !$0.isEmpty }
                == ["2.推进支付方式改革", "2.付费覆盖全市"])
        // Negative: borders all among the table's, but not those of the row it would carry on.
        let other = table([["", "说明", "备注"]], edges: [0, 50, 100, 350], page: 2)
        #expect(!TableContinuation.canContinue(upper, with: other))
    }

    /// A word processor closes both parts of a cut row with rules: the text tells. A cell's last
    /// line short of full by the character that went over with its comma (`晰，` may not be
    /// parted: no line starts with the comma) goes on at the head of the next page; the same
    /// room with text that could have started there does not.
    @Test func characterKeptWithItsCommaGoesOverTheBreak() {
        var upper = table([["满意度", "审核规则提示信息不够清"]], edges: [0, 50, 100], page: 1)
        upper.bottomRoom = [4, 2.6]
        let lower = table([["", "晰，已优化提示文字"], ["总分", "100"]], edges: [0, 50, 100], page: 2)
        #expect(TableContinuation.merge(upper, lower).rows.first == ["满意度", "审核规则提示信息不够清晰，已优化提示文字"])
        let plain = table([["", "已优化提示文字"], ["总分", "100"]], edges: [0, 50, 100], page: 2)
        #expect(TableContinuation.merge(upper, plain).rows.count == 3)
        // A full line goes on whatever follows.
        upper.bottomRoom = [4, 1.2]
        #expect(TableContinuation.merge(upper, plain).rows.count == 2)
    }
}
