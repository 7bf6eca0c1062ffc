import Foundation
import ReportCore
import ReportModel
import Testing
@testable import PDFPlugin

/// Tables from ruling lines: cells, merges, continuation over pages.
@Suite struct TableTests {
    /// LibreOffice draws stroked borders; the landscape 自评表 has merges both ways.
    @Test func landscapeFormCellsAndSpans() throws {
        let document = try SampleFiles.document("extra/landscape-form.pdf")
        let tables = SampleFiles.tables(document)
        try #require(tables.count == 1)
        let table = tables[0]
        #expect(table.rows.count == 21)
        #expect(table.columnCount == 10)
        #expect(table.rows[0][0] == "项目名称")
        #expect(table.rows[0][2] == "白石县基层医疗卫生机构服务能力提升项目")
        #expect(table.rows[1][5] == "实施单位")
        #expect(table.rows[2][0] == "项目资金\n(万元)")
        #expect(Array(table.rows[3][2...8]) == ["年度资金总额", "500", "480", "456", "10", "95%", "9.5"])
        #expect(Array(table.rows[9][1...8]) == ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
        #expect(table.rows[18][8] == "部分乡镇候诊时间较长,将优化预约诊疗流程。")
        #expect(Array(table.rows[20][6...8]) == ["100", "98.5", "自评等级:优"])
        let spans = Set(table.spans)
        #expect(spans.isSuperset(of: [
            CellSpan(row: 0, column: 0, rowSpan: 1, columnSpan: 2),
            CellSpan(row: 0, column: 2, rowSpan: 1, columnSpan: 8),
            CellSpan(row: 2, column: 0, rowSpan: 5, columnSpan: 2),
            CellSpan(row: 9, column: 0, rowSpan: 11, columnSpan: 1),
            CellSpan(row: 10, column: 1, rowSpan: 6, columnSpan: 1),
            CellSpan(row: 20, column: 0, rowSpan: 1, columnSpan: 6),
        ]))
        // Covered positions hold "".
        #expect(table.rows[11][0] == "" && table.rows[11][1] == "")
        #expect(document.blocks.contains { $0.kind == .furniture && $0.text == "第1页共1页" })
    }

    /// The indicator table runs from page 2 to page 3: one table, the repeated header row
    /// dropped, and the 效益指标 cell carried over the break.
    @Test func tableAcrossPageBreakIsMerged() throws {
        let document = try SampleFiles.document("extra/multipage-project.pdf")
        let tables = SampleFiles.tables(document)
        try #require(tables.count == 2)
        let funds = tables[0], indicators = tables[1]
        #expect(funds.rows.count == 5)
        #expect(funds.headerRowCount == 1)
        #expect(funds.rows.last == ["县级财政资金", "200", "200", "193", "96.50%"])
        #expect(indicators.rows.count == 18)
        #expect(indicators.headerRowCount == 1)
        #expect(indicators.page == 2)
        #expect(indicators.rows.filter { $0[0].hasPrefix("一级") }.count == 1)
        #expect(indicators.rows[14][2] == "医疗救助长效机制")
        #expect(indicators.rows[16][2] == "⼈⺠群众满意度")   // radicals as in the text layer; core folds them
        #expect(Set(indicators.spans).isSuperset(of: [
            CellSpan(row: 1, column: 0, rowSpan: 10, columnSpan: 1),
            CellSpan(row: 11, column: 0, rowSpan: 4, columnSpan: 1),
            CellSpan(row: 17, column: 0, rowSpan: 1, columnSpan: 5),
        ]))
    }

    /// chromium draws borders as thin filled rectangles and repeats <thead> on the next page.
    @Test func browserPrintedBordersAreFilledRectangles() throws {
        let document = try SampleFiles.document("extra/browser-printed.pdf")
        let tables = SampleFiles.tables(document)
        try #require(tables.count == 1)
        let table = tables[0]
        #expect(table.rows.count == 21)
        #expect(table.columnCount == 6)
        #expect(table.headerRowCount == 1)
        #expect(table.rows[0] == ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因分析及改进措施"])
        #expect(table.rows[6][2] == "以户籍人口为基础计算的基本医疗保险综合参保率")
        #expect(table.rows[19][4] == "覆盖全部109家住院医疗机构")
        #expect(Set(table.spans).isSuperset(of: [
            CellSpan(row: 1, column: 0, rowSpan: 15, columnSpan: 1),
            CellSpan(row: 13, column: 1, rowSpan: 3, columnSpan: 1),
            CellSpan(row: 16, column: 0, rowSpan: 4, columnSpan: 1),
        ]))
    }

    /// WPS-style: header cells filled grey beside white ones; the shading is no extra boundary,
    /// and a target wrapped in its narrow cell (`≥850` over `人次`) is one value.
    @Test func shadedHeaderFormReadsWhole() throws {
        let tables = SampleFiles.tables(try SampleFiles.document("extra/shaded-header-form.pdf"))
        try #require(tables.count == 1)
        let table = tables[0]
        #expect(table.rows.count == 17 && table.columnCount == 8)
        #expect(table.rows[5] == ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
        #expect(Array(table.rows[7][2...4]) == ["经办人员业务培训", "≥850人次", "912人次"])
        #expect(Array(table.rows[8][3...4]) == ["≥1600人次", "1548人次"])
    }

    /// Two amounts stacked in one narrow cell stay two lines: never `7,723,2937,793,704`.
    @Test func stackedAmountsKeepTheirLines() throws {
        let tables = SampleFiles.tables(try SampleFiles.document("extra/stacked-amounts-form.pdf"))
        try #require(tables.count == 1)
        let rows = tables[0].rows
        #expect(rows[3][5] == "7,723,293\n7,793,704")
        #expect(rows[4][5] == "5,210,000\n5,386,500")
        #expect(Array(rows[3][1...4]) == ["年度资金总额", "772.33", "751.95", "97.36%"])
    }

    /// A landscape form lying on its side (text running up the page) reads as if upright, and so
    /// does the same form turned upright by the page's /Rotate.
    @Test(arguments: ["extra/rotated-landscape-form.pdf", "../Tests/Fixtures/rotate90-landscape-form.pdf"])
    func sidewaysFormReadsUpright(_ path: String) throws {
        let document = try SampleFiles.document(path)
        #expect(document.blocks.contains { $0.text == "部门整体支出绩效自评表" })
        let tables = SampleFiles.tables(document)
        try #require(tables.count == 1)
        let table = tables[0]
        #expect(table.rows.count == 13 && table.columnCount == 8)
        #expect(Array(table.rows[2][2...7]) == ["年度资金总额", "1386.40", "1302.12", "10", "93.92%", "9.4"])
        #expect(table.rows[9][7] == "部分案件尚在调查,次年继续追回。")
    }

    /// White rules on a grey ground, the outer edge only where the grey meets the paper.
    @Test func whiteRulesOnGreyMakeATable() throws {
        let tables = SampleFiles.tables(try SampleFiles.document("extra/white-rules-form.pdf"))
        try #require(tables.count == 1)
        let table = tables[0]
        #expect(table.rows.count == 12)
        #expect(table.rows[0].first == "项目名称")
        #expect(table.rows[9].contains("≥4500人次") && table.rows[9].contains("4860人次"))
    }
}
