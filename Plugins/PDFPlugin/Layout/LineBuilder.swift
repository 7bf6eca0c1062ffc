/// Groups runs into visual lines by height, and orders the lines top to bottom.
///
/// poppler's flow order cannot be trusted (inside tables it goes column by column), so the
/// order is rebuilt from geometry: runs whose centres lie within half an em of each other and
/// whose glyphs do not overlap sideways share a line.
enum LineBuilder {
    static func lines(from runs: [TextRun], page: Int) -> [TextLine] {
        let sorted = runs.sorted { $0.centerY < $1.centerY }
        var groups: [[TextRun]] = []
        var centers: [Double] = []
        var ems: [Double] = []
        for run in sorted {
            var placed = false
            // Only the last few lines can be at the same height: the runs come sorted.
            var index = groups.count - 1
            while index >= 0 && index >= groups.count - 4 {
                let tolerance = 0.45 * min(run.em, ems[index])
                if abs(centers[index] - run.centerY) <= tolerance
                    && !groups[index].contains(where: { collide($0, run) }) {
                    groups[index].append(run)
                    placed = true
                    break
                }
                index -= 1
            }
            if !placed {
                groups.append([run])
                centers.append(run.centerY)
                ems.append(run.em)
            }
        }
        return groups.map { TextLine(runs: $0, page: page) }.sorted { $0.centerY < $1.centerY }
    }

    /// Whether two runs print over each other, so cannot stand on one line. Their extents may
    /// overlap without that: poppler puts the digits of `2024年,该系统` on a line of their own
    /// (another font, another box), and their run reaches from `2024` past `年` to the comma; and
    /// browsers set two punctuation marks in a row (`”。`, `）、`) half an em apart, so their boxes
    /// overlap by half an em. Glyphs collide when they overlap by more than that.
    private static func collide(_ a: TextRun, _ b: TextRun) -> Bool {
        guard a.box.horizontalOverlap(b.box) > 0.3 * min(a.em, b.em) else { return false }
        return a.glyphs.contains { g in
            !g.isSpace && b.glyphs.contains {
                !$0.isSpace && $0.box.horizontalOverlap(g.box) > 0.6 * max(g.box.width, $0.box.width)
            }
        }
    }
}
