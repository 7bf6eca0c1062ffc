import Foundation
@testable import PDFPlugin
import Testing

/// A page likely to hold a ruled table is rendered before its text is read, so that poppler runs
/// its content once: the guess comes from the painted segments the work estimate counts, and the
/// text read after a rendering must be the text read without one.
@Suite struct FirstRenderingTests {
    /// Stroked and filled lines and rectangles count; a clipping rectangle (`re W n`) does not.
    @Test func paintedSegmentsCountStrokesAndFillsNotClips() {
        let content = """
            q 0 0 595 842 re W n
            10 10 m 100 10 l S
            0 0 5 5 re f
            1 1 m 2 2 l 3 3 l f*
            4 4 m 5 5 l n
            BT /F1 12 Tf (line) Tj ET
            Q
            """
        let operators = ContentOperators(Array(content.utf8))
        #expect(operators.paintedSegments == 4)
    }

    /// A page drawing a form of two ruling lines three times paints six segments: likely ruled;
    /// the same page with an annotation is not rendered first (its annotations would be drawn),
    /// unless the annotation is a link (which draws nothing).
    @Test func aPageDrawingEnoughLinesIsLikelyRuledUnlessAnnotated() {
        let form = "0 0 m 100 0 l 0 10 m 100 10 l S"
        let page = "/Fm1 Do /Fm1 Do /Fm1 Do"
        let plain = PDFWorkEstimate(pdf(page: page, form: form, annotations: ""))
        #expect(plain.pages?.first?.paintedSegments == 6)
        #expect(plain.pages?.first?.likelyRuled == true)
        let annotated = PDFWorkEstimate(pdf(page: page, form: form, annotations: "/Annots [6 0 R]"))
        #expect(annotated.pages?.first?.likelyRuled == false)
        let linked = PDFWorkEstimate(pdf(page: page, form: form, annotations: "/Annots [7 0 R]"))
        #expect(linked.pages?.first?.likelyRuled == true)
        let sparse = PDFWorkEstimate(pdf(page: "/Fm1 Do", form: form, annotations: ""))
        #expect(sparse.pages?.first?.likelyRuled == false)
    }

    /// Every page of a ruled sample reads the same glyphs whether it was rendered first or not:
    /// what makes rendering first a saving and not a different reading.
    @Test(arguments: ["000_e82f18c061ea3c91.pdf", "001_17f5b4d2682cfcf2.pdf", "002_46cbd641e677e2d2.pdf", "003_5df99de71ad1aeeb.pdf"])
    func textReadAfterARenderingIsTheSame(sample: String) throws {
        let data = try SampleFiles.data(sample)
        let plain = try PopplerDocumentHandle(data: data), rendered = try PopplerDocumentHandle(data: data)
        #expect(plain.pageCount == rendered.pageCount)
        var ruledPages = 0
        for index in 0..<plain.pageCount {
            guard let a = plain.page(at: index), let b = rendered.page(at: index) else {
                Issue.record("page \(index + 1) could not be opened")
                continue
            }
            let textFirst = a.glyphs().glyphs
            #expect(b.render(scale: PageBuilder.renderScales[0]) != nil)
            let renderFirst = b.glyphs().glyphs
            #expect(textFirst.count == renderFirst.count, "page \(index + 1)")
            #expect(zip(textFirst, renderFirst).allSatisfy { $0.isSameReading(as: $1) }, "page \(index + 1)")
            if PDFWorkEstimate(data).pages?[index].likelyRuled == true { ruledPages += 1 }
        }
        #expect(ruledPages > 0)
    }

    private func pdf(page: String, form: String, annotations: String) -> Data {
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << /XObject << /Fm1 5 0 R >> >> \(annotations) >>",
            stream(page, dictionary: ""),
            stream(form, dictionary: "/Type /XObject /Subtype /Form /BBox [0 0 200 200]"),
            "<< /Type /Annot /Subtype /Text /Rect [0 0 10 10] >>",
            "<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /URI /URI (https://example.org/) >> >>",
        ]
        var body = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(body.utf8.count)
            body += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = body.utf8.count
        body += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { body += String(format: "%010d 00000 n \n", offset) }
        body += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(body.utf8)
    }

    private func stream(_ content: String, dictionary: String) -> String {
        "<< /Length \(content.utf8.count) \(dictionary) >>\nstream\n\(content)\nendstream"
    }
}

private extension Glyph {
    /// Everything poppler says of the glyph.
    func isSameReading(as other: Glyph) -> Bool {
        scalar == other.scalar && box == other.box && fontSize == other.fontSize && bold == other.bold
            && lineID == other.lineID
    }
}
