import Foundation

/// A URL query as an HTML form sends it (`a=1&b=x+y`): decoded here rather than by the
/// framework, because a form writes a space as `+` and only the raw query can tell it from `%2B`.
struct QueryParameters: Sendable {
    private var pairs: [(String, String)] = []

    init(_ query: String?) {
        for part in (query ?? "").split(separator: "&") {
            let kv = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (s: Substring) in String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? "" }
            pairs.append((decode(kv[0]), kv.count > 1 ? decode(kv[1]) : ""))
        }
    }

    /// The first value of `name`, trimmed; nil when absent or empty.
    subscript(_ name: String) -> String? {
        guard let v = pairs.first(where: { $0.0 == name })?.1.trimmingCharacters(in: .whitespacesAndNewlines), !v.isEmpty else {
            return nil
        }
        return v
    }

    /// A link's query, `?a=1&b=%E5%8E%BF`, from the pairs whose value is not nil or empty.
    static func encode(_ pairs: [(String, String?)]) -> String {
        let kept = pairs.compactMap { name, value in value.flatMap { $0.isEmpty ? nil : (name, $0) } }
        guard !kept.isEmpty else { return "" }
        return "?" + kept.map { "\(percentEncode($0.0))=\(percentEncode($0.1))" }.joined(separator: "&")
    }

    /// Everything but unreserved characters percent-encoded (also for path segments).
    static func percentEncode(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
