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
}
