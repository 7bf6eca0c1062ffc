import Foundation
import ReportModel
import Testing
@testable import PDFPlugin

/// The ruled-table patterns of PDFs from any producer, on hand-built rules, glyphs and pixels:
/// where a cell boundary is, which cell a glyph goes to, how a cell's lines join, and pages
/// turned on their side.
@Suite struct RuledTablePatternTests {
    // MARK: - Building blocks

    /// Glyphs of `text` on one line from `x`, baseline box `y`...`y + 12`, 12 pt: CJK one em wide,
    /// other characters 6 pt, spaces 3 pt.
    private func line(_ text: String, x: Double, y: Double, lineID: Int32 = 0) -> [Glyph] {
        var x = x
        return text.unicodeScalars.map { scalar in
            let width = scalar == " " ? 3 : (scalar.isCJK ? 12.0 : 6.0)
            defer { x += width }
            return Glyph(scalar: scalar, box: Rect(x0: x, y0: y, x1: x + width, y1: y + 12), fontSize: 12,
                         bold: false, lineID: lineID, lineEm: 12)
        }
    }

    private func h(_ y: Double, _ x0: Double, _ x1: Double) -> RuleSegment {
        RuleSegment(axis: .horizontal, position: y, start: x0, end: x1)
    }

    private func v(_ x: Double, _ y0: Double, _ y1: Double) -> RuleSegment {
        RuleSegment(axis: .vertical, position: x, start: y0, end: y1)
    }

    /// A white page `width` by `height` pixels (1 px per point) to paint on.
    private struct Canvas {
        var width: Int, height: Int
        var pixels: [UInt8]
        init(_ width: Int, _ height: Int) {
            self.width = width
            self.height = height
            pixels = [UInt8](repeating: 255, count: width * height)
        }
        mutating func fill(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, _ value: UInt8) {
            for y in y0..<y1 { for x in x0..<x1 { pixels[y * width + x] = value } }
        }
        var ink: InkMap { InkMap(width: width, height: height, scale: 1, luminance: pixels) }
    }

    // MARK: - Rules in pixels

    /// Between the glyphs of a shaded cell the ground is masked on both sides: no rule there.
    /// The shading's own edges are rules, as is a thin black line.
    @Test func shadedCellHasRulesAtItsEdgesOnly() {
        var canvas = Canvas(200, 100)
        canvas.fill(20, 20, 180, 50, 200)           // a grey header cell, 20...50
        canvas.fill(20, 70, 180, 71, 0)             // a thin black rule at y 70
        let glyphs = line("Cannabis", x: 40, y: 29)
        for g in glyphs { canvas.fill(Int(g.box.x0) + 1, 31, Int(g.box.x1) - 1, 39, 0) }
        let segments = RuleDetector.segments(in: canvas.ink, masking: glyphs)
        let vertical = segments.filter { $0.axis == .vertical }
        #expect(!vertical.contains { $0.position > 38 && $0.position < 92 }, "no rule between the letters")
        #expect(vertical.contains { abs($0.position - 20) <= 1 && $0.length >= 25 }, "the shading's left edge")
        #expect(vertical.contains { abs($0.position - 180) <= 1 && $0.length >= 25 }, "the shading's right edge")
        let horizontal = segments.filter { $0.axis == .horizontal }
        #expect(horizontal.contains { abs($0.position - 20) <= 1 && $0.length >= 150 }, "top edge")
        #expect(horizontal.contains { abs($0.position - 50) <= 1 && $0.length >= 150 }, "bottom edge")
        #expect(horizontal.contains { abs($0.position - 70.5) <= 1 && $0.length >= 150 }, "the black rule")
    }

    /// White rules drawn over a grey form are rules.
    @Test func whiteRulesOnGreyAreFound() {
        var canvas = Canvas(200, 120)
        canvas.fill(10, 10, 190, 110, 190)
        canvas.fill(10, 60, 190, 61, 255)           // a white rule across
        canvas.fill(100, 10, 101, 110, 255)         // and one down
        // Each is cut where the other crosses it (the builder joins the pieces).
        let segments = RuleDetector.segments(in: canvas.ink, masking: [])
        let across = segments.filter { $0.axis == .horizontal && abs($0.position - 60.5) <= 1 }
        let down = segments.filter { $0.axis == .vertical && abs($0.position - 100.5) <= 1 }
        #expect(across.map(\.length).reduce(0, +) >= 170)
        #expect(down.map(\.length).reduce(0, +) >= 90)
        #expect(RuledTableBuilder.joinCollinear(across).count == 1)
    }

    /// A border with text set right against it (browsers print cells without padding) is still
    /// a rule: paper on one side is enough.
    @Test func ruleWithTextAgainstItIsFound() {
        var canvas = Canvas(200, 60)
        canvas.fill(10, 30, 190, 31, 0)
        let glyphs = line("Total amount", x: 30, y: 18)
        for g in glyphs where !g.isSpace { canvas.fill(Int(g.box.x0) + 1, 20, Int(g.box.x1) - 1, 29, 0) }
        let segments = RuleDetector.segments(in: canvas.ink, masking: glyphs)
        #expect(segments.contains { $0.axis == .horizontal && abs($0.position - 30.5) <= 1 && $0.length >= 170 })
    }

    // MARK: - Cells from rules

    /// Text runs on over a rule (a row's text set tight on the next row's): each glyph goes to the
    /// cell holding its centre, so the rule splits them, and no merged cell appears.
    @Test func textNeverCrossesARule() {
        let rules = [h(0, 0, 200), h(20, 0, 200), h(40, 0, 200), v(0, 0, 40), v(100, 0, 40), v(200, 0, 40)]
        let glyphs = line("Improved Speed", x: 5, y: 5, lineID: 0) + line("5.9%", x: 5, y: 26, lineID: 1)
            + line("12", x: 105, y: 5, lineID: 2) + line("13", x: 105, y: 26, lineID: 3)
        let result = RuledTableBuilder.tables(from: rules, glyphs: glyphs, page: 1, pageHeight: 800)
        try? #require(result.tables.count == 1)
        #expect(result.tables.first?.rows == [["Improved Speed", "12"], ["5.9%", "13"]])
        #expect(result.tables.first?.spans == [])
    }

    /// A boundary only where a rule separates the cells: a vertical line that stops halfway down a
    /// row does not cut its text in two.
    @Test func noBoundaryWithoutARule() {
        let rules = [h(0, 0, 200), h(20, 0, 200), h(40, 0, 200), v(0, 0, 40), v(200, 0, 40), v(100, 0, 20),
                     v(60, 22, 28)]   // a stub inside the second row
        let glyphs = line("Cannabis seizures", x: 5, y: 25) + line("A", x: 5, y: 5) + line("B", x: 105, y: 5)
        let table = RuledTableBuilder.tables(from: rules, glyphs: glyphs, page: 1, pageHeight: 800).tables
        try? #require(table.count == 1)
        #expect(table.first?.rows == [["A", "B"], ["Cannabis seizures", ""]])
        #expect(table.first?.spans == [CellSpan(row: 1, column: 0, rowSpan: 1, columnSpan: 2)])
    }

    /// On a grey form with white rules, the ground between a rule and a header's text reads as
    /// short lines a few points inside the column's borders, in that row only. They separate no
    /// cells: the column stays one, its header over its values (a body value set right against
    /// the border puts a glyph's centre in the sliver they would cut, so the sliver is no empty
    /// column to drop).
    @Test func lineBesideABorderWithNothingBetweenIsNoBoundary() {
        let rules = [h(0, 0, 200), h(20, 0, 200), h(40, 0, 200), v(0, 0, 40), v(100, 0, 40), v(200, 0, 40),
                     v(103.5, 2, 19), v(196.5, 2, 19)]   // the ground beside the header's text
        let glyphs = line("项目", x: 5, y: 4, lineID: 0) + line("执行率", x: 132, y: 4, lineID: 0)
            + line("资金", x: 5, y: 24, lineID: 1) + line("100%", x: 100, y: 24, lineID: 1)
        let tables = RuledTableBuilder.tables(from: rules, glyphs: glyphs, page: 1, pageHeight: 800).tables
        try? #require(tables.count == 1)
        #expect(tables.first?.rows == [["项目", "执行率"], ["资金", "100%"]])
        #expect(tables.first?.spans == [])
    }

    /// A short line close beside a border with text between the two does separate cells.
    @Test func lineBesideABorderWithTextBetweenStays() {
        let border = v(100, 0, 40), inner = v(109, 4, 16)
        let glyphs = line("1", x: 101.5, y: 4)
        #expect(RuledTableBuilder.withoutShadows([border, inner], within: 12, glyphs: glyphs) == [border, inner])
        #expect(RuledTableBuilder.withoutShadows([border, inner], within: 12, glyphs: []) == [border])
    }

    /// A header ruled into columns over a body ruled with level lines only: the body's rows,
    /// their text apart at every column border, take the header's columns; a row whose text runs
    /// across a border stays one cell.
    @Test func headerColumnsCarryIntoABodyOfLevelRules() {
        let rules = [h(0, 0, 300), h(20, 0, 300), h(40, 0, 300), h(60, 0, 300), h(80, 0, 300),
                     v(0, 0, 80), v(100, 0, 20), v(200, 0, 20), v(300, 0, 80)]
        let glyphs = line("Country", x: 5, y: 4, lineID: 0) + line("N", x: 105, y: 4, lineID: 0)
            + line("Pos", x: 205, y: 4, lineID: 0)
            + line("Austria", x: 5, y: 24, lineID: 1) + line("109", x: 150, y: 24, lineID: 1)
            + line("0.9", x: 250, y: 24, lineID: 1)
            + line("Belgium", x: 5, y: 44, lineID: 2) + line("93", x: 150, y: 44, lineID: 2)
            + line("1.1", x: 250, y: 44, lineID: 2)
            + line("Only countries with data are shown", x: 5, y: 64, lineID: 3)
        let tables = RuledTableBuilder.tables(from: rules, glyphs: glyphs, page: 1, pageHeight: 800).tables
        try? #require(tables.count == 1)
        #expect(tables.first?.rows == [["Country", "N", "Pos"], ["Austria", "109", "0.9"], ["Belgium", "93", "1.1"],
                                       ["Only countries with data are shown", "", ""]])
    }

    /// A browser's cells have a pixel of padding: two cells' texts nearly meet and poppler reads
    /// them as one line. The border standing clear in the gap between them separates the cells;
    /// a line on a glyph's edge between two letters of one word (a seam between fills behind the
    /// text) does not.
    @Test func borderInTheGapBetweenTightCellsSeparatesThem() {
        let rules = [h(0, 0, 200), h(20, 0, 200), h(40, 0, 200), v(0, 0, 40), v(61.2, 0, 40), v(200, 0, 40)]
        // 预算执行数 ends at 60, 预算执行率 starts at 62.4: 2.4 pt apart, the border at 61.2.
        let glyphs = line("预算执行数", x: 0, y: 4, lineID: 0) + line("预算执行率", x: 62.4, y: 4, lineID: 0)
            + line("51.38", x: 5, y: 24, lineID: 1) + line("97.87%", x: 62.4, y: 24, lineID: 1)
        let tables = RuledTableBuilder.tables(from: rules, glyphs: glyphs, page: 1, pageHeight: 800).tables
        try? #require(tables.count == 1)
        #expect(tables.first?.rows == [["预算执行数", "预算执行率"], ["51.38", "97.87%"]])
        #expect(RuledTableBuilder.standsClear(61.2, of: 60, and: 62.4))
        // Negative: a line on the edge of a glyph of a word set solid is a seam, not a border.
        let word = line("执行情况", x: 0, y: 4)
        #expect(!RuledTableBuilder.standsClear(24.1, of: 24, and: 24))
        #expect(RuledTableBuilder.crossesText(v(24.1, 0, 20), word))
    }

    /// A form whose merged cells go on across two page breaks: on the middle page every column
    /// border is open at both ends, and the rules of the rows it divides cross it. It is a border.
    /// A line open at both ends that no row rule crosses or ends on is none.
    @Test func borderOpenAtBothEndsWithRowRulesCrossingIt() {
        let rules = [h(30, 0, 300), h(60, 0, 300), h(90, 0, 300),
                     v(0, 0, 120), v(150, 0, 120), v(300, 0, 120)]
        let glyphs = line("医疗救助人次", x: 5, y: 38, lineID: 0) + line("≥8万人次", x: 155, y: 38, lineID: 0)
            + line("住院救助比例", x: 5, y: 68, lineID: 1) + line("≥70%", x: 155, y: 68, lineID: 1)
        let tables = RuledTableBuilder.tables(from: rules, glyphs: glyphs, page: 2, pageHeight: 120).tables
        try? #require(tables.count == 1)
        #expect(tables.first?.rows.contains(["医疗救助人次", "≥8万人次"]) == true)
        #expect(tables.first?.rows.contains(["住院救助比例", "≥70%"]) == true)
        // Negative: a stray upright line beside the table, crossing no rule, joins nothing.
        let stray = RuledTableBuilder.tables(from: rules + [v(340, 0, 120)], glyphs: glyphs, page: 2, pageHeight: 120).tables
        #expect(stray.first?.rows.first?.count == tables.first?.rows.first?.count)
    }

    /// A Word form whose funds rows and indicator rows have columns of their own widths: the
    /// border after the first column stands at 60 in the upper rows and at 66 in the lower ones,
    /// along no common row. Both bound cells: the sliver between them joins its neighbours over
    /// the line each row lacks, and no row loses its first column.
    @Test func borderJoggingBetweenTwoPartsKeepsBothColumns() {
        let rules = [h(0, 0, 200), h(20, 0, 200), h(40, 0, 200), h(60, 0, 200), h(80, 0, 200),
                     v(0, 0, 80), v(200, 0, 80), v(60, 0, 40), v(66, 40, 80)]
        let glyphs = line("项目资金", x: 5, y: 4, lineID: 0) + line("年度资金总额", x: 70, y: 4, lineID: 0)
            + line("项目资金", x: 5, y: 24, lineID: 1) + line("其他资金", x: 70, y: 24, lineID: 1)
            + line("绩效指标", x: 5, y: 44, lineID: 2) + line("产出指标", x: 80, y: 44, lineID: 2)
            + line("绩效指标", x: 5, y: 64, lineID: 3) + line("效益指标", x: 80, y: 64, lineID: 3)
        let tables = RuledTableBuilder.tables(from: rules, glyphs: glyphs, page: 1, pageHeight: 800).tables
        try? #require(tables.count == 1)
        let cells = tables.first?.rows.map { $0.filter { !$0.isEmpty } }
        #expect(cells == [["项目资金", "年度资金总额"], ["项目资金", "其他资金"], ["绩效指标", "产出指标"],
                          ["绩效指标", "效益指标"]])
        // Negative: two lines drawn side by side along the same rows (a double rule) are one
        // border; the empty sliver between them goes.
        let double = rules.dropLast(2) + [v(60, 0, 80), v(66, 0, 80)]
        let glyphs2 = line("项目资金", x: 5, y: 4, lineID: 0) + line("年度资金总额", x: 70, y: 4, lineID: 0)
        let doubled = RuledTableBuilder.tables(from: Array(double), glyphs: glyphs2, page: 1, pageHeight: 800).tables
        #expect(doubled.first?.columnCount == 2)
    }

    /// A glyph's stroke on a border's line just under the rule that border ends at (the right
    /// side of 期 in a caption centred over a border the row does not have) does not carry the
    /// border on into the row; the caption stays one merged cell. A border piece as long as the
    /// row still counts.
    @Test func glyphStrokeUnderARuleDoesNotCarryABorderOn() {
        // 预期目标 from 76 to 124 (12 pt a glyph): the right side of 期 stands at 99.5.
        let rules = [h(0, 0, 200), h(20, 0, 200), h(40, 0, 200), h(60, 0, 200),
                     v(0, 0, 60), v(200, 0, 60), v(100, 0, 19.5), v(99.6, 23, 33), v(100, 40.5, 60)]
        let glyphs = line("一", x: 5, y: 4, lineID: 0) + line("二", x: 105, y: 4, lineID: 0)
            + line("预期目标", x: 76, y: 23, lineID: 1)
            + line("三", x: 5, y: 44, lineID: 2) + line("四", x: 105, y: 44, lineID: 2)
        let tables = RuledTableBuilder.tables(from: rules, glyphs: glyphs, page: 1, pageHeight: 800).tables
        try? #require(tables.count == 1)
        #expect(tables.first?.rows == [["一", "二"], ["预期目标", ""], ["三", "四"]])
        // Negative: drawn the row's whole height, the line is a border even where it touches text.
        let bordered = rules.dropLast(2) + [v(100, 20.5, 39.5), v(100, 40.5, 60)]
        let split = RuledTableBuilder.tables(from: Array(bordered), glyphs: glyphs, page: 1, pageHeight: 800).tables
        #expect(split.first?.spans.isEmpty == true)
    }

    @Test func captionAndNoteLabels() {
        for text in ["Exhibit B.4 State Implementation", "Table 6.2: Numbers of outlets", "Source: survey", "Notes",
                     "表3 资金情况", "注：1.资金使用单位", "资料来源：统计局"] {
            #expect(TableCaption.opensWithLabel(text), "\(text)")
        }
        for text in ["绩效指标", "表彰先进集体", "Total", "Tablets issued", "项目名称"] {
            #expect(!TableCaption.opensWithLabel(text), "\(text)")
        }
    }

    // MARK: - Lines of a cell

    private func cellText(_ lines: [String], width: Double, padding: Double = 2) -> String {
        var glyphs: [Glyph] = []
        for (index, text) in lines.enumerated() {
            glyphs += line(text, x: padding, y: Double(index) * 14, lineID: Int32(index))
        }
        return CellText.text(CellText.lines(glyphs), left: 0, right: width, padding: padding).text
    }

    /// Amounts stacked in one narrow cell stay two values, though each fills its line.
    @Test func stackedAmountsStaySeparateLines() {
        #expect(cellText(["7,723,293", "7,793,704"], width: 58) == "7,723,293\n7,793,704")
    }

    /// A CJK value wrapped in its narrow cell joins without a space: `≥850` over `人次`.
    @Test func wrappedCJKValueJoinsWithoutASpace() {
        #expect(cellText(["≥850", "人次"], width: 40) == "≥850人次")
        #expect(cellText(["项目资金", "(万元)"], width: 120) == "项目资金\n(万元)", "a short line ended on purpose")
    }

    /// Latin text wrapped in its cell joins with a space, before a parenthesis too.
    @Test func wrappedLatinJoinsWithASpace() {
        #expect(cellText(["Distance", "(mi)"], width: 60) == "Distance (mi)")
        #expect(cellText(["Improved", "Speed"], width: 60) == "Improved Speed")
    }

    @Test func joiningRulesByScript() {
        #expect(TextJoiner.joinWrapped("Distance", "(mi)") == "Distance (mi)")
        #expect(TextJoiner.joinWrapped("增长5.09", "%") == "增长5.09%")
        #expect(TextJoiner.joinWrapped("well-", "known") == "well-known")
        #expect(TextJoiner.join(line("$ 0.61", x: 0, y: 0), em: 12) == "$ 0.61")
        #expect(TextJoiner.join(line("≥500 人次", x: 0, y: 0), em: 12) == "≥500人次")
    }

    /// Right-to-left text reads from the right; a number inside it keeps its digits' order.
    @Test func rightToLeftLineReadsFromTheRight() {
        // Visually, left to right: "2024" then the Hebrew word שנה drawn as ה נ ש.
        let visual = line("2024 הנש", x: 0, y: 0)
        let text = String(String.UnicodeScalarView(ReadingOrder.logical(visual).map(\.scalar)))
        #expect(text == "שנה 2024")
    }

    // MARK: - Pages on their side

    /// A form lying on its side (lines running up the page) is turned a quarter clockwise: its
    /// lines then run left to right, top to bottom, and the rendering turns with it.
    @Test func sidewaysPageIsTurnedUpright() {
        // Two lines of three glyphs running upwards on a 100 x 200 page.
        var glyphs: [Glyph] = []
        for (lineID, x) in [(Int32(0), 20.0), (1, 40.0)] {
            for step in 0..<3 {
                let y = 150.0 - Double(step) * 12
                glyphs.append(Glyph(scalar: "字", box: Rect(x0: x, y0: y - 12, x1: x + 12, y1: y), fontSize: 12,
                                    bold: false, lineID: lineID))
            }
        }
        let orientation = PageOrientation.detect(glyphs)
        #expect(orientation == .runsUp)
        orientation.turn(&glyphs, width: 100, height: 200)
        #expect(orientation.size(width: 100, height: 200) == (200, 100))
        // Now along x within a line, the first line above the second.
        #expect(glyphs[0].box.x0 < glyphs[1].box.x0 && glyphs[1].box.x0 < glyphs[2].box.x0)
        #expect(glyphs[0].centerY < glyphs[3].centerY)
        // Pixel (1, 0) of a 3 x 2 map lies, turned clockwise, at (1, 1) of the 2 x 3 map.
        var pixels = [UInt8](repeating: 255, count: 6)
        pixels[1] = 0
        let turned = orientation.turn(InkMap(width: 3, height: 2, scale: 1, luminance: pixels))
        #expect(turned.width == 2 && turned.height == 3)
        #expect(turned.luminance[1 * 2 + 1] == 0)
        #expect(PageOrientation.detect(line("a line of text", x: 0, y: 0)) == .upright)
        #expect(PageOrientation.detect(line("2024 הנשה ךותב", x: 0, y: 0)) == .upright)
    }
}
