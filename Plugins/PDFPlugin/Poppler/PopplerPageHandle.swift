internal import CPoppler
import Foundation

/// Owns one poppler page and turns what poppler knows about it into Swift values.
///
/// Every C result is checked and freed here, right after it is copied out: the text, the
/// layout rectangles, the attribute list, the image mapping, the cairo surface.
final class PopplerPageHandle {
    /// `PopplerPage *`, owned: unreferenced in `deinit`.
    private let page: OpaquePointer
    /// Kept so the document outlives its page even if poppler's own reference changed.
    private let owner: PopplerDocumentHandle
    /// poppler-glib's and cairo's functions.
    private let c: PopplerLibrary
    /// The page size in points, as displayed; finite and bounded (`PDFLimits.pageSide`).
    let width: Double
    let height: Double

    /// Takes ownership of a page returned by `poppler_document_get_page`.
    init(taking page: OpaquePointer, owner: PopplerDocumentHandle) {
        self.page = page
        self.owner = owner
        c = owner.c
        var w = 0.0, h = 0.0
        c.pageSize(page, &w, &h)
        width = PDFLimits.pageSide(w, fallback: 595)
        height = PDFLimits.pageSide(h, fallback: 842)
    }

    deinit {
        c.objectUnref(UnsafeMutableRawPointer(page))
    }

    // MARK: - Text

    /// Every character poppler found, with its box and font.
    ///
    /// `poppler_page_get_text_layout` gives exactly one rectangle per Unicode scalar of
    /// `poppler_page_get_text` (newlines included), origin top-left; the attribute ranges use
    /// the same scalar indices. Newlines are not kept as glyphs: they only advance `lineID`.
    /// Every box and font size is held to `PDFLimits` (a glyph whose box is not finite is left
    /// out), and at most `PDFLimits.maximumGlyphsPerPage` glyphs are read; `truncated` says
    /// when the page held more.
    func glyphs() -> (glyphs: [Glyph], truncated: Bool) {
        guard let cText = c.pageText(page) else { return ([], false) }
        defer { c.free(cText) }
        let text = String(cString: cText)
        guard !text.isEmpty else { return ([], false) }

        var rects: UnsafeMutablePointer<PopplerRectangle>?
        var rectCount: guint = 0
        guard c.pageTextLayout(page, &rects, &rectCount) != 0, let rects else { return ([], false) }
        defer { c.free(rects) }

        let fonts = textAttributes()
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(min(Int(rectCount), PDFLimits.maximumGlyphsPerPage))
        var fontIndex = 0
        var lineID: Int32 = 0
        for (index, scalar) in text.unicodeScalars.enumerated() {
            guard index < Int(rectCount) else { break }
            if glyphs.count == PDFLimits.maximumGlyphsPerPage { return (glyphs, true) }
            if scalar == "\n" {
                lineID += 1
                continue
            }
            while fontIndex < fonts.count && fonts[fontIndex].end < index { fontIndex += 1 }
            let font = fontIndex < fonts.count && fonts[fontIndex].start <= index ? fonts[fontIndex] : nil
            let r = rects[index]
            guard let box = PDFLimits.box(x1: r.x1, y1: r.y1, x2: r.x2, y2: r.y2, pageWidth: width, pageHeight: height)
            else { continue }
            glyphs.append(Glyph(scalar: scalar, box: box,
                                fontSize: PDFLimits.fontSize(font?.size ?? 0), bold: font?.bold ?? false,
                                lineID: lineID))
        }
        return (glyphs, false)
    }

    /// One font run: scalar indices `start...end` (inclusive, as poppler gives them).
    private struct FontRange {
        var start: Int
        var end: Int
        var size: Double
        var bold: Bool
    }

    private func textAttributes() -> [FontRange] {
        guard let list = c.pageTextAttributes(page) else { return [] }
        defer { c.freeTextAttributes(list) }
        var ranges: [FontRange] = []
        // poppler repeats the same few font names for every range: judge each name once.
        var boldByName: [String: Bool] = [:]
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let data = current.pointee.data {
                let attributes = data.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                let name = attributes.font_name.map { String(cString: $0) } ?? ""
                let bold = boldByName[name] ?? Glyph.isBoldFontName(name)
                boldByName[name] = bold
                ranges.append(FontRange(start: Int(attributes.start_index), end: Int(attributes.end_index),
                                        size: attributes.font_size, bold: bold))
            }
            node = current.pointee.next
        }
        return ranges.sorted { $0.start < $1.start }
    }

    // MARK: - Images

    /// Whether the page draws any image: tells a scanned page from a blank one.
    func hasImages() -> Bool {
        guard let list = c.pageImageMapping(page) else { return false }
        c.freeImageMapping(list)
        return true
    }

    /// The share of the page (0–1) its largest image covers: a scan fills the page, a logo or
    /// a stamp does not.
    func largestImageCoverage() -> Double {
        guard width > 0, height > 0, let list = c.pageImageMapping(page) else { return 0 }
        defer { c.freeImageMapping(list) }
        var largest = 0.0
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let data = current.pointee.data {
                let area = data.assumingMemoryBound(to: PopplerImageMapping.self).pointee.area
                let w = min(width, max(area.x1, area.x2)) - max(0, min(area.x1, area.x2))
                let h = min(height, max(area.y1, area.y2)) - max(0, min(area.y1, area.y2))
                // A damaged file can give any numbers: only a finite, positive area counts.
                if w.isFinite, h.isFinite, w > 0, h > 0 { largest = max(largest, w * h / (width * height)) }
            }
            node = current.pointee.next
        }
        return min(1, largest)
    }

    // MARK: - Rendering

    /// Renders the page on white at `scale` pixels per point and returns its luminance.
    ///
    /// poppler-glib exposes no drawing paths, so ruling lines are found in pixels. Stroked
    /// lines and the thin filled rectangles Word, WPS and browsers draw as borders look the same
    /// here, which is the point.
    ///
    /// A page whose text has not been read yet has it read in the same pass: poppler-glib gives
    /// its cairo output device a text page when rendering for the screen, and `glyphs()` then
    /// uses that text instead of running the page's content again.
    func render(scale: Double) -> InkMap? {
        let pixelWidth = Int((width * scale).rounded(.up))
        let pixelHeight = Int((height * scale).rounded(.up))
        guard pixelWidth > 0, pixelHeight > 0, pixelWidth * pixelHeight <= PDFLimits.maximumRenderPixels else {
            return nil
        }
        guard let surface = c.imageSurfaceCreate(CAIRO_FORMAT_RGB24, Int32(pixelWidth), Int32(pixelHeight))
        else { return nil }
        defer { c.surfaceDestroy(surface) }
        guard c.surfaceStatus(surface) == CAIRO_STATUS_SUCCESS, let context = c.create(surface) else {
            return nil
        }
        c.setSourceRGB(context, 1, 1, 1)
        c.paint(context)
        c.scale(context, scale, scale)
        c.pageRender(page, context)
        c.destroy(context)
        c.surfaceFlush(surface)

        guard let data = c.imageSurfaceData(surface) else { return nil }
        let stride = Int(c.imageSurfaceStride(surface))
        var luminance = [UInt8](repeating: 255, count: pixelWidth * pixelHeight)
        luminance.withUnsafeMutableBufferPointer { out in
            for y in 0..<pixelHeight {
                let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                let base = y * pixelWidth
                for x in 0..<pixelWidth {
                    let pixel = row[x]
                    if pixel & 0x00FF_FFFF == 0x00FF_FFFF { continue }
                    let r = (pixel >> 16) & 0xFF, g = (pixel >> 8) & 0xFF, b = pixel & 0xFF
                    out[base + x] = UInt8((r * 77 + g * 150 + b * 29) >> 8)
                }
            }
        }
        return InkMap(width: pixelWidth, height: pixelHeight, scale: scale, luminance: luminance)
    }
}
