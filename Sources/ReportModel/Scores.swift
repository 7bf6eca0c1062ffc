/// 自评得分: the score table and the grade.
public struct Scores: Codable, Sendable, Equatable {
    public var items: [ScoreItem]
    public var total: Double?
    /// 优 / 良 / 中 / 差
    public var grade: String?

    public init(items: [ScoreItem] = [], total: Double? = nil, grade: String? = nil) {
        self.items = items
        self.total = total
        self.grade = grade
    }

    enum CodingKeys: String, CodingKey { case items, total, grade }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(items, forKey: .items)
        try c.encode(total, forKey: .total)
        try c.encode(grade, forKey: .grade)
    }
}
