import Testing
@testable import PDFPlugin

/// What Tesseract's reading of a scanned form's cells needs put right: a wide sans-serif ≥ or ≤
/// its top alone does not tell, figures taken for the rings of a `%` beside them, a list item's
/// `1` read as 工, and the lines and spaces of a cell's wrapped sentence.
@Suite struct OCRCellReadingTests {
    typealias T = OCRTests

    // MARK: - Comparison signs by their top and middle rows

    /// A sign in x 20–56, y 20–56 whose arms are flat (a sans-serif sign, wider than high): its
    /// top rows' ink stands near the middle, its middle rows' ink at the side the arms meet.
    static let flatGreater = [(20.0, 20.0, 56.0, 32.0), (56.0, 32.0, 20.0, 44.0), (20.0, 56.0, 56.0, 56.0)]
    static let flatLess = [(56.0, 20.0, 20.0, 32.0), (20.0, 32.0, 56.0, 44.0), (20.0, 56.0, 56.0, 56.0)]

    @Test func aWideSignIsToldByItsTopAndMiddleTogether() throws {
        let ge = try #require(T.strokes(Self.flatGreater + [T.figure]))
        var read = T.symbols(["三", "1"], boxes: [(20, 72), (68, 73)])
        #expect(ComparisonSigns.restore(&read, in: ge) == 1)
        #expect(read.map(\.text) == ["≥", "1"])
        let le = try #require(T.strokes(Self.flatLess + [T.figure]))
        var less = T.symbols(["三", "1"], boxes: [(20, 72), (68, 73)])
        ComparisonSigns.restore(&less, in: le)
        #expect(less.map(\.text) == ["≤", "1"])
    }

    @Test func aThreeWithHeavyRightTipsIsNoSign() throws {
        // A Song 三: its strokes start right of the left edge, the top one furthest, so its top's
        // ink stands right of the middle, as a ≤'s does; but so does its middle stroke.
        let three = try #require(T.strokes([(32, 22, 56, 22), (28, 40, 56, 40), (20, 58, 56, 58), T.figure]))
        var san = T.symbols(["三", "1"], boxes: [(20, 56), (68, 73)])
        #expect(ComparisonSigns.restore(&san, in: three) == 0)
        #expect(san[0].text == "三")
    }

    // MARK: - Figures beside a percent sign

    /// A `5` (its strokes in x 10–24) and a `%` (rings and a slash in x 34–62), 10 px apart.
    static let fiveAndPercent: [(Double, Double, Double, Double)] = [
        (24, 22, 10, 22), (10, 22, 10, 38), (10, 38, 24, 44), (24, 44, 10, 58),
        (34, 58, 62, 22), (36, 24, 42, 24), (36, 24, 36, 32), (54, 48, 60, 48), (60, 48, 60, 56),
    ]

    @Test func aFigureWhoseBoxLiesOverTheSignButWhoseInkStandsApartStays() throws {
        let image = try #require(T.strokes(Self.fiveAndPercent))
        // Tesseract's box of the 5 reaches well into the sign's (12 of its 26 px).
        var read = T.symbols(["5", "%"], boxes: [(14, 40), (28, 64)], top: 20, bottom: 60)
        #expect(PercentSigns.clean(&read, in: image) == 0)
        #expect(read.map(\.text).joined() == "5%")
        // Without the image, the boxes alone take it for a ring of the sign.
        var boxesOnly = T.symbols(["5", "%"], boxes: [(14, 40), (28, 64)], top: 20, bottom: 60)
        #expect(PercentSigns.clean(&boxesOnly) == 1)
    }

    @Test func aRingReadAsADigitIsStillDropped() throws {
        let image = try #require(T.strokes(Self.fiveAndPercent))
        // `5%0`: a 0 read on the sign's lower ring, its middle inside the sign's ink.
        var read = T.symbols(["5", "%", "0"], boxes: [(8, 26), (32, 64), (50, 62)], top: 20, bottom: 60)
        #expect(PercentSigns.clean(&read, in: image) == 1)
        #expect(read.map(\.text).joined() == "5%")
    }

    // MARK: - A list item's number

    @Test func aOneReadAsGongIsPutBackWhereANumberStands() {
        // `工.城镇新增就业`: first on its line, before the item's mark.
        var item = T.symbols(["工", ".", "城", "镇"], boxes: [(0, 20), (22, 26), (30, 70), (72, 112)], words: [0, 0, 1, 1])
        let corrections = ListNumbers.restore(&item)
        #expect(item.map(\.text).joined() == "1.城镇")
        #expect(corrections.map(\.word) == ["1."])
        #expect(corrections.first?.reason == "the number of a list item")
        // `目标工：`: after 目标, before a colon.
        var goal = T.symbols(["目", "标", "工", "："], boxes: [(0, 40), (42, 82), (84, 104), (106, 120)])
        ListNumbers.restore(&goal)
        #expect(goal.map(\.text).joined() == "目标1：")
    }

    @Test func gongInWordsStays() {
        // 工作 at a line's start, 加工. ending a sentence, and 工 before a mark on a line after
        // another line's last character.
        var word = T.symbols(["工", "作"], boxes: [(0, 40), (42, 82)])
        #expect(ListNumbers.restore(&word).isEmpty)
        var sentence = T.symbols(["加", "工", "。"], boxes: [(0, 40), (42, 82), (84, 100)])
        #expect(ListNumbers.restore(&sentence).isEmpty)
        var inside = T.symbols(["加", "工", "."], boxes: [(0, 40), (42, 82), (84, 90)])
        #expect(ListNumbers.restore(&inside).isEmpty)
        #expect(inside.map(\.text).joined() == "加工.")
    }

    // MARK: - A cell's lines and spaces

    @Test func aCellsGlyphsStandAtTheirLinesHeight() {
        // One line of a cell: an ideograph, a closing quote high in its em, a comma low in it.
        let symbols = [T.symbol("办", left: 0, right: 40, word: 0, top: 100, bottom: 140),
                       T.symbol("”", left: 44, right: 60, word: 1, top: 96, bottom: 110),
                       T.symbol("，", left: 64, right: 72, word: 1, top: 130, bottom: 146),
                       T.symbol("压", left: 100, right: 140, word: 2, top: 101, bottom: 141)]
        let cell = OCRPageReader.glyphs(from: symbols, scale: 4, centredOnLines: true)
        #expect(Set(cell.map { $0.box.midY }).count == 1, "one height for the line")
        #expect(String(String.UnicodeScalarView(cell.map(\.scalar))) == "办”，压", "no space beside CJK punctuation")
        // A page's reading keeps each glyph at its own height.
        let page = OCRPageReader.glyphs(from: symbols, scale: 4)
        #expect(Set(page.map { $0.box.midY }).count > 1)
    }

    @Test func noSpaceBetweenASignAndItsFigureInACell() {
        #expect(OCRPageReader.joinsWithoutSpace("≥", "2"))
        #expect(OCRPageReader.joinsWithoutSpace("”", "，"))
        #expect(OCRPageReader.joinsWithoutSpace("率", "9"))
        // Two Latin words, or a sign before a word: a real space.
        #expect(!OCRPageReader.joinsWithoutSpace("G", "p"))
        #expect(!OCRPageReader.joinsWithoutSpace("≥", "x"))
    }
}

/// A domain word misread where a cell's line wraps inside it.
@Suite struct OCRWrappedDomainWordTests {
    @Test func aDomainWordWrappedOntoTheNextLineIsPutBack() {
        var read = OCRTests.ideographs("服务履盖率", confidences: [0.9, 0.9, 0.06, 0.6, 0.9])
        read[3].line = 1
        read[4].line = 1
        #expect(DomainWords.correct(&read).map(\.word) == ["覆盖率"])
        #expect(read.map(\.text).joined() == "服务覆盖率")
        #expect(read[2].misread == "履", "what was read stays known, for the low-confidence warning")
        // Two lines apart: no word runs over a whole line.
        var far = OCRTests.ideographs("履盖率", confidences: [0.06, 0.6, 0.9])
        far[1].line = 2
        far[2].line = 2
        #expect(DomainWords.correct(&far).isEmpty)
    }
}

/// A caption's full-width opening bracket read as an angle bracket.
@Suite struct OCRBracketPairTests {
    @Test func anAngleBracketClosedByARoundOneIsRound() {
        var caption = OCRTests.symbols(["表", "〈", "2", "0", "2", "4", "年", "度", ")"],
                                       boxes: [(0, 40), (42, 52), (54, 64), (66, 76), (78, 88), (90, 100), (102, 142), (144, 184), (186, 196)])
        #expect(BracketPairs.restore(&caption) == 1)
        #expect(caption.map(\.text).joined() == "表（2024年度)")
        #expect(caption[1].misread == "〈")
    }

    @Test func anAngleBracketClosedAsOneOrOnAnotherLineStays() {
        var angle = OCRTests.symbols(["〈", "一", "〉", ")"], boxes: [(0, 10), (12, 52), (54, 64), (66, 76)])
        #expect(BracketPairs.restore(&angle) == 0)
        var lines = OCRTests.symbols(["〈", "一", ")"], boxes: [(0, 10), (12, 52), (54, 64)], lines: [0, 0, 1])
        #expect(BracketPairs.restore(&lines) == 0)
    }
}
