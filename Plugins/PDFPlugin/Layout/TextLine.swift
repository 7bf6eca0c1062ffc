/// One visual line of text outside the tables: runs at the same height, left to right.
struct TextLine: Sendable {
    var runs: [TextRun]
    var page: Int

    var box: Rect { runs.dropFirst().reduce(runs[0].box) { $0.union($1.box) } }
    var centerY: Double { runs.map(\.centerY).sorted()[runs.count / 2] }

    /// The em size of the line: the one of the run with the most glyphs.
    var em: Double { runs.max { $0.glyphs.count < $1.glyphs.count }?.em ?? 10 }

    /// Whether the line has ideographs, whose width measures the em exactly; the em of a line
    /// of digits and Latin letters alone is only an estimate.
    var hasIdeographs: Bool { runs.contains { $0.glyphs.contains { $0.scalar.isIdeograph } } }

    var isBold: Bool {
        let visible = runs.flatMap(\.glyphs).filter { !$0.isSpace }
        return visible.filter(\.bold).count * 2 > visible.count
    }

    /// The line's text; runs far apart are joined by one space.
    var text: String {
        var result = runs[0].text
        for index in runs.indices.dropFirst() {
            let left = runs[index - 1], right = runs[index]
            let piece = right.text
            guard let a = result.unicodeScalars.last, let b = piece.unicodeScalars.first else {
                result += piece
                continue
            }
            let gap = right.box.x0 - left.box.x1
            if TextJoiner.needsSpace(between: a, and: b, gap: gap, sawSpace: true, em: em) {
                result += " "
            }
            result += piece
        }
        return result
    }
}
