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
}
