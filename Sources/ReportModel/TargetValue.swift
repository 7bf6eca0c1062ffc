/// A target (年度指标值) as written and as parsed.
public struct TargetValue: Codable, Sendable, Equatable {
    public var raw: String
    public var `operator`: ComparisonOperator?
    /// nil where the value is not numeric (有所提升) or holds more than one figure.
    public var value: Double?
    public var unit: String?

    public init(raw: String, operator op: ComparisonOperator? = nil, value: Double? = nil, unit: String? = nil) {
        self.raw = raw
        self.operator = op
        self.value = value
        self.unit = unit
    }

    enum CodingKeys: String, CodingKey { case raw, `operator`, value, unit }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(raw, forKey: .raw)
        try c.encode(`operator`, forKey: .operator)
        try c.encode(value, forKey: .value)
        try c.encode(unit, forKey: .unit)
    }
}
