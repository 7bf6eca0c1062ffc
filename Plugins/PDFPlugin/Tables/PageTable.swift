import ReportModel

/// A table found on one page (or, after merging, continued over several), cells as text.
struct PageTable: Sendable {
    /// Where the table stands on the page it starts on.
    var box: Rect
    /// Column boundaries left to right: `columnCount + 1` values. Used to recognise the same
    /// table continuing on the next page.
    var columnEdges: [Double]
    /// Cell texts; a merged cell's text at its top-left, covered positions "".
    var rows: [[String]]
    var spans: [CellSpan]
    /// The page each row was found on (provenance of the cells).
    var rowPages: [Int]
    /// Rows recognised as a header repeated on a continuation page.
    var headerRowCount: Int = 0
    /// True for tables from ruling lines; false for the alignment fallback.
    var ruled: Bool
    /// No rule closes the table at its top or its bottom. Open at the foot of one page and at
    /// the head of the next, a page break cut a row in two (browsers draw no rule where they cut
    /// a cell); one open edge alone may only mean that the rule between two rows was drawn with
    /// the row on the other page.
    var openTop = false
    var openBottom = false
    /// Per column, the room (in ems) the last line of the cell standing at the table's foot
    /// there leaves: a line that (nearly) fills its cell may go on over a page break. Infinite
    /// for an empty cell; the array is empty when not known.
    var bottomRoom: [Double] = []

    var page: Int { rowPages.first ?? 1 }
    var columnCount: Int { columnEdges.count - 1 }
}
