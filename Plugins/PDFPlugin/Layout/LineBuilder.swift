/// Groups runs into visual lines by height, and orders the lines top to bottom.
///
/// poppler's flow order cannot be trusted (inside tables it goes column by column), so the
/// order is rebuilt from geometry: runs whose centres lie within half an em of each other and
/// do not overlap sideways share a line.
enum LineBuilder {
    static func lines(from runs: [TextRun], page: Int) -> [TextLine] {
        let sorted = runs.sorted { $0.centerY < $1.centerY }
        var lines: [TextLine] = []
        var centers: [Double] = []
        for run in sorted {
            var placed = false
            // Only the last few lines can be at the same height: the runs come sorted.
            var index = lines.count - 1
            while index >= 0 && index >= lines.count - 4 {
                let tolerance = 0.45 * min(run.em, lines[index].em)
                if abs(centers[index] - run.centerY) <= tolerance
                    && !lines[index].runs.contains(where: { $0.box.horizontalOverlap(run.box) > 0.3 * run.em }) {
                    lines[index].runs.append(run)
                    placed = true
                    break
                }
                index -= 1
            }
            if !placed {
                lines.append(TextLine(runs: [run], page: page))
                centers.append(run.centerY)
            }
        }
        for index in lines.indices {
            lines[index].runs.sort { $0.box.x0 < $1.box.x0 }
        }
        return lines.sorted { $0.centerY < $1.centerY }
    }
}
