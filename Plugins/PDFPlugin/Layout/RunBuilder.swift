/// Cuts poppler's text lines into runs.
///
/// poppler's line is a flow unit: it may run across table cells or across a wide gap between
/// two columns of a form. A run stops where the next glyph is far to the right, goes back to
/// the left (by more than the half em two punctuation marks in a row are set into each other),
/// or sits at another height.
enum RunBuilder {
    /// A horizontal gap wider than this many ems starts a new run.
    static let gapLimit = 1.5

    static func runs(from glyphs: [Glyph]) -> [TextRun] {
        var runs: [TextRun] = []
        var current: [Glyph] = []
        var currentEm = 0.0

        func flush() {
            while let last = current.last, last.isSpace { current.removeLast() }
            if !current.isEmpty { runs.append(TextRun(glyphs: current)) }
            current = []
        }

        for glyph in glyphs {
            if current.isEmpty {
                if glyph.isSpace { continue }
                current = [glyph]
                currentEm = glyph.em
                continue
            }
            let last = current[current.count - 1]
            let lastVisible = current.last { !$0.isSpace } ?? last
            let em = max(currentEm, 1)
            let breaks = glyph.lineID != last.lineID
                || glyph.box.x0 - lastVisible.box.x1 > gapLimit * em
                || glyph.box.x0 < lastVisible.box.x1 - 0.75 * em
                || abs(glyph.centerY - lastVisible.centerY) > 0.5 * em
            if breaks {
                flush()
                if glyph.isSpace { continue }
                current = [glyph]
                currentEm = glyph.em
            } else {
                current.append(glyph)
                if !glyph.isSpace && glyph.scalar.isIdeograph { currentEm = glyph.em }
            }
        }
        flush()
        return runs
    }
}
