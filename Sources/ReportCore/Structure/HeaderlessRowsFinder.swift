/// Finds indicator rows that stand in a text with no header over them: a page that kept a
/// form's body and lost its header, or copied it with its cells run together on one line
/// (`产出指标数量指标足额保障率=100% 22.5 科目调整次数≤10次 22.5 … 合计100 评价结论…`).
///
/// The rows must start with a level label, as a form's first row does, and hold at least two
/// rows of a name and a target (`HeaderlessRow`): figures alone, or a sentence that names a
/// level, make no table. Cells run together are cut where the templates make the seam certain
/// (`GluedCells`). The table keeps the cells as they were cut, one row per indicator row;
/// `TableSegmenter` reads them under the templates' columns.
enum HeaderlessRowsFinder {
    struct Found {
        var grid: TableGrid
        /// The item after the last line read.
        var next: Int
        /// What the last line holds after the rows (the form's closing lines run on), a line.
        var rest: SourceLine?
    }

    static func find(_ items: [BodyItem], at start: Int, before limit: Int, stop: (Int) -> Bool) -> Found? {
        guard case .line(let first) = items[start], let firstCell = TextCells.split(first.raw).first,
              let label = GluedCells.split(firstCell).first, [.level1, .level2].contains(CellKind.of(label)) else { return nil }
        var rows: [[String]] = []
        var indicatorRows = 0
        var i = start
        var rest: SourceLine?
        while i < limit, case .line(let line) = items[i], !line.isBlank, i == start || !stop(i) {
            let cells = TextCells.split(line.raw).flatMap(GluedCells.split)
            var k = 0
            var lineRows: [[String]] = []
            while k < cells.count, let (placed, next) = HeaderlessRow.parse(cells, from: k) {
                lineRows.append(Array(cells[k..<next]))
                if placed[3] != nil { indicatorRows += 1 }
                k = next
            }
            guard !lineRows.isEmpty else { break }
            rows += lineRows
            i += 1
            if k < cells.count {
                var r = line
                r.raw = cells[k...].joined(separator: " ")
                rest = r
                break
            }
        }
        guard indicatorRows >= 2 else { return nil }
        return Found(grid: TableGrid(rows: rows, positional: false), next: i, rest: rest)
    }
}
