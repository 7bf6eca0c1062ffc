/// The bounds every number from a PDF is held to before layout code sees it, and the caps on
/// the work one page may cost.
///
/// A PDF states its geometry as floats that a damaged or hostile file can make 0, negative,
/// NaN, infinite or astronomically large (a broken font matrix, a `/W` widths array, a
/// `/MediaBox`). Layout code converts coordinates to pixel and bucket indices with `Int(…)`,
/// which traps on NaN, infinity and values past `Int.max`; so the values are made finite and
/// bounded here, once, where they leave poppler, and nowhere downstream has to ask.
enum PDFLimits {
    /// The largest page side, in points: PDF's own limit (ISO 32000 Annex C, 14,400 units).
    static let maximumPageSide = 14_400.0
    /// The largest font size believed; beyond it the size is unknown (0).
    static let maximumFontSize = 10_000.0
    /// Glyphs read from one page; a page holding more is cut at this count with a warning. A
    /// dense A4 form holds about 5,000.
    static let maximumGlyphsPerPage = 200_000
    /// Glyphs read from the whole document: every page's lines are held until the blocks are
    /// assembled, and the report's text after that, so this is what bounds a long PDF's memory.
    /// A 200-page report holds under a million; the pages after the cap is reached are not read,
    /// with a warning naming them.
    static let maximumDocumentGlyphs = 4_000_000
    /// The largest rendering, in pixels (an A4 page at 2 px/pt is 1.5 million).
    static let maximumRenderPixels = 40_000_000

    // Caps on the work a page costs poppler, checked by `PDFWorkEstimate` before poppler runs.
    // A dense ruled form page runs a few thousand operators; a detailed chart tens of thousands.

    /// Objects in one file; past it the file is refused.
    static let maximumObjects = 2_000_000
    /// Operators one page runs, forms counted each time they are drawn; past it the page is
    /// skipped with a warning.
    static let maximumPageOperations = 1_000_000
    /// Forms drawn inside forms; deeper, the page is skipped.
    static let maximumFormDepth = 12
    /// Inflated content of one page, forms expanded; past it the page is skipped.
    static let maximumPageContentBytes = 64 << 20
    /// Operators past which a page is not rendered (its text is still read).
    static let maximumRenderOperations = 200_000
    /// Image pixels past which a page is not rendered.
    static let maximumRenderImagePixels = 100_000_000
    /// Bytes the estimate inflates for the whole file, and for one object stream.
    static let maximumInflatedBytes = 256 << 20
    static let maximumObjectStreamBytes = 64 << 20
    /// Bytes of an image stream decoded (through any ASCII or Flate wrapping) to find its codec's
    /// header, which says how large the picture is.
    static let maximumImageHeaderBytes = 1 << 20

    /// A page side: finite and within 1…`maximumPageSide`; an unusable one becomes A4's.
    static func pageSide(_ value: Double, fallback: Double) -> Double {
        guard value.isFinite, value >= 1 else { return fallback }
        return min(value, maximumPageSide)
    }

    /// A coordinate clamped to the page grown by its own size on each side; nil when not finite.
    static func coordinate(_ value: Double, side: Double) -> Double? {
        guard value.isFinite else { return nil }
        return min(max(value, -side), 2 * side)
    }

    /// A glyph box from two corners, each coordinate held to `coordinate(_:side:)`; nil when
    /// any is not finite, or when the box is larger than the page (a glyph from a broken font
    /// matrix, which no reader could see, and which would swallow the page's lines).
    static func box(x1: Double, y1: Double, x2: Double, y2: Double, pageWidth: Double, pageHeight: Double) -> Rect? {
        guard abs(x2 - x1) <= max(pageWidth, pageHeight), abs(y2 - y1) <= max(pageWidth, pageHeight),
              let xa = coordinate(x1, side: pageWidth), let xb = coordinate(x2, side: pageWidth),
              let ya = coordinate(y1, side: pageHeight), let yb = coordinate(y2, side: pageHeight) else { return nil }
        return Rect(x0: min(xa, xb), y0: min(ya, yb), x1: max(xa, xb), y1: max(ya, yb))
    }

    /// A font size: finite and within 0…`maximumFontSize`, otherwise 0 (unknown).
    static func fontSize(_ value: Double) -> Double {
        value.isFinite && value > 0 && value <= maximumFontSize ? value : 0
    }
}
