/// One visual line of text outside the tables: runs at the same height, left to right.
///
/// Everything about the line is measured once, when it is made: paragraph building asks for
/// these many times per line. The glyphs are not kept: a document's lines are held until its last
/// page is read, and a page's glyphs (a box, a font and a scalar each) are several times the size
/// of its text, so keeping them made memory grow with every page of a long file.
struct TextLine: Sendable {
    /// A run of the line, as far as what comes after the page is built needs it: where it stands
    /// and what it says.
    struct Fragment: Sendable {
        let box: Rect
        let text: String
    }

    /// The line's runs, left to right.
    let runs: [Fragment]
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
    /// The glyphs of all its runs, spaces included.
    let glyphCount: Int
    /// The width of the piece the line starts with that cannot be split (`WrapJudge`).
    let firstTokenWidth: Double

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
        self.page = page
        box = runs.dropFirst().reduce(runs[0].box) { $0.union($1.box) }
        centerY = runs.map(\.centerY).sorted()[runs.count / 2]
        let em = runs.max { $0.glyphs.count < $1.glyphs.count }?.em ?? 10
        self.em = em
        let visible = runs.flatMap(\.glyphs).filter { !$0.isSpace }
        isBold = visible.filter(\.bold).count * 2 > visible.count
        hasIdeographs = visible.contains { $0.scalar.isIdeograph }

        glyphCount = runs.reduce(0) { $0 + $1.glyphs.count }
        firstTokenWidth = WrapJudge.firstTokenWidth(runs[0].glyphs)
        let texts = runs.map(\.text)
        self.runs = zip(runs, texts).map { Fragment(box: $0.box, text: $1) }

        var result = texts[0]
        for index in runs.indices.dropFirst() {
            let piece = texts[index]
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
