import ReportModel

/// Joins a table that continues on the next page to its first part.
///
/// The continuation has the same column edges (within a few points). A header row that the
/// continuation repeats is dropped, and a cell merged down to the bottom of the first part
/// (a 一级指标 over many rows) is extended over the empty cells that carry it on.
enum TableContinuation {
    /// Column edges this close (points) are the same.
    static let tolerance = 3.0

    static func canContinue(_ first: PageTable, with second: PageTable) -> Bool {
        guard first.ruled == second.ruled, first.columnEdges.count == second.columnEdges.count else { return false }
        return zip(first.columnEdges, second.columnEdges).allSatisfy { abs($0 - $1) <= tolerance }
    }

    static func merge(_ first: PageTable, _ second: PageTable) -> PageTable {
        var merged = first
        var rows = second.rows
        var spans = second.spans
        var rowPages = second.rowPages

        // A repeated header: the longest run of leading rows equal to the first part's.
        var repeated = 0
        while repeated < min(3, rows.count - 1, first.rows.count - 1)
            && normalized(rows[repeated]) == normalized(first.rows[repeated])
            && !rows[repeated].allSatisfy(\.isEmpty) {
            repeated += 1
        }
        if repeated > 0 {
            rows.removeFirst(repeated)
            rowPages.removeFirst(repeated)
            spans = spans.compactMap { span in
                let end = span.row + span.rowSpan
                guard end > repeated else { return nil }
                let row = max(span.row, repeated)
                let result = CellSpan(row: row - repeated, column: span.column, rowSpan: end - row, columnSpan: span.columnSpan)
                return result.rowSpan > 1 || result.columnSpan > 1 ? result : nil
            }
            merged.headerRowCount = max(first.headerRowCount, repeated)
        }

        let offset = first.rows.count
        var firstSpans = first.spans
        // Carry merged cells over the page break.
        if let firstRow = rows.first {
            for column in 0..<firstRow.count where firstRow[column].isEmpty {
                guard let upper = firstSpans.firstIndex(where: { span in
                    span.column == column && span.row + span.rowSpan == offset && span.rowSpan > 1
                }) else { continue }
                let width = firstSpans[upper].columnSpan
                let lowerIndex = spans.firstIndex { $0.row == 0 && $0.column == column }
                let lowerWidth = lowerIndex.map { spans[$0].columnSpan } ?? 1
                guard lowerWidth == width else { continue }
                // Only when every position the carried cell covers is empty.
                let lowerRows = lowerIndex.map { spans[$0].rowSpan } ?? 1
                let empty = (0..<lowerRows).allSatisfy { r in
                    (column..<(column + width)).allSatisfy { rows[r][$0].isEmpty }
                }
                guard empty else { continue }
                firstSpans[upper].rowSpan += lowerRows
                if let lowerIndex { spans.remove(at: lowerIndex) }
            }
        }

        merged.rows = first.rows + rows
        merged.rowPages = first.rowPages + rowPages
        merged.spans = firstSpans + spans.map {
            CellSpan(row: $0.row + offset, column: $0.column, rowSpan: $0.rowSpan, columnSpan: $0.columnSpan)
        }
        return merged
    }

    private static func normalized(_ row: [String]) -> [String] {
        row.map { String($0.unicodeScalars.filter { !$0.properties.isWhitespace }) }
    }
}
