/// Glyphs that stand together on one line with no wide gap: a word group, one fragment of a
/// line, or the text of one table cell's line.
struct TextRun: Sendable {
    /// The glyphs left to right, without leading or trailing spaces.
    var glyphs: [Glyph]
    var box: Rect
    /// The run's em size (see `Glyph.em`).
    var em: Double
    /// The vertical centre of the run's ink.
    var centerY: Double

    init(glyphs: [Glyph]) {
        self.glyphs = glyphs
        var box = glyphs[0].box
        for glyph in glyphs.dropFirst() { box = box.union(glyph.box) }
        let em = TextRun.medianEm(of: glyphs)
        let centers = glyphs.filter { !$0.isSpace }.map(\.centerY).sorted()
        self.centerY = centers.isEmpty ? box.midY : centers[centers.count / 2]
        self.em = em
        // The visible extent: poppler's boxes are the font's full height, which for some fonts
        // is far taller than the ink and would make lines overlap.
        self.box = Rect(x0: box.x0, y0: centerY - em * 0.6, x1: box.x1, y1: centerY + em * 0.6)
    }

    var text: String { TextJoiner.join(glyphs, em: em) }

    /// Whether most glyphs are in a bold or heavy face.
    var isBold: Bool {
        let visible = glyphs.filter { !$0.isSpace }
        return visible.filter(\.bold).count * 2 > visible.count
    }

    /// The median em, preferring ideographs (whose width is exactly one em).
    static func medianEm(of glyphs: [Glyph]) -> Double {
        let ideographs = glyphs.filter { $0.scalar.isIdeograph }.map(\.em)
        let pool = ideographs.isEmpty ? glyphs.filter { !$0.isSpace }.map(\.em) : ideographs
        guard !pool.isEmpty else { return glyphs.first?.em ?? 10 }
        let sorted = pool.sorted()
        return sorted[sorted.count / 2]
    }
}
