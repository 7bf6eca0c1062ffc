import Foundation
import HTMLPlugin
import ReportCore
import ReportModel
import Testing

@Suite struct HTMLTableReaderTests {
    @Test func rowspanAndColspanAreExpandedAndRecorded() throws {
        let document = try TestPages.read(TestPages.page("""
            <table border=1>
            <tr><th rowspan=2>一级指标</th><th colspan=2>指标</th></tr>
            <tr><th>二级指标</th><th>三级指标</th></tr>
            <tr><td rowspan=3>产出指标</td><td rowspan=2>数量指标</td><td>参保人数</td></tr>
            <tr><td>宣传次数</td></tr>
            <tr><td>质量指标</td><td>覆盖率</td></tr>
            </table>
            """))
        let grid = try #require(document.tables.first)
        #expect(grid.rows == [
            ["一级指标", "指标", ""],
            ["", "二级指标", "三级指标"],
            ["产出指标", "数量指标", "参保人数"],
            ["", "", "宣传次数"],
            ["", "质量指标", "覆盖率"],
        ])
        #expect(Set(grid.spans) == [
            CellSpan(row: 0, column: 0, rowSpan: 2, columnSpan: 1),
            CellSpan(row: 0, column: 1, rowSpan: 1, columnSpan: 2),
            CellSpan(row: 2, column: 0, rowSpan: 3, columnSpan: 1),
            CellSpan(row: 2, column: 1, rowSpan: 2, columnSpan: 1),
        ])
        #expect(grid.headerRowCount == 2)
        #expect(grid.positional)
    }

    @Test func breaksAndNonBreakingSpacesInCells() throws {
        let document = try TestPages.read(TestPages.page("""
            <table><tr><td>产出<br>指标</td><td>&nbsp;</td><td>&nbsp;&nbsp;地方资金&nbsp;</td></tr>
            <tr><td><p>目标1:甲</p><p>目标2:乙</p></td><td>1,286.40&nbsp;万元</td><td> a
             b </td></tr></table>
            """))
        let grid = try #require(document.tables.first)
        #expect(grid.rows == [["产出\n指标", "", "地方资金"], ["目标1:甲\n目标2:乙", "1,286.40 万元", "a b"]])
        #expect(grid.headerRowCount == 0)
    }

    @Test func theadRowsAreHeaderRows() throws {
        let document = try TestPages.read(TestPages.page("""
            <table><thead><tr><td>项目</td><td>全年预算数(A)</td></tr></thead>
            <tbody><tr><td>年度资金总额</td><td>320</td></tr><tr><td>其中:中央补助</td><td>320</td></tr></tbody></table>
            """))
        let grid = try #require(document.tables.first)
        #expect(grid.headerRowCount == 1)
        #expect(grid.rows.count == 3)
    }

    @Test func dataTableNestedInLayoutTableIsFound() throws {
        let document = try TestPages.read(TestPages.page("""
            <table width="1000"><tr><td><img src="banner.jpg"></td></tr>
            <tr><td>
              <table width="100%"><tr>
                <td width="200"><div>栏目</div></td>
                <td><h2>某县2022年度项目支出绩效自评表</h2>
                  <table border=1><tr><td>项目名称</td><td>医疗救助</td></tr><tr><td>主管部门</td><td>某县医疗保障局</td></tr></table>
                </td>
              </tr></table>
            </td></tr></table>
            """))
        #expect(document.tables.count == 1)
        #expect(document.tables.first?.rows == [["项目名称", "医疗救助"], ["主管部门", "某县医疗保障局"]])
        #expect(document.texts == ["栏目", "某县2022年度项目支出绩效自评表"])
        #expect(document.blocks.first { $0.text == "某县2022年度项目支出绩效自评表" }?.kind == .heading(level: 2))
    }

    @Test func singleRowAndSingleColumnTablesAreLayout() throws {
        let document = try TestPages.read(TestPages.page("""
            <table><tr><td>一、部门基本情况</td><td>正文第一段</td></tr></table>
            <table><tr><td>二、绩效目标</td></tr><tr><td>正文第二段</td></tr></table>
            <table role="presentation"><tr><td>甲</td><td>乙</td></tr><tr><td>丙</td><td>丁</td></tr></table>
            """))
        #expect(document.tables.isEmpty)
        #expect(document.texts == ["一、部门基本情况", "正文第一段", "二、绩效目标", "正文第二段", "甲", "乙", "丙", "丁"])
    }

    @Test func metadataTableBecomesLabelLines() throws {
        let document = try TestPages.read(TestPages.page("""
            <table class="info"><tr><td>索 引 号：</td><td>000014348/2023-00950</td><td>主题分类：</td><td>医保</td></tr>
            <tr><td>发布机构：</td><td>泸西县医疗保障局</td><td>文号：</td><td></td></tr>
            <tr><td>成文日期：</td><td>2023-04-20</td><td>发布日期：</td><td>2023-04-26</td></tr></table>
            <p>一、部门基本情况</p>
            """))
        #expect(document.tables.isEmpty)
        #expect(document.texts == [
            "索引号：000014348/2023-00950", "主题分类：医保", "发布机构：泸西县医疗保障局",
            "成文日期：2023-04-20", "发布日期：2023-04-26", "一、部门基本情况",
        ])
    }

    @Test func spansReachingPastTheTableAreCut() throws {
        let document = try TestPages.read(TestPages.page("""
            <table><tr><td rowspan="100000">甲</td><td colspan="0">乙</td></tr><tr><td>丙</td></tr></table>
            """))
        let grid = try #require(document.tables.first)
        #expect(grid.rows == [["甲", "乙"], ["", "丙"]])
        #expect(grid.spans == [CellSpan(row: 0, column: 0, rowSpan: 2, columnSpan: 1)])
    }

    @Test func hugeColspansDoNotBlowUp() throws {
        var rows = ""
        for i in 0..<500 { rows += "<tr><td colspan=\"1000\">行\(i)</td><td>值</td></tr>" }
        let document = try TestPages.read(TestPages.page("<table>\(rows)</table><p>正文</p>"))
        // 500 × 1001 cells exceed the grid limit: read as layout, every cell's text kept.
        #expect(document.tables.isEmpty)
        #expect(document.texts.count == 1001)
    }

    @Test func emptyTableIsDropped() throws {
        let document = try TestPages.read(TestPages.page("<table><tr><td>&nbsp;</td><td></td></tr><tr><td> </td><td></td></tr></table><p>正文</p>"))
        #expect(document.tables.isEmpty)
        #expect(document.texts == ["正文"])
    }
}

extension HTMLTableReaderTests {
    @Test func aTableFramingTheArticleIsLayout() throws {
        let body = "<p>一、部门基本情况</p><p>" + String(repeating: "本局负责全县医疗保障工作。", count: 12)
            + "</p><p>二、绩效目标完成情况</p><p>" + String(repeating: "各项指标均已完成。", count: 12) + "</p>"
        let document = try TestPages.read(TestPages.page("""
            <table><tr><td>某县医疗保障局</td><td>网站首页</td></tr>
            <tr><td>联系我们：0873-0000000</td><td>\(body)</td></tr></table>
            """))
        #expect(document.tables.isEmpty)
        #expect(document.texts.contains("一、部门基本情况"))
        #expect(document.texts.contains("二、绩效目标完成情况"))
    }

    @Test func longExplanationCellsStayInADataTable() throws {
        let long = String(repeating: "资金分配符合预算管理要求，资金主要用于医保信息化建设。", count: 8)
        let document = try TestPages.read(TestPages.page("""
            <table><tr><td>资金管理情况</td><td>情况说明</td></tr><tr><td>分配科学性</td><td>\(long)</td></tr>
            <tr><td>下达及时性</td><td>（一）按时下达。<br>（二）按规定拨付。</td></tr></table>
            """))
        #expect(document.tables.count == 1)
    }
}
