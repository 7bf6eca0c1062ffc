/// 年度总体目标: what was planned and what was achieved, each as listed (not paired one to one).
public struct Goals: Codable, Sendable, Equatable {
    public var planned: [String]
    public var achieved: [String]

    public init(planned: [String] = [], achieved: [String] = []) {
        self.planned = planned
        self.achieved = achieved
    }
}
