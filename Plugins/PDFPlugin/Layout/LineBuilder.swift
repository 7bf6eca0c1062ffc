/// Groups runs into visual lines by height, and orders the lines top to bottom.
///
/// poppler's flow order cannot be trusted (inside tables it goes column by column), so the
/// order is rebuilt from geometry: runs whose centres lie within half an em of each other and
/// do not overlap sideways share a line.
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
                    && !groups[index].contains(where: { $0.box.horizontalOverlap(run.box) > 0.3 * run.em }) {
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
}
