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
    /// The em measured on the glyph's poppler line (from its ideographs, or its digits), where
    /// there are any: the best measure for the Latin letters and symbols among them.
    var lineEm: Double?
    /// Whether the scalar is white space (poppler's word breaks); stored, as it is asked often.
    let isSpace: Bool

    init(scalar: Unicode.Scalar, box: Rect, fontSize: Double, bold: Bool, lineID: Int32, lineEm: Double? = nil) {
        self.scalar = scalar
        self.box = box
        self.fontSize = fontSize
        self.bold = bold
        self.lineID = lineID
        self.lineEm = lineEm
        isSpace = scalar == " " || scalar == "\u{3000}" || scalar == "\u{A0}" || scalar.properties.isWhitespace
    }

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
        if let lineEm { return lineEm }
        var estimate = box.height / 1.15
        if fontSize > 0 { estimate = min(estimate, fontSize) }
        return max(1, estimate)
    }

    /// Sets `lineEm` on every glyph of a poppler line that holds ideographs or digits.
    static func assignLineEms(_ glyphs: inout [Glyph]) {
        var start = 0
        while start < glyphs.count {
            var end = start
            while end < glyphs.count && glyphs[end].lineID == glyphs[start].lineID { end += 1 }
            // Ideographs are one em wide; failing those, digits are about 0.55 em wide.
            var ems = glyphs[start..<end].filter { $0.scalar.isIdeograph }.map(\.em).sorted()
            if ems.isEmpty {
                ems = glyphs[start..<end].filter { ("0"..."9").contains($0.scalar) }
                    .map { min($0.box.width / 0.55, $0.box.height) }.sorted()
            }
            if !ems.isEmpty {
                let median = ems[ems.count / 2]
                for index in start..<end { glyphs[index].lineEm = median }
            }
            start = end
        }
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
