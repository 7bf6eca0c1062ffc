import ReportModel

/// Reads 年度总体目标: the planned goals (年初设定目标/预期目标) and what was achieved
/// (全年实际完成情况), each as listed. They are not paired one to one.
enum GoalsReader {
    static func read(_ view: TableView, _ segment: TableSegment) -> Goals {
        let header = view.cells(segment.header).map(\.compacted)
        let plannedCol = header.firstIndex { $0.includes("设定目标") || $0.includes("预期目标") || $0 == "总体目标" || $0.hasSuffix("目标") && !$0.includes("完成") && !$0.includes("年度总体") }
        // The block's own label (总体目标完成情况) is not the achieved column.
        let achievedCol = header.firstIndex { ($0.includes("完成情况") || $0.includes("实际完成")) && !$0.includes("总体目标") }
        var goals = Goals()
        for r in segment.rows {
            if view.grid.positional, let p = plannedCol, let a = achievedCol {
                let cells = view.grid.rows[r]
                if p < cells.count { goals.planned += items(cells[p]) }
                if a < cells.count { goals.achieved += items(cells[a]) }
                continue
            }
            let cells = view.packed(r).filter { !$0.compacted.includes("总体目标") }
            if cells.count >= 2 {
                goals.planned += items(cells[cells.count - 2])
                goals.achieved += items(cells[cells.count - 1])
            } else if let only = cells.first {
                // One cell holding both lists (a text copy lost the boundary): split where the
                // numbering style changes (目标1… then 1.…).
                let lines = items(only)
                let styles = lines.map(style)
                if let change = styles.indices.dropFirst().first(where: { styles[$0] != styles[0] }) {
                    goals.planned += lines[..<change]
                    goals.achieved += lines[change...]
                } else {
                    goals.planned += lines
                }
            }
        }
        return goals
    }

    private static func items(_ cell: String) -> [String] {
        TextLines.split(cell).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// The numbering style of a list item: 目标1: / 1. / (1) / none.
    private static func style(_ item: String) -> Int {
        if item.hasPrefix("目标") { return 1 }
        if let (n, _) = HeadingNumber.parse(item) { return 10 + n.style.rawValue }
        return 0
    }
}
