/// What was achieved (实际完成值) as written and as parsed. Unlike a target it has no operator.
public struct ActualValue: Codable, Sendable, Equatable {
    public var raw: String
    public var value: Double?
    public var unit: String?

    public init(raw: String, value: Double? = nil, unit: String? = nil) {
        self.raw = raw
        self.value = value
        self.unit = unit
    }

    enum CodingKeys: String, CodingKey { case raw, value, unit }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(raw, forKey: .raw)
        try c.encode(value, forKey: .value)
        try c.encode(unit, forKey: .unit)
    }
}
