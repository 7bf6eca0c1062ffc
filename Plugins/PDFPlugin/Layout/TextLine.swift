/// One visual line of text outside the tables: runs at the same height, left to right.
///
/// Everything about the line is measured once, when it is made: paragraph building asks for
/// these many times per line.
struct TextLine: Sendable {
    let runs: [TextRun]
    let page: Int
    let box: Rect
    let centerY: Double
    /// The em size of the line: the one of the run with the most glyphs.
    let em: Double
    let isBold: Bool
    /// Whether the line has ideographs, whose width measures the em exactly; the em of a line
    /// of digits and Latin letters alone is only an estimate.
    let hasIdeographs: Bool
    /// The line's text; runs far apart are joined by one space.
    let text: String

    /// - Parameter runs: the runs, in any order (they are sorted left to right; runs that reach
    ///   into each other, one font's glyphs between another's, become one run in glyph order).
    init(runs unsorted: [TextRun], page: Int) {
        var runs: [TextRun] = []
        for run in unsorted.sorted(by: { $0.box.x0 < $1.box.x0 }) {
            if let last = runs.last, last.box.horizontalOverlap(run.box) > 0 {
                let glyphs = (last.glyphs + run.glyphs).enumerated()
                    .sorted { ($0.element.box.x0, $0.offset) < ($1.element.box.x0, $1.offset) }.map(\.element)
                runs[runs.count - 1] = TextRun(glyphs: glyphs)
            } else {
                runs.append(run)
            }
        }
        self.runs = runs
        self.page = page
        box = runs.dropFirst().reduce(runs[0].box) { $0.union($1.box) }
        centerY = runs.map(\.centerY).sorted()[runs.count / 2]
        let em = runs.max { $0.glyphs.count < $1.glyphs.count }?.em ?? 10
        self.em = em
        let visible = runs.flatMap(\.glyphs).filter { !$0.isSpace }
        isBold = visible.filter(\.bold).count * 2 > visible.count
        hasIdeographs = visible.contains { $0.scalar.isIdeograph }

        var result = runs[0].text
        for index in runs.indices.dropFirst() {
            let piece = runs[index].text
            if let a = result.unicodeScalars.last, let b = piece.unicodeScalars.first,
               TextJoiner.needsSpace(between: a, and: b, gap: runs[index].box.x0 - runs[index - 1].box.x1,
                                     sawSpace: true, em: em) {
                result += " "
            }
            result += piece
        }
        text = result
    }
}
