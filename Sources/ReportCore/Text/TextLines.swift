/// Splits text into lines the same way for every format: CRLF and lone CR count as LF, and a
/// form feed (a page break in PDF-to-text dumps) ends a line too.
public enum TextLines {
    public static func split(_ text: String) -> [String] {
        var lines = [String]()
        var current = String.UnicodeScalarView()
        var lastWasCR = false
        for s in text.unicodeScalars {
            switch s {
            case "\r":
                lines.append(String(current)); current = .init(); lastWasCR = true; continue
            case "\n":
                if !lastWasCR { lines.append(String(current)); current = .init() }
            case "\u{0C}":
                lines.append(String(current)); current = .init()
            default:
                current.append(s)
            }
            lastWasCR = false
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }
}
