/// Decides whether a page's text layer can be trusted or the page must be read by OCR.
///
/// A scan has no text layer at all, or one a scanner's software added that is unusable: a few
/// characters over a page-sized image, or glyphs that map to no real character (U+FFFD, the
/// private use area, control codes) because the font carries no Unicode table.
enum TextLayerCheck {
    enum Verdict: Equatable {
        case usable
        case missing
        case unusable
    }

    /// Fewer visible characters than this over a page-filling image is no real text layer.
    static let sparseCharacters = 30
    /// An image covering more than this share of the page is a scan of it.
    static let scanCoverage = 0.5

    /// `largestImageCoverage` is evaluated only for a page with no or few characters: finding
    /// the images runs the whole page through poppler a second time.
    static func verdict(_ glyphs: [Glyph], largestImageCoverage: @autoclosure () -> Double) -> Verdict {
        var visible = 0, unmapped = 0
        for glyph in glyphs where !glyph.isSpace {
            visible += 1
            if isUnmapped(glyph.scalar) { unmapped += 1 }
        }
        if visible == 0 { return largestImageCoverage() > 0 ? .missing : .usable }
        if unmapped * 2 > visible { return .unusable }
        if visible < sparseCharacters && largestImageCoverage() > scanCoverage { return .unusable }
        return .usable
    }

    static func isUnmapped(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{FFFD}" || (0xE000...0xF8FF).contains(scalar.value) || scalar.value < 0x20
    }
}
