/// One line of the score table (投入 15 14.98).
public struct ScoreItem: Codable, Sendable, Equatable {
    public var name: String
    public var max: Double?
    public var score: Double?

    public init(name: String, max: Double? = nil, score: Double? = nil) {
        self.name = name
        self.max = max
        self.score = score
    }

    enum CodingKeys: String, CodingKey { case name, max, score }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(max, forKey: .max)
        try c.encode(score, forKey: .score)
    }
}
