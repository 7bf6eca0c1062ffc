import Foundation
@testable import HTMLPlugin
import ReportCore
import Testing

/// A text laid out by `&nbsp;` one paragraph a line reaches core as a text file's lines; prose
/// indented or spaced by `&nbsp;` here and there stays paragraphs.
@Suite struct HTMLSpacedLayoutTests {
    private func lineTexts(_ document: Document) -> [String] {
        document.blocks.filter { $0.kind == .line }.map(\.text)
    }

    @Test func columnsSpacedByNBSPAreLines() throws {
        let document = try TestPages.read(TestPages.page("""
            <p>绩效自评表</p>
            <p>一级指标&nbsp;&nbsp;&nbsp;二级指标&nbsp;&nbsp;&nbsp;&nbsp;三级指标&nbsp;&nbsp;指标值</p>
            <p>&nbsp;</p>
            <p>产出指标&nbsp;&nbsp;&nbsp;数量指标&nbsp;&nbsp;&nbsp;&nbsp;参保人数&nbsp;&nbsp;≥120万人</p>
            <p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;质量指标&nbsp;&nbsp;&nbsp;&nbsp;参保率&nbsp;&nbsp;≥95%</p>
            """))
        // The title above the first columned line stays the page's paragraph.
        #expect(document.blocks.map(\.kind) == [.paragraph, .line, .line, .line, .line])
        #expect(lineTexts(document) == [
            "一级指标   二级指标    三级指标  指标值",
            "",
            "产出指标   数量指标    参保人数  ≥120万人",
            "           质量指标    参保率  ≥95%",
        ])
    }

    /// Word's `mso-spacerun` spans and editors' `&nbsp; &nbsp;` alternation draw as many spaces
    /// as the source text had: a browser collapses only the ordinary spaces, each to one.
    @Test func editorsAlternationKeepsTheWidth() throws {
        let row = "产出指标<span style='mso-spacerun:yes'>&nbsp;&nbsp; </span>数量指标&nbsp; &nbsp; 人数&nbsp; 100人"
        let document = try TestPages.read(TestPages.page(Array(repeating: "<p>\(row)</p>", count: 3).joined()))
        #expect(lineTexts(document) == Array(repeating: "产出指标   数量指标    人数  100人", count: 3))
    }

    @Test func brLinesOfOneBlockKeepTheirEmptyLines() throws {
        let document = try TestPages.read(TestPages.page("""
            <div>项目名称&nbsp;&nbsp;&nbsp;甲项目&nbsp;&nbsp;&nbsp;主管部门&nbsp;&nbsp;乙局<br><br>\
            年度资金总额&nbsp;&nbsp;&nbsp;100&nbsp;&nbsp;&nbsp;98<br>其中&nbsp;&nbsp;&nbsp;60&nbsp;&nbsp;&nbsp;60</div>
            """))
        #expect(lineTexts(document) == ["项目名称   甲项目   主管部门  乙局", "", "年度资金总额   100   98", "其中   60   60"])
    }

    /// Negatives: first-line indents, a metadata line or two spaced apart, and spaced lines
    /// that tables or headings keep apart are paragraphs, spaces collapsed.
    @Test func indentsAndAFewSpacedLinesStayParagraphs() throws {
        let document = try TestPages.read(TestPages.page("""
            <p>&nbsp;&nbsp;&nbsp;&nbsp;一、基本情况&nbsp;&nbsp;我局现有编制&nbsp;&nbsp;20名。</p>
            <p>索引号：001/2024-1&nbsp;&nbsp;&nbsp;&nbsp;发布日期：2024-05-06&nbsp;&nbsp;&nbsp;&nbsp;来源：本局</p>
            <p>联系人：张某&nbsp;&nbsp;&nbsp;&nbsp;电话：0000-1234567&nbsp;&nbsp;&nbsp;&nbsp;邮箱：无</p>
            <h2>二、绩效目标</h2>
            <p>目标一&nbsp;&nbsp;&nbsp;完成&nbsp;&nbsp;&nbsp;100%</p>
            """))
        #expect(lineTexts(document).isEmpty)
        #expect(document.texts.contains("一、基本情况 我局现有编制 20名。"))
    }

    @Test func columnedNeedsTwoGapsAfterText() {
        #expect(HTMLSpacedLayout.isColumned("甲  乙  丙"))
        #expect(HTMLSpacedLayout.isColumned("甲\u{3000}\u{3000}乙  丙"))
        #expect(!HTMLSpacedLayout.isColumned("    甲  乙"))
        #expect(!HTMLSpacedLayout.isColumned("甲 乙 丙 丁"))
        #expect(!HTMLSpacedLayout.isColumned("甲  乙  "))
    }
}
