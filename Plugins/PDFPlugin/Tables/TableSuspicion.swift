/// Decides from the glyph layout alone whether a page may hold a ruled table, so that only
/// such pages are rendered (rendering costs more than all the text extraction).
///
/// Signs of a table: poppler's flow jumps back up the page (it reads tables column by column),
/// one of poppler's lines breaks into fragments across wide gaps or is followed by another at
/// the same height far to its right (the cells of a row), or spaces stand between CJK characters
/// (cell boundaries; running CJK text has none).
enum TableSuspicion {
    static func suggestsTable(_ runs: [TextRun], pageHeight: Double) -> Bool {
        let top = pageHeight * 0.08, bottom = pageHeight * 0.92
        var backwardJumps = 0
        var splitLines = 0
        var cjkSpaces = 0
        for index in runs.indices.dropFirst() {
            let previous = runs[index - 1], run = runs[index]
            // Flow from the body back up counts, into the top band too (a table heading the
            // page, read column by column); from a footer back up to a header does not.
            let fromBody = previous.centerY > top && previous.centerY < bottom && run.centerY < bottom
            if fromBody && run.centerY < previous.centerY - max(run.em, previous.em) {
                backwardJumps += 1
            }
            if run.glyphs[0].lineID == previous.glyphs[0].lineID {
                splitLines += 1
            } else if abs(run.centerY - previous.centerY) < 0.5 * min(run.em, previous.em)
                        && run.box.x0 > previous.box.x1 + 2 * previous.em {
                // The next cell of the row as a line of its own.
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
