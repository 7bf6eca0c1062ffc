import Foundation
import OfficeOpenXML
import ReportCore
import ReportModel
import Testing
@testable import XLSXPlugin

/// Which rows of a sheet are lines and which are a table's, on hand-built sheets: a band row on
/// top of a table, a page's lines between tables, a caption in a table's top-left cell.
@Suite struct XLSXSheetLayoutTests {
    /// A worksheet part from rows of (column letter, text) cells and merge ranges.
    static func sheet(_ rows: [Int: [(String, String)]], merges: [String] = []) throws -> XLSXSheetGrid {
        var xml = #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
        for (row, cells) in rows.sorted(by: { $0.key < $1.key }) {
            xml += #"<row r="\#(row)">"#
            for (column, text) in cells {
                let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                xml += #"<c r="\#(column)\#(row)" t="inlineStr"><is><t xml:space="preserve">\#(escaped)</t></is></c>"#
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if !merges.isEmpty {
            xml += "<mergeCells>" + merges.map { #"<mergeCell ref="\#($0)"/>"# }.joined() + "</mergeCells>"
        }
        xml += "</worksheet>"
        let root = try MarkupParser.parse(Data(xml.utf8), part: "xl/worksheets/sheet1.xml")
        return XLSXSheetGrid(root, strings: [], formats: XLSXCellFormats(nil, date1904: false))
    }

    /// Each block as its text, or `table R×C` and its first row.
    static func outline(_ blocks: [Block]) -> [String] {
        blocks.map { block in
            if case .table(let g) = block.kind { return "table \(g.rows.count)×\(g.columnCount): " + g.rows[0].joined(separator: "|") }
            return block.text
        }
    }

    static let indicatorRows: [Int: [(String, String)]] = [
        3: [("A", "一级指标"), ("B", "二级指标"), ("C", "三级指标"), ("D", "指标值")],
        4: [("A", "产出指标"), ("B", "数量指标"), ("C", "开展宣传活动次数"), ("D", "≥4次")],
    ]

    @Test func aBandMergedExactlyAcrossTheTableOnTopOfItIsItsFirstRow() throws {
        // The page's lines span the sheet (A–F), the band only the table (A–D).
        var rows = Self.indicatorRows
        rows[1] = [("A", "（三）年度绩效目标")]
        rows[2] = [("A", "绩效指标")]
        let grid = try Self.sheet(rows, merges: ["A1:F1", "A2:D2"])
        let blocks = grid.blocks()
        #expect(Self.outline(blocks) == ["（三）年度绩效目标", "table 3×4: 绩效指标|||"])
        guard case .table(let table) = blocks[1].kind else { Issue.record("no table"); return }
        #expect(table.spans.contains(CellSpan(row: 0, column: 0, rowSpan: 1, columnSpan: 4)))
    }

    @Test func aRowWiderThanTheTableOrApartFromItStaysALine() throws {
        var wider = Self.indicatorRows
        wider[2] = [("A", "绩效指标")]
        #expect(Self.outline(try Self.sheet(wider, merges: ["A2:F2"]).blocks()) == ["绩效指标", "table 2×4: 一级指标|二级指标|三级指标|指标值"])
        // An empty row between: the line is not drawn as part of the table.
        var apart = Self.indicatorRows
        apart[1] = [("A", "绩效指标")]
        #expect(Self.outline(try Self.sheet(apart, merges: ["A1:D1"]).blocks()) == ["绩效指标", "table 2×4: 一级指标|二级指标|三级指标|指标值"])
        // A table as wide as the sheet: the row over it may be its caption, and stays a line.
        var caption = Self.indicatorRows
        caption[2] = [("A", "资金支出明细")]
        #expect(Self.outline(try Self.sheet(caption, merges: ["A2:D2"]).blocks()) == ["资金支出明细", "table 2×4: 一级指标|二级指标|三级指标|指标值"])
        // Prose is never a table row.
        var prose = Self.indicatorRows
        prose[1] = [("A", "三、绩效目标")]
        prose[2] = [("A", "根据年初设定的绩效目标，我单位对项目实施情况进行了自评。")]
        #expect(Self.outline(try Self.sheet(prose, merges: ["A1:F1", "A2:D2"]).blocks())
                == ["三、绩效目标", "根据年初设定的绩效目标，我单位对项目实施情况进行了自评。", "table 2×4: 一级指标|二级指标|三级指标|指标值"])
    }

    @Test func pageLinesBetweenTablesSpanningTheSheetAreLines() throws {
        // A metadata block (A–D), the page's title and a widget across the whole sheet (A–F),
        // then the form's year row over the form (A–D) and the form.
        let rows: [Int: [(String, String)]] = [
            1: [("A", "索引号："), ("C", "0001/2024-00123")],
            2: [("A", "发布机构："), ("C", "青溪县卫生健康局")],
            3: [("A", "青溪县卫生健康局2023年度项目支出绩效自评表")],
            4: [("A", "【字体：大 中 小】")],
            5: [("A", "（2023年度）")],
            6: [("A", "项目名称"), ("B", "基本公共卫生服务")],
            7: [("A", "主管部门"), ("B", "青溪县卫生健康局")],
        ]
        let grid = try Self.sheet(rows, merges: ["A1:B1", "C1:D1", "A2:B2", "C2:D2", "A3:F3", "A4:F4", "A5:D5", "B6:D6", "B7:D7"])
        #expect(Self.outline(grid.blocks()) == ["table 2×2: 索引号：|0001/2024-00123", "青溪县卫生健康局2023年度项目支出绩效自评表",
                                                "【字体：大 中 小】", "table 3×2: （2023年度）|"])
    }

    @Test func aShortBandBetweenTwoPartsOfATableStaysInIt() throws {
        var rows = Self.indicatorRows
        rows[5] = [("A", "效益指标")]
        rows[6] = [("A", "效益指标"), ("B", "社会效益指标"), ("C", "参保率"), ("D", "≥95%")]
        let grid = try Self.sheet(rows, merges: ["A5:D5"])
        #expect(Self.outline(grid.blocks()) == ["table 4×4: 一级指标|二级指标|三级指标|指标值"])
    }

    @Test func aCaptionInTheTopLeftCellIsALineBeforeTheTable() throws {
        let rows: [Int: [(String, String)]] = [
            1: [("A", "部门整体支出资金情况表 \n资金来源"), ("B", "全年预算数（万元）"), ("C", "全年执行数（万元）")],
            2: [("A", "年度资金总额"), ("B", "1352.18"), ("C", "1298.74")],
        ]
        let blocks = try Self.sheet(rows).blocks()
        #expect(Self.outline(blocks) == ["部门整体支出资金情况表", "table 2×3: 资金来源|全年预算数（万元）|全年执行数（万元）"])
        #expect(blocks[0].emphasized)
        // A split header cell (`指标` over `单位`) names no table: it stays as it is.
        let split: [Int: [(String, String)]] = [1: [("A", "指标\n单位"), ("B", "2023年")], 2: [("A", "参保人数"), ("B", "40万")]]
        #expect(Self.outline(try Self.sheet(split).blocks()) == ["table 2×2: 指标\n单位|2023年"])
    }

    /// An Excel form whose title and year rows sit right on top of the table, merged across
    /// it, with a note under it wider than the form: the year row is drawn as the table's, and
    /// core lifts it back out, so the report reads as it does with a blank row between.
    @Test func aFormsTitleRowsOnTopOfTheTableReadTheSame() throws {
        func report(blankRowBetween: Bool) throws -> Report {
            let top = blankRowBetween ? 1 : 0
            var rows: [Int: [(String, String)]] = [
                1: [("A", "青溪县医疗保障局2023年度医疗救助补助资金项目支出绩效自评表")],
                2: [("A", "（2023年度）")],
            ]
            let form: [[(String, String)]] = [
                [("A", "项目名称"), ("B", "医疗救助补助资金")],
                [("A", "主管部门"), ("B", "青溪县医疗保障局"), ("C", "实施单位"), ("D", "青溪县医疗保障局")],
                [("A", "一级指标"), ("B", "二级指标"), ("C", "三级指标"), ("D", "实际完成值")],
                [("A", "产出指标"), ("B", "数量指标"), ("C", "救助人次"), ("D", "1200人次")],
            ]
            for (k, cells) in form.enumerated() { rows[3 + top + k] = cells }
            rows[3 + top + form.count] = [("A", "注：本表金额单位为万元，由项目实施单位填报。")]
            let note = 3 + top + form.count
            let grid = try Self.sheet(rows, merges: ["A1:D1", "A2:D2", "B\(3 + top):D\(3 + top)", "A\(note):F\(note)"])
            if !blankRowBetween {
                #expect(Self.outline(grid.blocks())[1] == "table 5×4: （2023年度）|||")
            }
            return try ReportBuilder.build(Document(blocks: grid.blocks()), source: SourceInfo(file: "form.xlsx", format: "xlsx", sha256: ""))
        }
        let adjacent = try report(blankRowBetween: false), apart = try report(blankRowBetween: true)
        #expect(adjacent.metadata.title == "青溪县医疗保障局2023年度医疗救助补助资金项目支出绩效自评表")
        #expect(adjacent.metadata.year == 2023)
        #expect(adjacent.contentId == apart.contentId)
    }
}
