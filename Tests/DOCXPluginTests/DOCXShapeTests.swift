import Foundation
import ReportCore
import ReportModel
import Testing
import TestSupport
@testable import DOCXPlugin

/// Hand-checked values of the Word-made shapes in Samples/docx (written by wordml.py), and the
/// parts of WordprocessingML each one exercises.
@Suite struct DOCXShapeTests {
    static let dir = repositoryRoot.appendingPathComponent("Samples/docx")

    private func document(_ name: String) throws -> Document {
        let url = Self.dir.appendingPathComponent(name)
        return try DOCXFormatPlugin().read(SourceInput(fileName: name, path: url.path, data: try Data(contentsOf: url)))
    }

    private func report(_ name: String) throws -> Report {
        let url = Self.dir.appendingPathComponent(name)
        return try Converter(registry: FormatRegistry([DOCXFormatPlugin()])).convert(InputFile(path: url.path, relativePath: name))
    }

    private func tables(_ document: Document) -> [TableGrid] {
        document.blocks.compactMap { if case .table(let g) = $0.kind { return g } else { return nil } }
    }

    @Test func verticalMergeAcrossAPageBreakIsOneSpan() throws {
        let doc = try document("vmerge-across-pages.docx")
        let grid = try #require(tables(doc).first)
        #expect(tables(doc).count == 1)
        // 产出指标 covers the 7 output rows, 数量指标 3 of them; the page break falls in the 产出 rows.
        let output = try #require(grid.rows.firstIndex { $0.first == "产出指标" })
        #expect(grid.spans.contains(CellSpan(row: output, column: 0, rowSpan: 7, columnSpan: 1)))
        #expect(grid.spans.contains(CellSpan(row: output, column: 1, rowSpan: 3, columnSpan: 1)))
        #expect(grid.rows[output + 1][0] == "")
        // 项目资金（万元） over four rows and two columns.
        #expect(grid.spans.contains(CellSpan(row: 2, column: 0, rowSpan: 4, columnSpan: 2)))
        #expect(doc.diagnostics.isEmpty)
    }

    @Test func headingNumbersComeFromTheListDefinition() throws {
        let doc = try document("vmerge-across-pages.docx")
        let headings = doc.blocks.filter { if case .heading = $0.kind { return true } else { return false } }.map(\.text)
        #expect(headings == ["云溪县医疗保障局2023年度医疗救助补助资金项目支出绩效自评表", "一、项目基本情况", "二、绩效目标完成情况"])
    }

    @Test func headersAndFootersAreFurnitureAndPageFieldsAreDropped() throws {
        let doc = try document("vmerge-across-pages.docx")
        let furniture = doc.blocks.filter { $0.kind == .furniture }.map(\.text)
        #expect(furniture == ["云溪县医疗保障局2023年度医疗救助补助资金项目支出绩效自评表", "第  页 共  页"])
    }

    @Test func vmergeFormValues() throws {
        let r = try report("vmerge-across-pages.docx")
        #expect(r.metadata.title == "云溪县医疗保障局2023年度医疗救助补助资金项目支出绩效自评表")
        #expect(r.metadata.kind == .projectEvaluation)
        #expect(r.metadata.year == 2023)
        #expect(r.indicators.count == 11)
        let cost = try #require(r.indicators.first { $0.name == "人均救助成本" })
        #expect(cost.level1 == "产出指标")
        #expect(cost.level2 == "成本指标")
        #expect(cost.target?.operator == .atMost)
        #expect(cost.target?.value == 200)
        #expect(cost.actual?.value == 207)
        #expect(cost.met == false)
        let satisfaction = try #require(r.indicators.last)
        #expect(satisfaction.level1 == "满意度指标")
        #expect(satisfaction.actual?.value == 93.5)
        #expect(r.funding.first?.budget == 120)
        #expect(r.funding.first?.executed == 108.6)
        #expect(r.sections.map(\.title) == ["项目基本情况", "绩效目标完成情况"])
    }

    @Test func nestedTableInALayoutTableIsTheDataTable() throws {
        let doc = try document("nested-tables.docx")
        #expect(tables(doc).count == 1)
        let grid = try #require(tables(doc).first)
        #expect(grid.rows[0] == ["项目名称", "", "医疗保障服务能力提升", "", "", "", "", ""])
        // Line breaks inside a cell stay line breaks.
        #expect(grid.rows.contains { $0.contains("完成医保经办人员培训和\n信息平台建设，提升服务能力。") })
        let r = try report("nested-tables.docx")
        #expect(r.indicators.map(\.name) == ["医保经办人员培训", "医保信息平台上线率", "项目完成时间", "群众办事便利程度", "参保群众满意度"])
        #expect(r.metadata.issuer == "白沙县医疗保障局")
    }

    @Test func framedTitleAndFloatingTableAreReadTextBoxAndPictureSkippedWithWarnings() throws {
        let doc = try document("table-in-text-frame.docx")
        #expect(doc.blocks.first?.text == "石门县医疗保障局2024年度城乡居民医疗保险补助项目支出绩效自评表")
        #expect(tables(doc).count == 1)
        let codes = doc.diagnostics.map(\.code)
        #expect(codes == ["docx-image-skipped", "docx-text-box-skipped"])
        #expect(doc.diagnostics[1].message.contains("审核意见：同意"))
        let r = try report("table-in-text-frame.docx")
        #expect(r.warnings.contains { $0.code == "docx-text-box-skipped" })
        #expect(r.indicators.count == 4)
    }

    @Test func binaryWordIsAClearError() throws {
        var data = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        data.append(Data(repeating: 0, count: 504))
        #expect {
            _ = try DOCXFormatPlugin().read(SourceInput(fileName: "old.doc", path: "old.doc", data: data))
        } throws: { error in
            "\(error)".contains("save it as .docx")
        }
    }

    @Test func chineseListNumbers() {
        #expect([1, 9, 10, 11, 19, 20, 21, 99, 100, 105, 110].map(DOCXNumbering.chineseNumeral)
                == ["一", "九", "十", "十一", "十九", "二十", "二十一", "九十九", "一百", "一百零五", "一百一十"])
        #expect(DOCXNumbering.format(3, as: "decimalEnclosedCircle") == "③")
        #expect(DOCXNumbering.format(4, as: "upperRoman") == "IV")
        #expect(DOCXNumbering.format(2, as: "ideographTraditional") == "乙")
    }

    @Test func pageFieldsAreRecognised() {
        #expect(DOCXFieldState.isPageNumber(instruction: " PAGE \\* MERGEFORMAT "))
        #expect(DOCXFieldState.isPageNumber(instruction: "NUMPAGES"))
        #expect(!DOCXFieldState.isPageNumber(instruction: " HYPERLINK \"https://example.org\" "))
    }
}
