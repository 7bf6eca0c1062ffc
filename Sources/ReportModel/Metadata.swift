/// What the report says about itself.
public struct Metadata: Codable, Sendable, Equatable {
    public var title: String?
    public var kind: ReportKind
    /// The body that wrote the report, full name.
    public var issuer: String?
    /// The year the report is about (not the publishing year).
    public var year: Int?
    /// ISO date (`2023-04-26`).
    public var publishedOn: String?
    /// 索引号
    public var indexNumber: String?

    public init(
        title: String? = nil, kind: ReportKind = .other, issuer: String? = nil, year: Int? = nil,
        publishedOn: String? = nil, indexNumber: String? = nil
    ) {
        self.title = title
        self.kind = kind
        self.issuer = issuer
        self.year = year
        self.publishedOn = publishedOn
        self.indexNumber = indexNumber
    }

    enum CodingKeys: String, CodingKey { case title, kind, issuer, year, publishedOn, indexNumber }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(kind, forKey: .kind)
        try c.encode(issuer, forKey: .issuer)
        try c.encode(year, forKey: .year)
        try c.encode(publishedOn, forKey: .publishedOn)
        try c.encode(indexNumber, forKey: .indexNumber)
    }
}
