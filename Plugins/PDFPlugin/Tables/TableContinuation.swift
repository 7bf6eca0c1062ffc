import ReportModel

/// Joins a table that continues on the next page to its first part.
///
/// The continuation has the same column edges (within a few points), or the edges of one part
/// are among those of the other: a border may not show on a page where no cell ends at it (the
/// empty column beside a 一级指标 merged over a whole page, a page holding only rows whose
/// cells span two columns). Both parts are then cut to the edges of both. A header row that the
/// continuation repeats is dropped; a row the page break cut in two (no rule under the first
/// part nor over the second) becomes one again; and a cell merged down to the bottom of the first
/// part (a 一级指标 over many rows) is extended over the empty cells that carry it on.
enum TableContinuation {
    /// Column edges this close (points) are the same.
    static let tolerance = 3.0

    static func canContinue(_ first: PageTable, with second: PageTable) -> Bool {
        guard first.ruled == second.ruled else { return false }
        if first.columnEdges.count == second.columnEdges.count
            && zip(first.columnEdges, second.columnEdges).allSatisfy({ abs($0 - $1) <= tolerance }) {
            return true
        }
        // Edges hidden on one page: only for ruled tables, whose edges are measured, and only
        // when most edges are shared (two different tables share one or two by chance).
        guard first.ruled else { return false }
        let (fewer, more) = first.columnEdges.count < second.columnEdges.count
            ? (first.columnEdges, second.columnEdges) : (second.columnEdges, first.columnEdges)
        let shared = fewer.filter { edge in more.contains { abs($0 - edge) <= tolerance } }.count
        guard shared == fewer.count else { return false }
        // A part that is one cell wide (a caption row alone at the foot of a page, a note row
        // alone at the head of the next) belongs when it spans the other part's whole width.
        if fewer.count == 2 {
            return abs(fewer[0] - more[0]) <= tolerance && abs(fewer[1] - more[more.count - 1]) <= tolerance
        }
        if fewer.count >= 3 && shared * 10 >= more.count * 6 { return true }
        // A row of merged cells carried over the break (a form's 年度总体目标 row whose goals go
        // on at the head of the next page): the part on its own has exactly the borders of the
        // row it adjoins, which few of the table's edges need be.
        let adjoining = first.columnEdges.count > second.columnEdges.count
            ? rowEdges(first, row: first.rows.count - 1) : rowEdges(second, row: 0)
        return fewer.count >= 3 && adjoining.count == fewer.count
            && zip(adjoining, fewer).allSatisfy { abs($0 - $1) <= tolerance }
    }

    /// The borders of the cells in `row`, a merged cell counting once.
    private static func rowEdges(_ table: PageTable, row: Int) -> [Double] {
        guard row >= 0, row < table.rows.count else { return [] }
        var edges = [table.columnEdges[0]]
        var column = 0
        while column < table.columnCount {
            let cell = table.cell(covering: row, column)
            column = cell.column + cell.columnSpan
            edges.append(table.columnEdges[column])
        }
        return edges
    }

    static func merge(_ first: PageTable, _ second: PageTable) -> PageTable {
        let edges = unionEdges(first.columnEdges, second.columnEdges)
        var upper = first.refined(to: edges, tolerance: tolerance)
        var lower = second.refined(to: edges, tolerance: tolerance)

        // A repeated header: the longest run of leading rows equal to the first part's.
        var repeated = 0
        while repeated < min(3, lower.rows.count - 1, upper.rows.count - 1)
            && normalized(lower.rows[repeated]) == normalized(upper.rows[repeated])
            && !lower.rows[repeated].allSatisfy(\.isEmpty) {
            repeated += 1
        }
        for _ in 0..<repeated { lower.removeRow(0) }
        if repeated > 0 { upper.headerRowCount = max(upper.headerRowCount, repeated) }

        // A row cut by the page break: its two parts are one row. A browser draws no rule where
        // it cuts a row, neither under the first part nor over the second (the rule between two
        // whole rows it draws with one of them, so one open edge alone says nothing); a word
        // processor closes both parts with rules, and only the text tells: every cell with text
        // at the head of the next page goes on from a cell whose last line was full.
        if !lower.rows.isEmpty, (upper.openBottom && lower.openTop) || textRunsOn(upper, into: lower) {
            joinSplitRow(&upper, &lower)
        }

        let offset = upper.rows.count
        // Carry merged cells over the page break: a cell merged down to the foot of the first
        // part goes on over the empty cells that start the next (a 一级指标 over many rows).
        for cell in lower.cells(startingIn: 0) where lower.rows[0][cell.column].isEmpty {
            let above = upper.cell(covering: offset - 1, cell.column)
            guard above.rowSpan > 1, above.row + above.rowSpan == offset,
                  above.column == cell.column, above.columnSpan == cell.columnSpan else { continue }
            // Only when every position the carried cell covers is empty.
            let empty = (0..<cell.rowSpan).allSatisfy { r in
                (cell.column..<(cell.column + cell.columnSpan)).allSatisfy { lower.rows[r][$0].isEmpty }
            }
            guard empty else { continue }
            upper.setCell(above.row, above.column, rowSpan: above.rowSpan + cell.rowSpan, columnSpan: above.columnSpan)
            lower.setCell(0, cell.column, rowSpan: 1, columnSpan: 1)
        }

        var merged = upper
        merged.rows = upper.rows + lower.rows
        merged.rowPages = upper.rowPages + lower.rowPages
        merged.spans = upper.spans + lower.spans.map {
            CellSpan(row: $0.row + offset, column: $0.column, rowSpan: $0.rowSpan, columnSpan: $0.columnSpan)
        }
        merged.openBottom = lower.openBottom
        merged.bottomRoom = lower.bottomRoom
        return merged
    }

    /// Whether the text of the first row of `lower` carries on the last row of `upper`: each of
    /// its cells with text stands under a cell over the same columns whose text ended on a full
    /// line.
    private static func textRunsOn(_ upper: PageTable, into lower: PageTable) -> Bool {
        guard !upper.rows.isEmpty, upper.bottomRoom.count == upper.columnCount else { return false }
        let withText = lower.cells(startingIn: 0).filter { !lower.rows[0][$0.column].isEmpty }
        guard !withText.isEmpty else { return false }
        return withText.allSatisfy { below in
            let above = upper.cell(covering: upper.rows.count - 1, below.column)
            guard above.column == below.column && above.columnSpan == below.columnSpan
                && !upper.rows[above.row][above.column].isEmpty else { return false }
            // CJK text wraps at any character, so a full line leaves under two ems; a character
            // with the comma that may not start a line (`晰，`) goes over together, leaving three.
            let room = upper.bottomRoom[below.column]
            return room <= 2 || (room <= 3 && opensWithKeptPair(lower.rows[0][below.column]))
        }
    }

    /// Whether a text opens with a character and the closing mark no line may start with.
    private static func opensWithKeptPair(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars.prefix(2))
        return scalars.count == 2 && scalars[0].isCJK && "，。、；：？！）》」』】”".unicodeScalars.contains(scalars[1])
    }

    /// Makes the first row of `lower` part of the last row of `upper`: where a cell of that row
    /// stands over the same columns as the cell above it, the text goes on in the cell above, and
    /// a cell of `lower` merged further down makes the cell above reach as far. Nothing is joined
    /// when a cell with text has no counterpart above.
    private static func joinSplitRow(_ upper: inout PageTable, _ lower: inout PageTable) {
        let last = upper.rows.count - 1
        var pairs: [(above: CellSpan, below: CellSpan)] = []
        for below in lower.cells(startingIn: 0) {
            let above = upper.cell(covering: last, below.column)
            if above.column == below.column && above.columnSpan == below.columnSpan {
                pairs.append((above, below))
            } else if !lower.rows[0][below.column].isEmpty {
                return
            }
        }
        for (above, below) in pairs {
            let text = lower.rows[0][below.column]
            if !text.isEmpty {
                let start = upper.rows[above.row][above.column]
                upper.rows[above.row][above.column] = start.isEmpty ? text : TextJoiner.joinWrapped(start, text)
            }
            if below.rowSpan > 1 {
                upper.setCell(above.row, above.column, rowSpan: above.rowSpan + below.rowSpan - 1,
                              columnSpan: above.columnSpan)
                lower.setCell(0, below.column, rowSpan: 1, columnSpan: below.columnSpan)
            }
        }
        lower.removeRow(0)
    }

    /// The edges of both parts, those within `tolerance` of each other taken once (the first
    /// part's value kept).
    private static func unionEdges(_ a: [Double], _ b: [Double]) -> [Double] {
        var edges = a
        for edge in b where !a.contains(where: { abs($0 - edge) <= tolerance }) { edges.append(edge) }
        return edges.sorted()
    }

    private static func normalized(_ row: [String]) -> [String] {
        row.map { String($0.unicodeScalars.filter { !$0.properties.isWhitespace }) }
    }
}
