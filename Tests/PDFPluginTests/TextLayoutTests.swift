import Foundation
import ReportCore
import Testing
@testable import PDFPlugin

/// Reading order, paragraphs, headings, furniture and spaces.
@Suite struct TextLayoutTests {
    private func glyph(_ scalar: Unicode.Scalar, _ x0: Double, _ width: Double) -> Glyph {
        Glyph(scalar: scalar, box: Rect(x0: x0, y0: 100, x1: x0 + width, y1: 115), fontSize: 12, bold: false,
              lineID: 0, lineEm: 12)
    }

    /// Lays out text the way poppler reports it: one box per scalar, spaces included.
    private func glyphs(_ text: String, spaceWidth: Double = 4) -> [Glyph] {
        var x = 10.0
        return text.unicodeScalars.map { scalar in
            let width = scalar == " " ? spaceWidth : (scalar.isCJK ? 12 : 7)
            defer { x += width }
            return glyph(scalar, x, width)
        }
    }

    @Test func spuriousSpacesBetweenCJKAndLatinAreRemoved() {
        #expect(TextJoiner.join(glyphs("2023 年度共有 ≥500 人次"), em: 12) == "2023年度共有≥500人次")
        #expect(TextJoiner.join(glyphs("采用 DRG 付费"), em: 12) == "采用DRG付费")
    }

    @Test func spacesBetweenLatinWordsAreKept() {
        #expect(TextJoiner.join(glyphs("with some Latin words, 7 days"), em: 12) == "with some Latin words, 7 days")
    }

    @Test func wrappedLinesJoinWithoutSpaceInCJKAndWithOneInLatin() {
        #expect(TextJoiner.joinWrapped("中央财政补助资金86", "0万元") == "中央财政补助资金860万元")
        #expect(TextJoiner.joinWrapped("supported by", "the fund") == "supported by the fund")
    }

    /// Where a line may break, for judging whether a line ended because the column was full.
    @Test func lineBreakingPairs() {
        #expect(!WrapJudge.breakAllowed("达", "，"))      // closing punctuation never starts a line
        #expect(!WrapJudge.breakAllowed("《", "安"))      // opening punctuation never ends one
        #expect(!WrapJudge.breakAllowed("到", "“"))       // quotation marks stick to both sides
        #expect(!WrapJudge.breakAllowed("“", "5"))
        #expect(!WrapJudge.breakAllowed(",", "2"))        // `,2024` is not broken
        #expect(!WrapJudge.breakAllowed("7", "3"))
        #expect(WrapJudge.breakAllowed("评", "价"))
        #expect(WrapJudge.breakAllowed("4", "年"))
    }

    /// A line keeps what assembly asks of its glyphs, measured when it is made, and its runs as
    /// box and text: the glyphs themselves are let go (a long file's pages are all held).
    @Test func aLineKeepsItsMeasuresNotItsGlyphs() {
        let first = TextRun(glyphs: glyphs("2,468.5万元用于"))
        let second = TextRun(glyphs: glyphs("合计").map { glyph in
            var moved = glyph
            moved.box = Rect(x0: glyph.box.x0 + 300, y0: glyph.box.y0, x1: glyph.box.x1 + 300, y1: glyph.box.y1)
            return moved
        })
        let line = TextLine(runs: [second, first], page: 1)
        #expect(line.runs.map(\.text) == ["2,468.5万元用于", "合计"])
        #expect(line.runs.map(\.box.x0) == [10, 310])
        #expect(line.glyphCount == 11 + 2)
        // The left run's unbreakable opening, measured on its glyphs when the line was made.
        #expect(line.firstTokenWidth == WrapJudge.firstTokenWidth(first.glyphs))
        #expect(line.firstTokenWidth >= 7 * 7)
        #expect(line.text == "2,468.5万元用于 合计")
    }

    @Test func pageNumbersInTheirUsualForms() {
        for text in ["—23—", "- 2 -", "第 1 页 共 3 页", "第1页/共3页", "2/9", "7"] {
            #expect(FurnitureDetector.isPageNumber(text), "\(text)")
        }
        for text in ["2023年", "一、部门基本情况", "100%"] {
            #expect(!FurnitureDetector.isPageNumber(text), "\(text)")
        }
    }

    @Test func multipageReportParagraphsHeadingsAndFurniture() throws {
        let document = try SampleFiles.document("extra/multipage-project.pdf")
        #expect(document.pages == 3)
        #expect(document.encoding == nil)
        let furniture = document.blocks.filter { $0.kind == .furniture }.map(\.text)
        // The running header on every page and "— n —" below.
        #expect(furniture.filter { $0 == "青山县医疗保障局2023年度项目支出绩效自评报告" }.count == 3)
        #expect(Set(furniture.filter { $0.hasPrefix("—") }) == ["—1—", "—2—", "—3—"])
        let body = document.blocks.filter { $0.kind != .furniture }
        #expect(!body.contains { $0.text.contains("—2—") || $0.text == "青山县医疗保障局2023年度项目支出绩效自评报告" })
        // The title is the largest text.
        #expect(body.contains { $0.kind == .heading(level: 1) && $0.text == "青山县医疗保障局2023年度医疗救助项目支出绩效自评报告" })
        // One block per paragraph, wrapped lines joined, numbers kept whole.
        let paragraphs = body.filter { $0.kind == .paragraph }.map(\.text)
        #expect(paragraphs.contains("一、项目基本情况"))
        #expect(paragraphs.contains { $0.hasPrefix("2023年医疗救助补助资金全年预算数为1286.40万元,其中中央财政补助资金860万元,") && $0.hasSuffix("资金投入情况如下表:") })
        #expect(!paragraphs.contains { $0.contains("\n") })
        #expect(paragraphs.contains("青山县医疗保障局"))
        #expect(paragraphs.contains("2024年3月10日"))
        // Every block carries its page.
        #expect(document.blocks.allSatisfy { $0.page != nil })
    }
}
