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

    enum Outcome {
        case rows(Found)
        /// The lines from `start` were looked at and hold no such rows; no start before
        /// `notBefore` does either (it would read a part of the same lines).
        case rejected(notBefore: Int)
    }

    /// The rows starting on line `start`; nil when the line does not start with a level label.
    static func find(_ items: [BodyItem], at start: Int, before limit: Int, stop: (Int) -> Bool) -> Outcome? {
        guard case .line(let first) = items[start], let firstCell = TextCells.split(first.raw).first,
              let label = GluedCells.split(firstCell).first, [.level1, .level2].contains(CellKind.of(label)) else { return nil }
        var rows: [[String]] = []
        // Where each row's name stands among its cells (nil for a row of labels or a total).
        var nameAt: [Int?] = []
        var indicatorRows = 0
        var i = start
        var rest: SourceLine?
        while i < limit, case .line(let line) = items[i], !line.isBlank, i == start || !stop(i) {
            let cells = HeaderlessRow.fused(TextCells.split(line.raw).flatMap(GluedCells.split))
            var k = 0
            var lineRows: [[String]] = []
            while k < cells.count, let (placed, next) = HeaderlessRow.parse(cells, from: k) {
                lineRows.append(Array(cells[k..<next]))
                nameAt.append(placed[2] == nil || placed[3] == nil ? nil : cells[k..<next].firstIndex(of: placed[2]!).map { $0 - k })
                if placed[3] != nil { indicatorRows += 1 }
                k = next
            }
            if lineRows.isEmpty, !rows.isEmpty, isWrap(cells) {
                // The ends of the row above's cells, wrapped onto a line of their own (a layout
                // dump): a piece that completes a label goes to it, the rest to the name.
                for piece in cells {
                    if let l = rows[rows.count - 1].indices.first(where: { TextFormReader.completesLabel(rows[rows.count - 1][$0], with: piece) }) {
                        rows[rows.count - 1][l] += piece
                    } else if let n = nameAt[rows.count - 1] {
                        rows[rows.count - 1][n] += piece
                    }
                }
                i += 1
                continue
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
        // A later start reads a part of the same lines, up to the same end.
        guard indicatorRows >= 2 else { return .rejected(notBefore: max(start + 1, i)) }
        return .rows(Found(grid: TableGrid(rows: rows, positional: false), next: i, rest: rest))
    }

    /// A line holding only the wrapped ends of cells: one to three short pieces of words. Not a
    /// numbered heading (`二、存在的问题`): a text that goes on right under the last row, with
    /// no blank line between, starts its next section so.
    static func isWrap(_ cells: [String]) -> Bool {
        guard let first = cells.first, HeadingNumber.parse(first) == nil else { return false }
        return (1...3).contains(cells.count) && cells.allSatisfy { c in
            c.count <= 8 && !c.containsDigit && CellKind.of(c) != .total && !TextFormReader.startsWithClosingLabel(c.compacted)
        }
    }
}
