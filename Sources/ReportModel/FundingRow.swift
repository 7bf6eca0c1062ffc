/// One line of the funds table (资金投入情况). Amounts are in 万元.
public struct FundingRow: Codable, Sendable, Equatable {
    /// The row label without `其中:` and trailing colons (年度资金总额, 中央财政资金, …).
    public var item: String
    /// 全年预算数 (A), or 调整后预算数; never 年初预算数.
    public var budget: Double?
    /// 全年执行数 (B).
    public var executed: Double?
    /// 执行率 as the percent number written (69.21 for 69.21%).
    public var executionRate: Double?
    public var unit: String

    public init(item: String, budget: Double? = nil, executed: Double? = nil, executionRate: Double? = nil,
                unit: String = "万元") {
        self.item = item
        self.budget = budget
        self.executed = executed
        self.executionRate = executionRate
        self.unit = unit
    }

    enum CodingKeys: String, CodingKey { case item, budget, executed, executionRate, unit }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(item, forKey: .item)
        try c.encode(budget, forKey: .budget)
        try c.encode(executed, forKey: .executed)
        try c.encode(executionRate, forKey: .executionRate)
        try c.encode(unit, forKey: .unit)
    }
}
