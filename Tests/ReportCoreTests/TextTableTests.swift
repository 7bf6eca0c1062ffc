import Foundation
@testable import ReportCore
import ReportModel
import Testing

/// Tables in plain text: form blocks (read by `TextFormReader` whatever their shape, rows placed
/// in columns) and other tables (pipe or whitespace rows kept as the lines give them).
@Suite struct TextTableTests {
    func tables(_ text: String) -> [TableGrid] {
        let items = TextLines.split(text).map { BodyItem.line(SourceLine(raw: $0, origin: .textLine, page: nil, emphasized: false, startsBlock: false)) }
        return TextTableFinder.find(in: items).compactMap { if case .table(let t) = $0 { return t } else { return nil } }
    }

    @Test func pipeTable() throws {
        let t = try #require(tables("""
            正文。
            项目 | 全年预算数(A) | 全年执行数(B) | 执行率 | |
            年度资金总额: | 2469.3 | 1709.1 | 69.21% | |
            其中:中央财政资金 | 1337 | 576.8 | 43.14% |||
            正文。
            """).first)
        #expect(t.rows.count == 3)
        #expect(t.rows[1] == ["年度资金总额:", "2469.3", "1709.1", "69.21%"])
        // A funds block: its cells are placed in the header's columns.
        #expect(t.positional)
    }

    @Test func pipeTableOfOtherVocabularyKeepsItsRows() throws {
        let t = try #require(tables("""
            资金管理情况 | 情况说明 | 存在问题和改进措施 ||
            分配科学性 | 按因素法分配 | 无 ||
            下达及时性 | 30日内下达 | |
            """).first)
        #expect(t.rows.count == 3)
        #expect(t.rows[1] == ["分配科学性", "按因素法分配", "无"])
        #expect(!t.positional)
    }

    @Test func whitespaceRowsWithWrappedCells() throws {
        let nbsp = "\u{00A0}"
        let t = try #require(tables("""
            \(nbsp) 绩效指标 一级
            指标
            二级指标 三级指标 年度指标值 全年完成值
            \(nbsp) 产出
            指标
            数量指标 开展宣传活动次数 ≥4次 8
            \(nbsp) 开展培训 ≥4次 4
            \(nbsp) 时效指标 按时完成率 100% 100%
            """).first)
        #expect(t.rows.count == 4)
        // The 绩效指标 stub holds no cell of any row; `一级` / `指标` and `产出` / `指标` are joined.
        #expect(t.rows[0].prefix(3) == ["一级指标", "二级指标", "三级指标"])
        #expect(t.rows[1].prefix(4) == ["产出指标", "数量指标", "开展宣传活动次数", "≥4次"])
        #expect(t.rows[2].prefix(5) == ["", "", "开展培训", "≥4次", "4"])
        #expect(t.rows[3].prefix(5) == ["", "时效指标", "按时完成率", "100%", "100%"])
    }

    @Test func layoutAlignedRows() throws {
        let t = try #require(tables("""
              一级指标    二级指标    三级指标            指标值     完成值
              产出指标    数量指标    培训 人次           ≥500人次   520人次
                          质量指标    合格率              ≥90%       95%
                          时效指标    完成及时率          100%       100%
            """).first)
        #expect(t.rows[1] == ["产出指标", "数量指标", "培训 人次", "≥500人次", "520人次"])
        // Read by where each cell stands; the level-1 label covers the rows below it.
        #expect(t.rows[2] == ["产出指标", "质量指标", "合格率", "≥90%", "95%"])
        #expect(t.rows[3] == ["产出指标", "时效指标", "完成及时率", "100%", "100%"])
    }

    @Test func flattenedOneCellPerLineWithVanishedCells() throws {
        let nbsp = "\u{00A0}"
        let t = try #require(tables("""
            一级指标

            二级指标

            三级指标

            指标性质

            指标值

            度量单位

            数量指标

            开展党建活动

            >=

            20

            \(nbsp)

            \(nbsp)

            发放宣传资料

            >=

            400

            份

            质量指标

            知晓率

            >=

            90

            %
              四、下一节
            """).first)
        #expect(t.positional)
        #expect(t.rows.count == 4)
        #expect(t.rows[1] == ["", "数量指标", "开展党建活动", ">=", "20", ""])
        #expect(t.rows[2] == ["", "", "发放宣传资料", ">=", "400", "份"])
        #expect(t.rows[3] == ["", "质量指标", "知晓率", ">=", "90", "%"])
    }

    @Test func proseIsNotATable() {
        #expect(tables("""
              一、部门基本情况
              完成医用耗材集中采购11398个品种,采购金额 1723.34 万元。
              预拨药品集中采购资金290万元用于药品集中带量采购。
            """).isEmpty)
    }

    /// Header keywords are found anywhere in a line, whole, in one pass.
    @Test func headerKeywordsInALine() {
        #expect(TextTableFinder.holdsHeaderKeyword("绩效指标"))
        #expect(TextTableFinder.holdsHeaderKeyword("| 一级 | 二级 |"))
        #expect(TextTableFinder.holdsHeaderKeyword("全年预算数（万元）"))
        #expect(TextTableFinder.holdsHeaderKeyword("年度"))
        #expect(!TextTableFinder.holdsHeaderKeyword("指 标"))
        #expect(!TextTableFinder.holdsHeaderKeyword("标指"))
        #expect(!TextTableFinder.holdsHeaderKeyword("指"))
        #expect(!TextTableFinder.holdsHeaderKeyword(""))
        #expect(!TextTableFinder.holdsHeaderKeyword("一、部门概况"))
        for word in TextTableFinder.headerKeywords {
            #expect(TextTableFinder.holdsHeaderKeyword("表头" + word), "\(word)")
        }
    }
}

@Suite struct TableCaptionTests {
    /// A form's title and year drawn as merged rows on top of its table read like the lines a
    /// text copy shows above it.
    @Test func titleRowsBecomeLines() throws {
        let grid = TableGrid(rows: [["四川省转移支付区域(项目)绩效目标自评表", "", ""], ["(2021年度)", "", ""],
                                    ["项目名称", "医疗服务补助", ""], ["实施单位", "遂宁市医疗保障局", ""]],
                             spans: [CellSpan(row: 0, column: 0, rowSpan: 1, columnSpan: 3)], positional: true)
        let fromTable = try ReportBuilder.build(Document(blocks: [.table(grid)]), source: SourceInfo(file: "a", format: "pdf", sha256: "0"))
        var rest = grid
        rest.rows.removeFirst(2)
        rest.spans = []
        let fromLines = try ReportBuilder.build(Document(blocks: [.paragraph("四川省转移支付区域(项目)绩效目标自评表"), .paragraph("(2021年度)"), .table(rest)]),
                                                source: SourceInfo(file: "a", format: "html", sha256: "0"))
        #expect(fromTable.metadata.title == "四川省转移支付区域(项目)绩效目标自评表")
        #expect(fromTable.contentId == fromLines.contentId)
        #expect(fromTable.tables[0].rows.count == 4)
    }
}

/// A dump's title line right above the form's header (the first column's cut words printed before
/// it) stays the title: it is no head row of the form.
@Suite struct TitleAboveFormHeaderTests {
    @Test func aTitleSplitAtItsSpacesIsNoHeadRow() throws {
        let report = try buildFromLines("""
            项目资金（万元）
            某市医疗保障局 2023 年度部门整体支出绩效自评表
            年初预算数 全年预算数 全年执行数
            分值
            执行率
            年度资金总额
            100
            96
            96%
            """)
        #expect(report.metadata.title?.compacted == "某市医疗保障局2023年度部门整体支出绩效自评表")
    }

    @Test func aHeadRowAboveTheHeaderStaysInTheTable() throws {
        let report = try buildFromLines("""
            某市医疗保障局2023年度项目支出绩效自评表
            项目名称 城乡医保宣传经费
            年初预算数 全年预算数 全年执行数 分值 执行率
            年度资金总额 100 100 96 10 96%
            """)
        let head = report.tables.first?.rows.first ?? []
        #expect(head.contains("项目名称"))
    }
}
