import Foundation
import ReportCore
import ReportModel
import Testing
import TestSupport
@testable import XLSXPlugin

/// Numbers as Excel shows them, and the Excel-made form in Samples/xlsx (written by
/// spreadsheetml.py) with hand-checked values.
@Suite struct XLSXShapeTests {
    @Test(arguments: [
        (0.818, "0.0%", "81.8%"),
        (0.9965, "0.00%", "99.65%"),
        (1286.4000000000001, "General", "1286.4"),
        (0.30000000000000004, "General", "0.3"),
        (1286.4, "#,##0.00", "1,286.40"),
        (1.005, "0.00", "1.01"),
        (2.5, "0", "3"),
        (-1234.5, "#,##0.00;(#,##0.00)", "(1,234.50)"),
        (-3.25, "0.0", "-3.3"),
        (58, "#,##0.00", "58.00"),
        (12, "0", "12"),
        (0.5, "#.##", ".5"),
        (1e20, "General", "1E+20"),
        (45042, "yyyy\"年\"m\"月\"d\"日\"", "2023年4月26日"),
        (45042, "yyyy/m/d", "2023/4/26"),
        (45042.75, "yyyy-mm-dd hh:mm", "2023-04-26 18:00"),
        (0.5, "h:mm AM/PM", "12:00 PM"),
        (1234.5, "0.0\"万元\"", "1234.5万元"),
        (12345, "[Red]#,##0", "12,345"),
        (1234567, "#,##0,", "1,235"),
    ] as [(Double, String, String)])
    func numbersAsShown(_ value: Double, _ code: String, _ shown: String) {
        #expect(XLSXNumberFormat.format(value, code: code) == shown)
    }

    @Test func builtInFormatIDs() {
        #expect(XLSXCellFormats.builtIn[10] == "0.00%")
        #expect(XLSXNumberFormat.format(0.25, code: XLSXCellFormats.builtIn[9]!) == "25%")
        #expect(XLSXNumberFormat.format(45291, code: XLSXCellFormats.builtIn[31]!) == "2023年12月31日")
    }

    @Test func cellReferences() {
        #expect(XLSXCellReference("B12") == XLSXCellReference(row: 12, column: 2))
        #expect(XLSXCellReference("AA1")?.column == 27)
        #expect(XLSXCellReference("$C$3") == XLSXCellReference(row: 3, column: 3))
        #expect(XLSXCellReference("12B") == nil)
        #expect(XLSXCellReference("ZZZZ1") == nil)
    }

    static let form = repositoryRoot.appendingPathComponent("Samples/xlsx/excel-made-form.xlsx")

    private func document() throws -> Document {
        try XLSXFormatPlugin().read(SourceInput(fileName: "excel-made-form.xlsx", path: Self.form.path, data: try Data(contentsOf: Self.form)))
    }

    @Test func titleRowsAreLinesAndTheUsedRangeATable() throws {
        let doc = try document()
        let texts = doc.blocks.map { block -> String in
            if case .table(let g) = block.kind { return "table \(g.rows.count)×\(g.columnCount)" }
            return block.text
        }
        #expect(texts == ["青溪县医疗保障局2023年度医疗保障服务能力提升项目支出绩效自评表", "（2023年度）", "table 12×8",
                          "填报日期：2023年12月31日", "附表 资金明细", "资金支出明细", "table 3×2"])
        #expect(doc.diagnostics.map(\.code) == ["xlsx-hidden-sheet"])
    }

    @Test func valuesAsShownAndMergesAsSpans() throws {
        let doc = try document()
        let grid = try #require(doc.blocks.compactMap { if case .table(let g) = $0.kind { return g } else { return nil } }.first)
        // Row 3 of the sheet is empty and row 9 too: both dropped.
        #expect(grid.rows[3] == ["", "", "年度资金总额", "1286.4", "1286.4", "1052.3", "10", "81.8%"])
        #expect(grid.rows[6][2] == "医保经办人员培训")
        #expect(grid.rows[8][5] == "99.65%")
        #expect(grid.spans.contains(CellSpan(row: 3, column: 0, rowSpan: 2, columnSpan: 2)))  // A7:B8
        #expect(grid.spans.contains(CellSpan(row: 6, column: 0, rowSpan: 3, columnSpan: 1)))  // 产出指标 A11:A13
        #expect(grid.spans.contains(CellSpan(row: 2, column: 0, rowSpan: 1, columnSpan: 3)))  // 项目资金（万元）
    }

    @Test func formValues() throws {
        let r = try Converter(registry: FormatRegistry([XLSXFormatPlugin()]))
            .convert(InputFile(path: Self.form.path, relativePath: "excel-made-form.xlsx"))
        #expect(r.metadata.title == "青溪县医疗保障局2023年度医疗保障服务能力提升项目支出绩效自评表")
        #expect(r.metadata.year == 2023)
        #expect(r.indicators.count == 5)
        #expect(r.indicators.first { $0.name == "医保业务网上可办率" }?.actual?.value == 85.2)
        #expect(r.funding.first?.budget == 1286.4)
        #expect(r.funding.first?.executionRate == 81.8)
        #expect(r.scores?.total == 98.5)
    }

    @Test func binaryExcelIsAClearError() throws {
        var data = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        data.append(Data(repeating: 0, count: 504))
        #expect {
            _ = try XLSXFormatPlugin().read(SourceInput(fileName: "old.xls", path: "old.xls", data: data))
        } throws: { error in
            "\(error)".contains("save it as .xlsx")
        }
    }
}
