/// One unit of a decoded document, in reading order.
public struct Block: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A heading the format marks as such (`<h2>`, a larger font); 1 is the top level.
        case heading(level: Int)
        /// Running text whose boundaries the format knows (a `<p>`, a PDF paragraph). Line
        /// breaks inside it are soft wraps or `<br>`.
        case paragraph
        /// One raw line of a plain-text source, structure unknown: core finds headings,
        /// paragraphs and tables among such lines.
        case line
        /// A table whose cells the format knows.
        case table(TableGrid)
        /// Page furniture the format recognised (running header, page number, site navigation):
        /// kept out of the body.
        case furniture
    }

    public var kind: Kind
    /// The text; empty for tables.
    public var text: String
    /// The 1-based page, where the format has pages.
    public var page: Int?
    /// Bold, centred or larger than body text: a hint that a short line is a heading or title.
    public var emphasized: Bool

    public init(_ kind: Kind, text: String = "", page: Int? = nil, emphasized: Bool = false) {
        self.kind = kind
        self.text = text
        self.page = page
        self.emphasized = emphasized
    }

    public static func line(_ text: String, page: Int? = nil) -> Block { Block(.line, text: text, page: page) }
    public static func paragraph(_ text: String, page: Int? = nil, emphasized: Bool = false) -> Block {
        Block(.paragraph, text: text, page: page, emphasized: emphasized)
    }
    public static func heading(_ text: String, level: Int, page: Int? = nil) -> Block {
        Block(.heading(level: level), text: text, page: page, emphasized: true)
    }
    public static func table(_ grid: TableGrid) -> Block { Block(.table(grid), page: grid.page) }
    public static func furniture(_ text: String, page: Int? = nil) -> Block { Block(.furniture, text: text, page: page) }
}
