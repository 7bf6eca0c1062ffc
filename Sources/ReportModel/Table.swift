/// A table as found, before interpretation.
///
/// `rows` is rectangular. A merged cell's text stands at its top-left position, the positions it
/// covers hold "", and `spans` lists every merge.
public struct Table: Codable, Sendable, Equatable {
    /// The page the table starts on, where the format has pages.
    public var page: Int?
    public var rows: [[String]]
    public var spans: [CellSpan]
    /// The page of each row, where the format has pages (an added field: a table that crosses a
    /// page break keeps each cell's page); nil otherwise.
    public var rowPages: [Int]?

    public init(page: Int? = nil, rows: [[String]], spans: [CellSpan] = [], rowPages: [Int]? = nil) {
        self.page = page
        self.rows = rows
        self.spans = spans
        self.rowPages = rowPages
    }

    enum CodingKeys: String, CodingKey { case page, rows, spans, rowPages }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(page, forKey: .page)
        try c.encode(rows, forKey: .rows)
        try c.encode(spans, forKey: .spans)
        try c.encode(rowPages, forKey: .rowPages)
    }
}
