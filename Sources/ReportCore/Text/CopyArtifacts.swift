/// Marks a copy leaves in a report's text that are no part of the report: HTML entities a
/// scraper left undecoded (`索&nbsp;引&nbsp;号`, `&lt;5%`, or `&amp;nbsp;` escaped twice),
/// zero-width characters web pages put between characters (U+200B and its kin, a soft hyphen, a
/// BOM in mid-text), and a Markdown converter's heading and bold marks (`## 一、基本情况`,
/// `**一、基本情况**`).
///
/// Left in, each breaks what the rules see: an entity is six characters where a space stood, a
/// zero-width space splits `产出指标` into two words no vocabulary knows, a `## ` hides a heading's
/// number. None of them is text a report means, so they go before any rule reads the line.
enum CopyArtifacts {
    /// - Parameter isLine: a line of the body (a Markdown heading mark can only open one), not a
    ///   table cell.
    static func removed(from text: String, isLine: Bool) -> String {
        var mayHold = false
        for s in text.unicodeScalars where s == "&" || s == "*" || s == "#" || isInvisible(s) {
            mayHold = true
            break
        }
        guard mayHold else { return text }
        var out = String(String.UnicodeScalarView(text.unicodeScalars.filter { !isInvisible($0) }))
        // Twice at most: `&amp;nbsp;` is `&nbsp;` escaped once more, never three times in practice.
        for _ in 0..<2 where out.includes("&") {
            let decoded = decodingEntities(out)
            if decoded == out { break }
            out = decoded
        }
        if isLine { out = withoutHeadingMark(out) }
        return withoutBoldMarks(out)
    }

    /// Format characters with no width or glyph: zero-width space, non-joiner and joiner, word
    /// joiner, a BOM past the file's start, the soft hyphen, the Mongolian vowel separator.
    static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x200B...0x200D, 0x2060, 0xFEFF, 0x00AD, 0x180E: return true
        default: return false
        }
    }

    /// Entities a page's text holds: the named ones of its spacing and punctuation, and numeric
    /// ones (`&#8805;`, `&#x2265;`). An `&` that opens no known entity stays.
    static func decodingEntities(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            // An entity's name is short: `&#x2265;` is the longest we read.
            if let semi = after.prefix(9).firstIndex(of: ";"), let decoded = entity(after[..<semi]) {
                out.unicodeScalars.append(decoded)
                rest = after[after.index(after: semi)...]
            } else {
                out += "&"
                rest = after
            }
        }
        return out + rest
    }

    private static func entity(_ name: Substring) -> Unicode.Scalar? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(visible)
        }
        if name.hasPrefix("#") { return UInt32(name.dropFirst(), radix: 10).flatMap(visible) }
        return named[String(name)]
    }

    /// A numeric entity's character, unless it is a control character or an invisible one.
    private static func visible(_ value: UInt32) -> Unicode.Scalar? {
        guard let s = Unicode.Scalar(value), value >= 0x20, !(0x7F...0x9F).contains(value) else { return nil }
        return isInvisible(s) ? nil : s
    }

    private static let named: [String: Unicode.Scalar] = [
        "nbsp": "\u{A0}", "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}",
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
        "ge": "≥", "le": "≤", "times": "×", "divide": "÷", "plusmn": "±", "middot": "·",
        "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "mdash": "—", "ndash": "–",
        "hellip": "…", "yen": "¥", "deg": "°", "permil": "‰",
    ]

    /// `## 一、基本情况` → `一、基本情况`: one to six `#` and a space open a Markdown heading.
    static func withoutHeadingMark(_ line: String) -> String {
        let scalars = line.unicodeScalars
        var i = scalars.startIndex
        while i != scalars.endIndex, scalars[i] == " " || scalars[i] == "\t" { i = scalars.index(after: i) }
        var hashes = 0
        while i != scalars.endIndex, scalars[i] == "#" {
            hashes += 1
            i = scalars.index(after: i)
        }
        guard (1...6).contains(hashes), i != scalars.endIndex, scalars[i] == " " || scalars[i] == "\t" else { return line }
        return String(String.UnicodeScalarView(scalars[i...])).trimmingWhitespace()
    }

    /// `**一、基本情况**` → `一、基本情况`: a line or cell that Markdown's bold marks wrap whole.
    /// Marks inside a line are left as written: `张**、李**` is how a page hides names.
    static func withoutBoldMarks(_ text: String) -> String {
        let t = text.trimmingWhitespace()
        guard t.count > 4, t.hasPrefix("**"), t.hasSuffix("**") else { return text }
        let inner = String(t.dropFirst(2).dropLast(2))
        guard !inner.includes("**"), let first = inner.first, let last = inner.last,
              !first.isWhitespace, !last.isWhitespace, first != "*", last != "*" else { return text }
        return String(inner)
    }
}
