import ReportModel

/// A table as a rectangular grid of cell texts, with merges recorded.
///
/// A merged cell's text stands at its top-left position; the positions it covers hold "".
/// Line breaks inside a cell (`<br>`, wrapped PDF text) are kept as "\n".
public struct TableGrid: Sendable, Equatable {
    public var rows: [[String]]
    public var spans: [CellSpan]
    /// The page the table starts on.
    public var page: Int?
    /// Rows known to be header rows (`<th>`, a repeated PDF header); 0 when unknown.
    public var headerRowCount: Int
    /// True when every cell stands in its true column (markup, ruled PDF tables). False for
    /// tables recognised in plain text, where empty cells may have vanished and the rest of a
    /// row is packed to the left; the interpreter then places cells by what they hold.
    public var positional: Bool
    /// The page each row stands on, where a table crosses pages (provenance for its cells).
    public var rowPages: [Int]?

    public init(rows: [[String]], spans: [CellSpan] = [], page: Int? = nil, headerRowCount: Int = 0,
                positional: Bool, rowPages: [Int]? = nil) {
        let width = rows.map(\.count).max() ?? 0
        self.rows = rows.map { $0.count < width ? $0 + Array(repeating: "", count: width - $0.count) : $0 }
        self.spans = spans
        self.page = page
        self.headerRowCount = headerRowCount
        self.positional = positional
        self.rowPages = rowPages
    }

    public var columnCount: Int { rows.first?.count ?? 0 }
}
