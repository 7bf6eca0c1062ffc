/// A piece of HTML that is safe to send: the only way to put text into a page.
///
/// Written as a string literal with interpolations, `"<td>\(title)</td>" as HTML`: the literal's
/// own characters are markup, every interpolated `String` (or number) is escaped by `escape`,
/// and only another `HTML` value goes in as it is. So a value read from a report can never
/// become markup, whichever page function forgets what — there is nothing to forget.
public struct HTML: Sendable, Equatable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public private(set) var text: String

    public init(stringLiteral value: String) { text = value }
    public init(stringInterpolation: Interpolation) { text = stringInterpolation.text }
    public var description: String { text }

    /// Joins pieces (list items, table rows) with nothing between them.
    public init<S: Sequence>(_ pieces: S) where S.Element == HTML {
        text = pieces.map(\.text).joined()
    }

    public static let empty: HTML = ""

    public struct Interpolation: StringInterpolationProtocol {
        var text = ""

        public init(literalCapacity: Int, interpolationCount: Int) { text.reserveCapacity(literalCapacity * 2) }
        public mutating func appendLiteral(_ literal: String) { text += literal }
        public mutating func appendInterpolation(_ html: HTML) { text += html.text }
        public mutating func appendInterpolation(_ value: String) { text += HTML.escape(value) }
        public mutating func appendInterpolation(_ value: String?) { text += HTML.escape(value ?? "") }
        public mutating func appendInterpolation(_ value: Int) { text += String(value) }
    }

    /// The one escaping function: text (and attribute values, always double-quoted) cannot end
    /// an element, start a tag, open an entity or close an attribute.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
