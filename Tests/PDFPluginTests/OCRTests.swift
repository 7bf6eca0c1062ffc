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
