/// A node of the heading tree: 一、 > (一) > 1. > (1).
public struct Section: Codable, Sendable, Equatable {
    /// The numbering as written (`一、`, `(一)`, `1.`), or nil for an unnumbered heading.
    public var number: String?
    public var title: String
    /// 1 for the top level.
    public var level: Int
    public var paragraphs: [String]
    public var sections: [Section]

    public init(number: String?, title: String, level: Int, paragraphs: [String] = [], sections: [Section] = []) {
        self.number = number
        self.title = title
        self.level = level
        self.paragraphs = paragraphs
        self.sections = sections
    }

    enum CodingKeys: String, CodingKey { case number, title, level, paragraphs, sections }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(title, forKey: .title)
        try c.encode(level, forKey: .level)
        try c.encode(paragraphs, forKey: .paragraphs)
        try c.encode(sections, forKey: .sections)
    }
}
