import ReportModel

/// One page as lines and tables, top to bottom.
struct PageLayout: Sendable {
    /// One thing on the page.
    enum Item: Sendable {
        case line(TextLine)
        case table(PageTable)

        var top: Double {
            switch self {
            case .line(let line): return line.box.y0
            case .table(let table): return table.box.y0
            }
        }
    }

    /// 1-based page number.
    var number: Int
    var width: Double
    var height: Double
    var items: [Item]
    /// False for a page poppler found no text on.
    var hasText: Bool
    /// Whether the page was rendered to look for ruling lines.
    var rendered: Bool
    /// What was left out of this page because a cap in `PDFLimits` was reached.
    var warnings: [ReportWarning] = []

    /// Whether the page opens with a ruled table (only a running header may stand above it):
    /// the table may have begun on the page before, with a few rows there that did not look like
    /// one (its caption row, the part of a row the page break cut off).
    var opensWithRuledTable: Bool {
        for item in items {
            switch item {
            case .table(let table): return table.ruled && table.box.y0 <= height * 0.15
            case .line(let line): if line.box.y1 > height * 0.15 { return false }
            }
        }
        return false
    }

    /// Whether the page ends with a ruled table (only a running footer may stand below it): the
    /// table may go on at the head of the next page with a row or two that do not look like one
    /// (a form's 总分 row alone on the last page).
    var closesWithRuledTable: Bool {
        for item in items.reversed() {
            switch item {
            case .table(let table): return table.ruled && table.box.y1 >= height * 0.85
            case .line(let line): if line.box.y0 < height * 0.85 { return false }
            }
        }
        return false
    }
}
