import ReportModel

/// Cells as rectangles, and rows taken out, for joining the parts of a table cut by page breaks.
extension PageTable {
    /// The cell covering a position: its merge, or the base cell alone.
    func cell(covering row: Int, _ column: Int) -> CellSpan {
        spans.first { row >= $0.row && row < $0.row + $0.rowSpan && column >= $0.column && column < $0.column + $0.columnSpan }
            ?? CellSpan(row: row, column: column, rowSpan: 1, columnSpan: 1)
    }

    /// The cells whose top-left stands in `row`, left to right.
    func cells(startingIn row: Int) -> [CellSpan] {
        var result: [CellSpan] = []
        var column = 0
        while column < columnCount {
            let cell = cell(covering: row, column)
            if cell.row == row { result.append(cell) }
            column = cell.column + cell.columnSpan
        }
        return result
    }

    /// Whether no cell that starts in `row` holds text (cells merged down into it from above
    /// do not count: their text stands above).
    func rowIsEmptyFragment(_ row: Int) -> Bool {
        cells(startingIn: row).allSatisfy { rows[$0.row][$0.column].isEmpty }
    }

    /// Takes `row` out: cells merged over it lose a row, cells starting in it move down a row (or
    /// go, when it was their only row).
    mutating func removeRow(_ row: Int) {
        var result: [CellSpan] = []
        for span in spans {
            var span = span
            if span.row > row {
                span.row -= 1
            } else if span.row + span.rowSpan > row {
                span.rowSpan -= 1
                if span.row == row, span.rowSpan > 0 {
                    // Its text moves to the next row, which is now `row`.
                    rows[row + 1][span.column] = rows[row][span.column]
                }
            }
            if span.rowSpan > 1 || (span.rowSpan == 1 && span.columnSpan > 1) { result.append(span) }
        }
        spans = result
        rows.remove(at: row)
        rowPages.remove(at: row)
        if row == rows.count { bottomRoom = [] }
    }

    /// Sets the cell with top-left at (`row`, `column`) to `rowSpan` by `columnSpan`, recording
    /// it as a merge when it is larger than one base cell.
    mutating func setCell(_ row: Int, _ column: Int, rowSpan: Int, columnSpan: Int) {
        spans.removeAll { $0.row == row && $0.column == column }
        if rowSpan > 1 || columnSpan > 1 {
            spans.append(CellSpan(row: row, column: column, rowSpan: rowSpan, columnSpan: columnSpan))
            spans.sort { ($0.row, $0.column) < ($1.row, $1.column) }
        }
    }

    /// The table cut to finer column edges (its own among them, within `tolerance`): a cell keeps
    /// its text and covers the finer columns between its edges; beyond its own outer edges the
    /// table gains one empty cell a side, as high as the table (a column whose borders did not
    /// show on this page).
    func refined(to edges: [Double], tolerance: Double) -> PageTable {
        guard edges.count != columnEdges.count else { return self }
        let index = columnEdges.map { edge in
            edges.indices.min { abs(edges[$0] - edge) < abs(edges[$1] - edge) } ?? 0
        }
        let width = edges.count - 1
        var result = self
        result.columnEdges = edges
        result.rows = rows.map { _ in [String](repeating: "", count: width) }
        result.spans = []
        for row in rows.indices {
            for cell in cells(startingIn: row) {
                let first = index[cell.column], end = index[cell.column + cell.columnSpan]
                result.rows[row][first] = rows[row][cell.column]
                result.setCell(row, first, rowSpan: cell.rowSpan, columnSpan: max(1, end - first))
            }
        }
        if !bottomRoom.isEmpty {
            result.bottomRoom = [Double](repeating: .infinity, count: width)
            for column in 0..<columnCount {
                for fine in index[column]..<index[column + 1] { result.bottomRoom[fine] = bottomRoom[column] }
            }
        }
        if index[0] > 0 {
            result.setCell(0, 0, rowSpan: rows.count, columnSpan: index[0])
        }
        if index[columnCount] < width {
            result.setCell(0, index[columnCount], rowSpan: rows.count, columnSpan: width - index[columnCount])
        }
        return result
    }
}
