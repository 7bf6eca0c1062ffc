/// The comparison a target states.
public enum ComparisonOperator: String, Codable, Sendable, CaseIterable {
    case atLeast = ">="
    case atMost = "<="
    case greater = ">"
    case less = "<"
    case equal = "="
}
