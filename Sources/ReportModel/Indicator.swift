/// One 绩效指标 row: a 三级指标 with its target and what was achieved.
public struct Indicator: Codable, Sendable, Equatable {
    /// 一级指标, normalised: 产出指标 | 效益指标 | 满意度指标 | 成本指标.
    public var level1: String?
    /// 二级指标 as written, spaces and line breaks removed.
    public var level2: String?
    /// 三级指标.
    public var name: String
    public var target: TargetValue?
    public var actual: ActualValue?
    /// 未完成原因 / 偏差原因.
    public var note: String?
    /// 分值 where the table has it.
    public var weight: Double?
    /// 得分 where the table has it.
    public var score: Double?
    /// Whether the actual value meets the target; nil where they are not comparable.
    public var met: Bool?

    public init(
        level1: String? = nil, level2: String? = nil, name: String, target: TargetValue? = nil,
        actual: ActualValue? = nil, note: String? = nil, weight: Double? = nil, score: Double? = nil,
        met: Bool? = nil
    ) {
        self.level1 = level1
        self.level2 = level2
        self.name = name
        self.target = target
        self.actual = actual
        self.note = note
        self.weight = weight
        self.score = score
        self.met = met
    }

    enum CodingKeys: String, CodingKey { case level1, level2, name, target, actual, note, weight, score, met }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(level1, forKey: .level1)
        try c.encode(level2, forKey: .level2)
        try c.encode(name, forKey: .name)
        try c.encode(target, forKey: .target)
        try c.encode(actual, forKey: .actual)
        try c.encode(note, forKey: .note)
        try c.encode(weight, forKey: .weight)
        try c.encode(score, forKey: .score)
        try c.encode(met, forKey: .met)
    }
}
