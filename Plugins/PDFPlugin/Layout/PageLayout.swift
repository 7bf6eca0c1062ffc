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

    /// Whether the page opens with a ruled table that has no rule over its first row: a table
    /// carried on from the page before (only a running header may stand above it).
    var opensWithContinuedTable: Bool {
        for item in items {
            switch item {
            case .table(let table): return table.ruled && table.openTop
            case .line(let line): if line.box.y1 > height * 0.15 { return false }
            }
        }
        return false
    }
}
