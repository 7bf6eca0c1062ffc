import Foundation
@testable import ReportCore
import ReportModel
import Testing

/// A form copied out of a spreadsheet as tab-separated text: cells keep their columns, quoted
/// cells their lines. Hand-built text, invented content.
@Suite struct TabSeparatedRowsTests {
    /// Excel's copy: every row as wide as the sheet, empty cells under merged labels, a goal cell
    /// of two lines quoted, the total's label in the form's first column.
    static let sheet = [
        "青禾县2023年度农村公路养护资金项目支出绩效自评表\t\t\t\t\t\t",
        "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t执行率\t",
        "\t年度资金总额\t300\t320\t310.4\t97.00%\t",
        "\t其他资金\t\t\t\t\t",
        "年度总体目标\t预期目标\t\t\t实际完成情况\t\t",
        "\t\"1.完成养护120公里；",
        "2.路况优良率80%以上。\"\t\t\t\"完成养护126公里，",
        "路况优良率83%。\"\t\t",
        "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t得分",
        "\t产出指标\t数量指标\t养护里程\t≥120公里\t126公里\t30",
        "\t\t质量指标\t路况优良率\t≥80%\t83%\t30",
        "\t满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥90%\t\t28",
        "总分\t\t\t\t\t\t88",
        "填报单位：青禾县交通运输局\t\t\t\t\t\t",
    ].joined(separator: "\n")

    @Test func aSpreadsheetCopyReadsAsTheForm() throws {
        let r = try buildFromLines(Self.sheet)
        #expect(r.metadata.title == "青禾县2023年度农村公路养护资金项目支出绩效自评表")
        #expect(r.funding.map(\.item) == ["年度资金总额", "其他资金"])
        #expect(r.funding.first?.budget == 320)
        #expect(r.funding.first?.executed == 310.4)
        #expect(r.goals.planned == ["1.完成养护120公里；", "2.路况优良率80%以上。"])
        #expect(r.indicators.map(\.name) == ["养护里程", "路况优良率", "沿线群众满意度"])
        #expect(r.indicators.map(\.level2) == ["数量指标", "质量指标", "服务对象满意度指标"])
        // The result left blank stays blank: the score does not slide into its place.
        #expect(r.indicators[2].actual == nil)
        #expect(r.indicators[2].score == 28)
        #expect(r.scores?.total == 88)
    }

    /// A writer that leaves each row's trailing empty cells out: the rest keep their places, and
    /// a label alone between two rows is a row.
    @Test func trailingEmptyCellsLeftOutKeepTheRestInPlace() throws {
        let trimmed = Self.sheet.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop(while: { $0 == "\t" }).reversed()) }
            .map { $0 == "\t其他资金" ? "其他资金" : $0 }
            .joined(separator: "\n")
        let r = try buildFromLines(trimmed)
        #expect(r.indicators.map(\.name) == ["养护里程", "路况优良率", "沿线群众满意度"])
        #expect(r.indicators[2].actual == nil)
        #expect(r.funding.map(\.item) == ["年度资金总额", "其他资金"])
        #expect(r.scores?.total == 88)
    }

    @Test func quotedCellsSpanLinesAndUndoubleQuotes() {
        let items = lines(["甲\t\"一行", "二行\"\t丙", "丁\t\"他说\"\"好\"\"\"\t戊"])
        #expect(TabSeparatedRows.row(items, from: 0)?.cells == ["甲", "一行\n二行", "丙"])
        #expect(TabSeparatedRows.row(items, from: 0)?.next == 2)
        #expect(TabSeparatedRows.row(items, from: 2)?.cells == ["丁", "他说\"好\"", "戊"])
    }

    /// Negatives: text aligned to tab stops (no header of the templates' words), words that
    /// only tabs separate (no empty cell kept, rows of any width), a quote that never closes,
    /// and pipe rows are no spreadsheet copy (a browser's copy: `BrowserTableCopyTests`).
    @Test func tabsThatAreNoCellsAreLeftAlone() {
        let aligned = lines(["项目名称\t\t农村公路养护", "主管部门\t\t\t青禾县交通运输局", "实施单位\t青禾县公路段", "联系电话\t\t0000-1234567"])
        #expect(TabSeparatedRows.lift(aligned) == aligned)
        let packed = lines(["一级指标\t二级指标\t三级指标\t指标值", "产出指标\t数量指标\t养护里程\t≥120公里",
                            "质量指标\t路况优良率\t≥80%", "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%"])
        #expect(TabSeparatedRows.lift(packed) == packed)
        let piped = lines(["| 一级指标\t| 二级指标\t| 三级指标\t|", "| 产出指标\t| 数量指标\t| 养护里程\t|", "| \t| 质量指标\t| 优良率\t|"])
        #expect(TabSeparatedRows.lift(piped) == piped)
        let unclosed = lines(["甲\t\"乙", "丙", "丁"])
        #expect(TabSeparatedRows.row(unclosed, from: 0)?.cells == ["甲", "\"乙"])
    }

    /// A page's metadata copied with the form, label and value in cells: a text line the
    /// metadata reader takes its fields from.
    @Test func metadataRowsAreLines() throws {
        let text = ["索引号\t0012/2024-3\t发布机构\t青禾县交通运输局\t\t", "发布日期\t2024-05-06\t\t\t\t"].joined(separator: "\n")
            + "\n" + Self.sheet
        let r = try buildFromLines(text)
        #expect(r.metadata.indexNumber == "0012/2024-3")
        #expect(r.metadata.publishedOn == "2024-05-06")
        #expect(r.indicators.count == 3)
    }

    /// Rows of other tab-separated text right above a sheet with no empty cell: the block is
    /// refused as a whole (ragged, and no cell kept empty) and read again from its row that
    /// names columns, the rows above it left as lines.
    @Test func aBlockRefusedAsAWholeIsReadFromItsHeader() throws {
        let text = [
            "说明\t本表数据截至年底", "填报\t财务科\t审核人", "附注\t无",
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t得分",
            "产出指标\t数量指标\t养护里程\t≥120公里\t126公里\t30",
            "产出指标\t质量指标\t路况优良率\t≥80%\t83%\t30",
            "满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥90%\t92%\t28",
        ]
        let items = lines(text)
        #expect(TabSeparatedRows.block(items, from: 0) == nil)
        #expect(BrowserTableCopy.block(items, from: 0) == nil)
        let lifted = TabSeparatedRows.lift(items)
        #expect(Array(lifted.prefix(3)) == Array(items.prefix(3)))
        #expect(lifted.count == 4)
        let r = try buildFromLines(text.joined(separator: "\n"))
        #expect(r.indicators.map(\.name) == ["养护里程", "路况优良率", "沿线群众满意度"])
    }

    private func lines(_ raws: [String]) -> [BodyItem] {
        raws.map { .line(SourceLine(raw: $0, origin: .textLine, page: nil, emphasized: false, startsBlock: false)) }
    }
}
