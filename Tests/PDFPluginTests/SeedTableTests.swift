import Foundation
import ReportCore
import ReportModel
import Testing
@testable import PDFPlugin

/// The seed PDFs' tables, printed by chromium from the HTML twins: cells without padding, text
/// set against the borders, merged cells that a page break cuts, rows a page break splits.
@Suite struct SeedTableTests {
    private func tables(_ seed: String) throws -> [TableGrid] {
        SampleFiles.tables(try SampleFiles.document("\(seed).pdf"))
    }

    /// 000: the 绩效指标 table runs over two pages as one, with no empty rows between borders drawn
    /// apart, and the score table keeps 指标分值 and 自评得分 apart though the digits touch the
    /// border between them.
    @Test func indicatorAndScoreTablesOf000() throws {
        let tables = try tables("000_e82f18c061ea3c91")
        try #require(tables.count == 3)
        let indicators = tables[0]
        #expect(indicators.rows.count == 28)
        #expect(indicators.columnCount == 9)
        #expect(!indicators.rows.contains { $0.allSatisfy(\.isEmpty) })
        #expect(indicators.rows.last?[2] == "各项工作完成及时率")
        #expect(Set(indicators.spans).isSuperset(of: [
            CellSpan(row: 0, column: 0, rowSpan: 1, columnSpan: 9),
            CellSpan(row: 2, column: 0, rowSpan: 26, columnSpan: 1),
            CellSpan(row: 2, column: 1, rowSpan: 10, columnSpan: 1),
        ]))
        #expect(Set(indicators.rowPages ?? []) == [4, 5])
        let scores = tables[2]
        #expect(scores.rows == [["一级指标", "指标分值", "自评得分"], ["投入", "15", "14.98"], ["过程", "20", "19"],
                                ["产出", "35", "35"], ["效果", "30", "30"], ["合计", "100", "98.98"]])
    }

    /// 001: the 自评表's funds block reads as in the twin: one header row, four rows of money.
    @Test func fundsRowsOf001() throws {
        let tables = try tables("001_17f5b4d2682cfcf2")
        let funds = try #require(tables.first { $0.rows.contains { $0.first == "年度资金总额:" } })
        let start = try #require(funds.rows.firstIndex { $0.first == "资金投入情况" })
        #expect(funds.rows[start].filter { !$0.isEmpty } == ["资金投入情况", "全年预算数(A)", "全年执行数(B)", "预算执行率"])
        #expect(funds.rows[start + 1].filter { !$0.isEmpty } == ["年度资金总额:", "2469.3", "1709.1", "69.21%"])
        #expect(funds.rows[start + 4].filter { !$0.isEmpty } == ["其他资金", "1132.3", "1132.3", "100%"])
    }

    /// 002: the row that the page break cuts (参保群众政策知晓率) is one row, its long cell whole,
    /// and the 效益指标 cell reaches over the rows of the next page.
    @Test func rowSplitByThePageBreakOf002() throws {
        let tables = try tables("002_46cbd641e677e2d2")
        try #require(tables.count == 1)
        let table = tables[0]
        #expect(table.rows.count == 25)
        let row = try #require(table.rows.firstIndex { $0.contains("参保群众政策知晓率") })
        // Seven columns: the form's own (no empty sliver before its left border).
        #expect(table.rows.allSatisfy { $0.count == 7 })
        #expect(table.rows[row][5].hasPrefix("全年国、省、市主流媒体刊发刊载我局新闻信息近300余篇。"))
        #expect(table.rows[row][5].hasSuffix("互动交流栏中局长信箱54条、意见征集5次。"))
        #expect(table.rows[row + 1][3] == "医保经办服务信息化支撑能力")
        #expect(Set(table.spans).contains(CellSpan(row: row, column: 1, rowSpan: 3, columnSpan: 1)))
        #expect(table.rowPages?[row] == 1 && table.rowPages?[row + 1] == 2)
        // The funds: budget and executed apart though the digits touch the border between them.
        #expect(table.rows[5].filter { !$0.isEmpty } == ["项目资金(万元)", "年度资金总额", "320", "261.75", "81.80%"])
    }

    /// 000: the page's headline, wrapped by the browser, is one block.
    @Test func wrappedHeadlineIsOneBlock() throws {
        let document = try SampleFiles.document("000_e82f18c061ea3c91.pdf")
        #expect(document.blocks.contains { $0.text == "泸西县医疗保障局2022年度部门整体支出绩效自评报告" && $0.page == 1 })
        #expect(!document.blocks.contains { $0.text == "报告" })
    }
}
