import Foundation
@testable import PDFPlugin
import Testing

/// Floats from a PDF are held to finite bounds where they leave poppler, and a page's work is
/// estimated from the file before poppler runs it.
@Suite struct PDFLimitsTests {
    /// The SIGILL of issue 10: a glyph box of NaN or infinity (a damaged font or `/W` array)
    /// reached `Int(…)` in InkAlignment. Such boxes never leave the boundary now.
    @Test func glyphBoxesAreFiniteAndBounded() {
        for bad in [Double.nan, .infinity, -.infinity] {
            #expect(PDFLimits.box(x1: bad, y1: 0, x2: 10, y2: 10, pageWidth: 595, pageHeight: 842) == nil)
            #expect(PDFLimits.box(x1: 0, y1: 0, x2: 10, y2: bad, pageWidth: 595, pageHeight: 842) == nil)
        }
        // Larger than the page: no glyph anyone could read.
        #expect(PDFLimits.box(x1: 0, y1: 0, x2: 1e300, y2: 10, pageWidth: 595, pageHeight: 842) == nil)
        // Far off the page: clamped to the page grown by its size.
        let off = PDFLimits.box(x1: 1e12, y1: -1e12, x2: 1e12 + 5, y2: -1e12 + 5, pageWidth: 595, pageHeight: 842)
        #expect(off == Rect(x0: 1190, y0: -842, x1: 1190, y1: -842))
        #expect(PDFLimits.fontSize(.nan) == 0 && PDFLimits.fontSize(-3) == 0 && PDFLimits.fontSize(1e30) == 0)
        #expect(PDFLimits.fontSize(10.5) == 10.5)
        #expect(PDFLimits.pageSide(.nan, fallback: 595) == 595)
        #expect(PDFLimits.pageSide(1e30, fallback: 595) == PDFLimits.maximumPageSide)
    }

    /// Glyphs of a degenerate font (zero-height boxes, a zero em) align without trapping.
    @Test func inkAlignmentTakesDegenerateGlyphs() {
        var glyphs = [
            Glyph(scalar: "绩", box: Rect(x0: 10, y0: 10, x1: 10, y1: 10), fontSize: 0, bold: false, lineID: 0),
            Glyph(scalar: "效", box: Rect(x0: 10, y0: 10, x1: 22, y1: 10), fontSize: 0, bold: false, lineID: 0),
            Glyph(scalar: "1", box: Rect(x0: 30, y0: -842, x1: 30, y1: 1684), fontSize: 0, bold: false, lineID: 1),
        ]
        let ink = InkMap(width: 100, height: 100, scale: 1, luminance: [UInt8](repeating: 0, count: 100 * 100))
        InkAlignment.align(&glyphs, to: ink)
        #expect(glyphs.allSatisfy { $0.box.y0.isFinite && $0.box.y1.isFinite })
    }

    /// A cap reached while building a page is a warning naming the page, and the page is still
    /// read: its glyphs cut at the cap, or its rendering left out.
    @Test func capsReachedOnAPageAreWarningsNamingIt() {
        let glyphs = "一、绩效目标".unicodeScalars.enumerated().map { index, scalar in
            Glyph(scalar: scalar, box: Rect(x0: 72 + Double(index) * 12, y0: 100, x1: 84 + Double(index) * 12, y1: 112),
                  fontSize: 12, bold: false, lineID: 0)
        }
        var rendered = false
        let page = PageBuilder.build(glyphs: glyphs, truncated: true, width: 595, height: 842, number: 7,
                                     alwaysRender: true, renderSkipReason: "it draws 300,000 objects") { _ in
            rendered = true
            return nil
        }
        #expect(!rendered && !page.rendered)
        #expect(page.warnings.map(\.code) == ["page-too-complex", "page-too-complex"])
        #expect(page.warnings.allSatisfy { $0.page == 7 && $0.message.contains("page 7") })
        #expect(page.items.count == 1)
        let huge = PageBuilder.build(glyphs: glyphs, truncated: false, width: 14_400, height: 14_400, number: 2,
                                     alwaysRender: true) { _ in nil }
        #expect(huge.warnings.map(\.code) == ["page-too-large"])
    }

    /// A PDF of forms nested 9 deep, each drawing the next 8 times: poppler would run for
    /// minutes; the estimate counts 8^9 draws without running any.
    @Test func nestedFormBombIsCountedNotRun() {
        var objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /X0 5 0 R >> >> /Contents 4 0 R >>",
            stream("/X0 Do", dictionary: ""),
        ]
        for level in 0..<9 {
            let body = level < 8
                ? (0..<8).map { "q 1 0 0 1 \($0) \($0) cm /X\(level + 1) Do Q" }.joined(separator: "\n")
                : "0 0 1 1 re f"
            let resources = level < 8 ? "/Resources << /XObject << /X\(level + 1) \(6 + level) 0 R >> >>" : ""
            objects.append(stream(body, dictionary: "/Type /XObject /Subtype /Form /BBox [0 0 9 9] \(resources)"))
        }
        // How fast the estimate is lives in bench/; here, that it finishes and says what it found.
        let estimate = PDFWorkEstimate(pdf(objects))
        let page = estimate.pages?.first
        #expect(estimate.pages?.count == 1)
        #expect(page?.formDepth == 9)
        #expect((page?.operations ?? 0) > 100_000_000)
        #expect(page?.skipReason?.contains("draws more than") == true)
    }

    /// A long PDF is read until its pages hold the document cap's characters; the pages after
    /// are named in an error-severity warning, so the report says it is partial.
    @Test func aLongDocumentIsReadUpToItsGlyphCap() throws {
        let data = try Data(contentsOf: SampleFiles.url("000_e82f18c061ea3c91.pdf"))
        let whole = try PDFReader.read(data: data, fileName: "a.pdf", ocr: .never)
        #expect(!whole.diagnostics.contains { $0.code == "document-too-large" })
        let capped = try PDFReader.read(data: data, fileName: "a.pdf", ocr: .never, maximumGlyphs: 500)
        let warning = capped.diagnostics.first { $0.code == "document-too-large" }
        #expect(warning?.severity == .error)
        #expect(warning?.message.hasPrefix("pages ") == true && warning?.message.contains("were not read: ") == true
                && warning?.message.contains("more than 500 characters") == true, "\(warning?.message ?? "none")")
        #expect(capped.blocks.count < whole.blocks.count)
    }

    @Test func anOrdinaryPageIsWithinEveryCap() throws {
        let data = try Data(contentsOf: SampleFiles.url("000_e82f18c061ea3c91.pdf"))
        let estimate = PDFWorkEstimate(data)
        #expect(estimate.pages?.count ?? 0 > 0)
        #expect(estimate.pages?.allSatisfy { $0.skipReason == nil && $0.renderSkipReason == nil } == true)
        #expect(estimate.pages?.allSatisfy { $0.operations > 0 } == true)
    }

    private func stream(_ content: String, dictionary: String) -> String {
        "<< /Length \(content.utf8.count) \(dictionary) >>\nstream\n\(content)\nendstream"
    }

    private func pdf(_ objects: [String]) -> Data {
        var text = "%PDF-1.7\n"
        for (index, body) in objects.enumerated() { text += "\(index + 1) 0 obj\n\(body)\nendobj\n" }
        text += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\n%%EOF\n"
        return Data(text.utf8)
    }
}
