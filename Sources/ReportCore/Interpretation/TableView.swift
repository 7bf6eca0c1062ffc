/// A table seen row by row for interpretation: merged cells' text repeated over the cells they
/// cover, so that every row of a 一级指标 span knows its label.
struct TableView {
    let grid: TableGrid
    /// Rows with merged text filled in over covered cells.
    let filled: [[String]]

    init(_ grid: TableGrid) {
        self.grid = grid
        var rows = grid.rows
        for span in grid.spans {
            guard span.row < rows.count, span.column < rows[span.row].count else { continue }
            let text = rows[span.row][span.column]
            for r in span.row..<min(span.row + span.rowSpan, rows.count) {
                for c in span.column..<min(span.column + span.columnSpan, rows[r].count) where rows[r][c].isEmpty {
                    rows[r][c] = text
                }
            }
        }
        filled = rows
    }

    var rowCount: Int { filled.count }

    /// The non-empty cells of a row, in order, as written (not filled): what a packed text row holds.
    func packed(_ r: Int) -> [String] {
        grid.rows[r].filter { !$0.trimmingWhitespace().isEmpty }
    }

    /// Cells to interpret a row by: the filled row for positional tables, the packed one otherwise.
    func cells(_ r: Int) -> [String] {
        grid.positional ? filled[r] : packed(r)
    }
}
