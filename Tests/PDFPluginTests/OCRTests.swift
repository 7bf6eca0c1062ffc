import Foundation
import ReportCore
import ReportModel
import Testing
@testable import PDFPlugin

/// Scanned pages: when a page is read by OCR, how Tesseract's characters become glyphs, how a
/// scan's rules are told from its text, and whole scanned samples against their twins.
@Suite struct OCRTests {
    static func glyph(_ scalar: Unicode.Scalar, x: Double = 0) -> Glyph {
        Glyph(scalar: scalar, box: Rect(x0: x, y0: 0, x1: x + 10, y1: 10), fontSize: 10, bold: false, lineID: 0)
    }

    // MARK: - Which pages

    /// Tesseract is opened on first use, not linked: a machine without it is told which
    /// packages to install, and this one (the tests' machine has them) opens it.
    @Test func tesseractIsOpenedOnFirstUse() throws {
        #expect(throws: TesseractLibrary.LoadError.self) { try TesseractLibrary.open(["libreportconv-absent.so.9"]) }
        do {
            _ = try TesseractLibrary.open(["libreportconv-absent.so.9"])
        } catch {
            #expect(error.description.contains("libreportconv-absent.so.9"))
            #expect(error.description.contains("libtesseract5"))
        }
        let lib = try TesseractLibrary.shared.get()
        #expect(lib.version().map { String(cString: $0) }?.first?.isNumber == true)
        #expect(TesseractEngine.version.first?.isNumber == true)
    }

    @Test func aPageWithRealTextIsNotOCRed() {
        let text = "四川省转移支付区域绩效目标自评表全年预算数全年执行数预算执行率一级指标二级指标三级指标"
        let glyphs = text.unicodeScalars.enumerated().map { Self.glyph($1, x: Double($0) * 10) }
        #expect(TextLayerCheck.verdict(glyphs, largestImageCoverage: 0) == .usable)
        // A logo or a stamp beside real text changes nothing.
        #expect(TextLayerCheck.verdict(glyphs, largestImageCoverage: 0.9) == .usable)
    }

    @Test func aPageOfImageAloneHasNoTextLayer() {
        #expect(TextLayerCheck.verdict([], largestImageCoverage: 1) == .missing)
        #expect(TextLayerCheck.verdict([Self.glyph(" ")], largestImageCoverage: 0.95) == .missing)
        // No text and no image: a blank page, nothing to read.
        #expect(TextLayerCheck.verdict([], largestImageCoverage: 0) == .usable)
    }

    @Test func aFewCharactersOverAScanAreNoTextLayer() {
        // A scanner's software stamped a page number on the scan.
        let glyphs = "第1页".unicodeScalars.map { Self.glyph($0) }
        #expect(TextLayerCheck.verdict(glyphs, largestImageCoverage: 0.98) == .unusable)
        #expect(TextLayerCheck.verdict(glyphs, largestImageCoverage: 0.2) == .usable)
    }

    @Test func unmappedGlyphsAreNoTextLayer() {
        // A font without a Unicode table: poppler gives U+FFFD or private-use code points.
        let unmapped = (0..<40).map { Self.glyph($0 % 2 == 0 ? "\u{FFFD}" : "\u{E012}", x: Double($0) * 10) }
        #expect(TextLayerCheck.verdict(unmapped, largestImageCoverage: 0) == .unusable)
        let mixed = (0..<40).map { Self.glyph($0 % 4 == 0 ? "\u{FFFD}" : "字", x: Double($0) * 10) }
        #expect(TextLayerCheck.verdict(mixed, largestImageCoverage: 0) == .usable)
    }

    // MARK: - Characters to glyphs

    static func symbol(_ text: String, left: Int, right: Int, word: Int, line: Int = 0, top: Int = 100,
                       bottom: Int = 140) -> OCRSymbol {
        OCRSymbol(text: text, left: left, top: top, right: right, bottom: bottom, lineTop: top, lineBottom: bottom,
                  line: line, word: word, confidence: 0.9)
    }

    @Test func charactersBecomeEmBoxedGlyphsInPoints() {
        // Two ideographs 40 px high at 4 px per point: a 10 pt em.
        let glyphs = OCRPageReader.glyphs(from: [Self.symbol("全", left: 0, right: 40, word: 0),
                                                 Self.symbol("年", left: 44, right: 84, word: 1)], scale: 4)
        #expect(glyphs.map(\.scalar) == ["全", "年"], "no space between two Chinese words")
        #expect(abs(glyphs[0].box.height - 10) < 0.01)
        #expect(abs(glyphs[0].box.midY - 30) < 0.01)
        // Widened by the side bearings an advance box has.
        #expect(glyphs[0].box.x0 < 0 && glyphs[0].box.x1 > 10)
    }

    @Test func aWordSpaceIsASpaceButAGapInsideANumberIsNot() {
        let ideograph = Self.symbol("元", left: 0, right: 40, word: 0, line: 1)
        // `3 20`: Tesseract cut one number into two words 4 px apart (0.1 em).
        let number = OCRPageReader.glyphs(from: [ideograph, Self.symbol("3", left: 100, right: 120, word: 1),
                                                 Self.symbol("20", left: 124, right: 164, word: 2)], scale: 4)
        #expect(String(String.UnicodeScalarView(number.map(\.scalar))) == "元320")
        // Two Latin words a third of an em apart.
        let words = OCRPageReader.glyphs(from: [ideograph, Self.symbol("DRG", left: 100, right: 160, word: 1),
                                                Self.symbol("pilot", left: 174, right: 260, word: 2)], scale: 4)
        #expect(String(String.UnicodeScalarView(words.map(\.scalar))) == "元DRG pilot")
    }

    // MARK: - Images

    /// A white page of `width` × `height` pixels with the given dark pixels.
    static func image(width: Int, height: Int, dark: (Int, Int) -> Bool) -> PageImage? {
        var lum = [UInt8](repeating: 255, count: width * height)
        for y in 0..<height { for x in 0..<width where dark(x, y) { lum[y * width + x] = 0 } }
        return PageImage(InkMap(width: width, height: height, scale: 1, luminance: lum))
    }

    @Test func aBorderReadAsACharacterIsDropped() throws {
        // A vertical rule at x = 50 from top to bottom, and a short stroke at x = 20.
        let image = try #require(Self.image(width: 100, height: 300) { x, y in
            (50...51).contains(x) || ((20...21).contains(x) && (140...160).contains(y))
        })
        #expect(OCRPageReader.isPieceOfRule(Self.symbol("|", left: 49, right: 53, word: 0, top: 140, bottom: 160), in: image))
        #expect(!OCRPageReader.isPieceOfRule(Self.symbol("l", left: 19, right: 23, word: 0, top: 140, bottom: 160), in: image))
        #expect(!OCRPageReader.isPieceOfRule(Self.symbol("口", left: 30, right: 48, word: 0, top: 140, bottom: 160), in: image))
    }

    @Test func ruleLinesKeepRulesAndEraseText() throws {
        // A rule 200 px long at y = 50 and a "character" of short strokes around (100, 100).
        let image = try #require(Self.image(width: 300, height: 200) { x, y in
            ((50...201).contains(x) && (50...51).contains(y))
                || ((90...110).contains(x) && y == 100) || (x == 100 && (90...110).contains(y))
        })
        let rules = try #require(image.ruleLines(length: 40))
        let ink = rules.inkMap(sourceScale: 1, scale: 1)
        #expect(ink.luminance[50 * 300 + 120] < 128, "the rule stays")
        #expect(ink.luminance[100 * 300 + 100] > 128, "the character's strokes go")
        #expect(ink.luminance[100 * 300 + 95] > 128)
        let text = try #require(image.erasing(rules)).inkMap(sourceScale: 1, scale: 1)
        #expect(text.luminance[50 * 300 + 120] > 128, "the text image has no rule")
        #expect(text.luminance[100 * 300 + 95] < 128, "and keeps the character")
    }

    @Test func aSkewedScanIsStraightened() throws {
        // Text-like rows of dashes turned 1.5°: Leptonica measures the angle from them.
        let slope = tan(1.5 * Double.pi / 180)
        let image = try #require(Self.image(width: 1200, height: 900) { x, y in
            let straightY = Double(y) - Double(x) * slope
            let row = Int(straightY) % 40
            return straightY > 40 && straightY < 860 && row < 12 && x % 30 < 22 && x > 50 && x < 1150
        })
        let (_, angle) = image.deskewed()
        let found = try #require(angle, "an angle is found")
        #expect(abs(abs(found) - 1.5) < 0.3, "found \(found)°")
    }

    // MARK: - Signs Tesseract misreads

    /// `text` on line 0, one word per symbol unless `word` says, boxes from `boxes` (left, right).
    static func symbols(_ texts: [String], boxes: [(Int, Int)], words: [Int]? = nil, lines: [Int]? = nil,
                        top: Int = 20, bottom: Int = 60) -> [OCRSymbol] {
        texts.indices.map { i in
            Self.symbol(texts[i], left: boxes[i].0, right: boxes[i].1, word: words?[i] ?? i, line: lines?[i] ?? 0,
                        top: top, bottom: bottom)
        }
    }

    @Test func digitsReadIntoAPercentSignAreDropped() {
        // `100%` read `1009%4`: the 9 and the 4 lie over the sign's box.
        var read = Self.symbols(["1", "0", "0", "9", "%", "4"],
                                boxes: [(55, 71), (74, 94), (98, 118), (118, 129), (123, 159), (142, 159)], words: [0, 0, 0, 0, 0, 0])
        #expect(PercentSigns.clean(&read) == 2)
        #expect(read.map(\.text).joined() == "100%")
        #expect(read.last?.left == 118 && read.last?.right == 159, "the sign's box takes in theirs")
        // `72.5%` read `72.59%0`, the 0 spanning the sign and the 9 over its left.
        var rate = Self.symbols(["7", "2", ".", "5", "9", "%", "0"],
                                boxes: [(49, 68), (74, 93), (99, 105), (111, 131), (134, 145), (144, 155), (136, 172)],
                                words: [0, 0, 0, 0, 0, 0, 0])
        PercentSigns.clean(&rate)
        #expect(rate.map(\.text).joined() == "72.5%")
    }

    @Test func digitsBesideAPercentSignStay() {
        // `50%` and `5% 3`: digits standing apart from the sign are figures.
        var fifty = Self.symbols(["5", "0", "%"], boxes: [(0, 20), (24, 44), (48, 84)])
        #expect(PercentSigns.clean(&fifty) == 0)
        #expect(fifty.map(\.text).joined() == "50%")
        var after = Self.symbols(["5", "%", "3"], boxes: [(0, 20), (24, 60), (58, 76)])
        #expect(PercentSigns.clean(&after) == 0, "2 px of a 18 px digit over the sign is no ring of it")
        // A digit of the next line below the sign.
        var below = Self.symbols(["9", "%", "4"], boxes: [(0, 20), (24, 60), (30, 50)], lines: [0, 0, 1])
        PercentSigns.clean(&below)
        #expect(below.map(\.text).joined() == "9%4")
    }

    /// A white image 200 × 100 with strokes 3 px thick along the given segments (x0, y0, x1, y1).
    static func strokes(_ segments: [(Double, Double, Double, Double)]) -> PageImage? {
        Self.image(width: 200, height: 100) { x, y in
            segments.contains { x0, y0, x1, y1 in
                let dx = x1 - x0, dy = y1 - y0
                let t = max(0, min(1, ((Double(x) - x0) * dx + (Double(y) - y0) * dy) / max(1e-9, dx * dx + dy * dy)))
                let px = x0 + t * dx - Double(x), py = y0 + t * dy - Double(y)
                return px * px + py * py <= 2.25
            }
        }
    }

    /// A sign in x 20–56, y 20–60, then a figure `1` (a stroke) at x 70.
    static let figure = (70.0, 20.0, 70.0, 60.0)
    static let greaterOrEqual = [(20.0, 20.0, 56.0, 36.0), (56.0, 36.0, 20.0, 52.0), (20.0, 60.0, 56.0, 60.0)]
    static let lessOrEqual = [(56.0, 20.0, 20.0, 36.0), (20.0, 36.0, 56.0, 52.0), (20.0, 60.0, 56.0, 60.0)]

    @Test func aComparisonSignIsToldByItsInk() throws {
        let ge = try #require(Self.strokes(Self.greaterOrEqual + [Self.figure]))
        // Read as 之, its box reaching into the figure.
        var read = Self.symbols(["之", "1"], boxes: [(20, 72), (68, 73)])
        #expect(ComparisonSigns.restore(&read, in: ge) == 1)
        #expect(read.map(\.text) == ["≥", "1"])
        #expect(read[0].right < 60, "the sign's box is its own ink")
        // Read as `>` with the bar as `=` on the same spot.
        var pair = Self.symbols([">", "=", "1"], boxes: [(20, 56), (20, 56), (68, 73)])
        ComparisonSigns.restore(&pair, in: ge)
        #expect(pair.map(\.text) == ["≥", "1"])
        let le = try #require(Self.strokes(Self.lessOrEqual + [Self.figure]))
        var less = Self.symbols(["<", "1"], boxes: [(20, 56), (68, 73)])
        ComparisonSigns.restore(&less, in: le)
        #expect(less.map(\.text) == ["≤", "1"], "a < with a bar under it")
    }

    @Test func shapesLikeASignAreLeftAlone() throws {
        // `<` without a bar: a line down its middle crosses two strokes.
        let less = try #require(Self.strokes(Array(Self.lessOrEqual.prefix(2)) + [Self.figure]))
        var arms = Self.symbols(["<", "1"], boxes: [(20, 56), (68, 73)])
        #expect(ComparisonSigns.restore(&arms, in: less) == 0)
        #expect(arms[0].text == "<")
        // 三 before a figure: its top stroke spans the character.
        let three = try #require(Self.strokes([(20, 22, 56, 22), (24, 40, 52, 40), (20, 58, 56, 58), Self.figure]))
        var san = Self.symbols(["三", "1"], boxes: [(20, 56), (68, 73)])
        #expect(ComparisonSigns.restore(&san, in: three) == 0)
        // A 2 whose top leans left is still a digit: no sign is as narrow.
        let two = try #require(Self.strokes([(20, 22, 34, 20), (34, 20, 40, 34), (40, 34, 20, 60), (20, 60, 42, 60), Self.figure]))
        var digit = Self.symbols(["2", "1"], boxes: [(20, 42), (68, 73)], words: [0, 0])
        #expect(ComparisonSigns.restore(&digit, in: two) == 0)
        // A sign's shape inside a word is no sign: only a word's first character is looked at.
        let ge = try #require(Self.strokes(Self.greaterOrEqual + [Self.figure]))
        var inside = Self.symbols(["x", "之", "1"], boxes: [(0, 10), (20, 56), (68, 73)], words: [0, 0, 1])
        #expect(ComparisonSigns.restore(&inside, in: ge) == 0)
    }

    /// One symbol per character of `text`, 40 px apart on line 0, each its own word.
    static func ideographs(_ text: String, confidences: [Double]) -> [OCRSymbol] {
        text.map(String.init).enumerated().map { i, character in
            var symbol = Self.symbol(character, left: i * 40, right: i * 40 + 36, word: i)
            symbol.confidence = confidences[i]
            return symbol
        }
    }

    @Test func aDomainWordMisreadByOneDoubtfulCharacterIsPutBack() {
        var read = Self.ideographs("检查履盖率", confidences: [0.9, 0.9, 0.1, 0.9, 0.9])
        let corrections = DomainWords.correct(&read)
        #expect(read.map(\.text).joined() == "检查覆盖率")
        #expect(corrections == [DomainWords.Correction(read: "履盖率", word: "覆盖率", confidence: 0.1, x: 98, y: 120)])
    }

    @Test func wordsThatAreNotMisreadingsStay() {
        // Read with confidence: it is what the scan says.
        var sure = Self.ideographs("履盖率", confidences: [0.95, 0.9, 0.9])
        #expect(DomainWords.correct(&sure).isEmpty)
        // A real word a character from a domain word (执行率): it is known, so left alone.
        var running = Self.ideographs("正常运行率", confidences: [0.9, 0.9, 0.2, 0.9, 0.9])
        #expect(DomainWords.correct(&running).isEmpty)
        #expect(running.map(\.text).joined() == "正常运行率")
        // The last character differs (满意率 is a word of its own): never corrected.
        var last = Self.ideographs("满意车", confidences: [0.9, 0.9, 0.1])
        #expect(DomainWords.correct(&last).isEmpty)
        // Two characters off, or Latin letters in place of an ideograph: no domain word.
        var far = Self.ideographs("履羡率", confidences: [0.1, 0.1, 0.9])
        #expect(DomainWords.correct(&far).isEmpty)
        var latin = Self.ideographs("x盖率", confidences: [0.1, 0.9, 0.9])
        #expect(DomainWords.correct(&latin).isEmpty)
    }

    // MARK: - Whole scans

    /// The 300 dpi scan of a seed gives the seed's indicator rows and funds, marked as OCR.
    @Test func aScannedFormReadsLikeItsTwin() throws {
        let scan = try SampleFiles.document("scans/002_46cbd641e677e2d2-300dpi.pdf")
        #expect(scan.ocr?.pages == [1, 2])
        #expect(scan.diagnostics.contains { $0.code == "ocr-page" && $0.message.contains("read by OCR, mean confidence") })
        let report = try ReportBuilder.build(scan, source: SourceInfo(file: "s.pdf", format: "pdf", sha256: "0"))
        let twin = try ReportBuilder.build(try SampleFiles.document("002_46cbd641e677e2d2.pdf"),
                                           source: SourceInfo(file: "t.pdf", format: "pdf", sha256: "0"))
        #expect(report.source.ocr?.engine.hasPrefix("tesseract ") == true)
        #expect(report.indicators.count >= twin.indicators.count * 9 / 10,
                "\(report.indicators.count) of \(twin.indicators.count) indicator rows")
        #expect(report.funding.first?.budget == twin.funding.first?.budget)
        #expect(report.funding.first?.executed == twin.funding.first?.executed)
    }

    @Test func withOCROffAScanHasOnlyWarnings() throws {
        let data = try SampleFiles.data("scans/002_46cbd641e677e2d2-150dpi.pdf")
        let document = try PDFFormatPlugin(ocr: .never).read(SourceInput(fileName: "s.pdf", path: "s.pdf", data: data))
        #expect(document.blocks.isEmpty)
        #expect(document.ocr == nil)
        #expect(document.diagnostics.map(\.code) == ["no-text-layer", "no-text-layer"])
    }
}
