/// Decides from the glyph layout alone whether a page may hold a ruled table, so that only
/// such pages are rendered (rendering costs more than all the text extraction).
///
/// Signs of a table: poppler's flow jumps back up the page (it reads tables column by column),
/// one of poppler's lines breaks into fragments across wide gaps, or spaces stand between CJK
/// characters (cell boundaries; running CJK text has none).
enum TableSuspicion {
    static func suggestsTable(_ runs: [TextRun], pageHeight: Double) -> Bool {
        let top = pageHeight * 0.08, bottom = pageHeight * 0.92
        var backwardJumps = 0
        var splitLines = 0
        var cjkSpaces = 0
        for index in runs.indices.dropFirst() {
            let previous = runs[index - 1], run = runs[index]
            let inBody = previous.centerY > top && previous.centerY < bottom && run.centerY > top && run.centerY < bottom
            if inBody && run.centerY < previous.centerY - max(run.em, previous.em) {
                backwardJumps += 1
            }
            if run.glyphs[0].lineID == previous.glyphs[0].lineID {
                splitLines += 1
            }
        }
        for run in runs {
            var previous: Glyph?
            var sawSpace = false
            for glyph in run.glyphs {
                if glyph.isSpace { sawSpace = true; continue }
                if sawSpace, let previous, previous.scalar.isCJK, glyph.scalar.isCJK { cjkSpaces += 1 }
                previous = glyph
                sawSpace = false
            }
        }
        return backwardJumps >= 1 || splitLines >= 2 || cjkSpaces >= 2
    }
}
