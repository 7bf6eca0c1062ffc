/// One Unicode scalar poppler placed on a page, with its box and font.
struct Glyph: Sendable {
    var scalar: Unicode.Scalar
    /// poppler's box: the advance horizontally, the font's ascent to descent vertically.
    var box: Rect
    /// The font size poppler reports; unreliable for Type 3 and browser-made fonts.
    var fontSize: Double
    var bold: Bool
    /// Which of poppler's text lines the glyph came from (its flow order, not ours).
    var lineID: Int32

    var isSpace: Bool { scalar.properties.isWhitespace }

    /// The em size, estimated from the geometry.
    ///
    /// poppler's reported size can be off by a factor (browser PDFs report 21 for 10.5 pt text)
    /// and its box height is the font's full ascent-to-descent, which for some fonts is 2.6 em.
    /// A CJK character is one em wide, so its width is the best measure; otherwise the smaller
    /// of the reported size and the box height.
    var em: Double {
        if scalar.isIdeograph {
            return max(1, min(box.width, box.height))
        }
        let fromHeight = box.height / 1.15
        return max(1, fontSize > 0 ? min(fontSize, fromHeight) : fromHeight)
    }

    /// The vertical centre of the glyph's ink.
    var centerY: Double { box.midY }
    var centerX: Double { box.midX }

    /// Whether a font name says bold or a heavy face (黑体 is used for emphasis in Chinese
    /// documents much as bold is).
    static func isBoldFontName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return ["bold", "black", "heavy", "semibold", "demibold", "simhei", "heiti", "黑体"].contains {
            lower.contains($0)
        }
    }
}
