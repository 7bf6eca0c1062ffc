import Foundation

/// Numbers as a page shows them: at most two decimals, no trailing zeros, nothing for nil.
enum NumberText {
    static func show(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        var s = String(format: "%.2f", value)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    static func show(_ value: Int?) -> String { value.map(String.init) ?? "" }
}
