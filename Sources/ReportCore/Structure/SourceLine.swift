/// One line of body text on its way through the structure pass, whatever format it came from.
struct SourceLine: Equatable {
    enum Origin: Equatable {
        /// A raw line of a plain-text source: may be hard-wrapped, may be a table row.
        case textLine
        /// A line of a paragraph (or heading) whose boundaries the format knew.
        case paragraph
    }

    /// The line as found, indentation kept (whitespace tables need it).
    var raw: String
    var origin: Origin
    var page: Int?
    var emphasized: Bool
    /// True for the first line of a format-known paragraph: hard-wrap joining never crosses it.
    var startsBlock: Bool

    /// The line without surrounding whitespace (NBSP and ideographic space included).
    var text: String { raw.trimmingWhitespace() }
    var isBlank: Bool { text.isEmpty }
}

extension String {
    /// Trims ASCII whitespace, NBSP, ideographic space and other Unicode spaces at both ends.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].isSpaceLike { start = scalars.index(after: start) }
        while end > start {
            let prev = scalars.index(before: end)
            if scalars[prev].isSpaceLike { end = prev } else { break }
        }
        // Most lines have nothing to trim, and `SourceLine.text` trims on every use: no copy then.
        if start == scalars.startIndex, end == scalars.endIndex { return self }
        return String(scalars[start..<end])
    }

    /// The text with every kind of whitespace removed: the key used to compare labels and names.
    var compacted: String {
        guard unicodeScalars.contains(where: \.isSpaceLike) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.filter { !$0.isSpaceLike }))
    }

    /// Width of the leading indentation: spaces and NBSP count 1, a tab 4, an ideographic space 2.
    /// Scraped table rows start with an NBSP cell, so NBSP must count.
    var leadingIndent: Int {
        var n = 0
        for s in unicodeScalars {
            switch s {
            case " ", "\u{00A0}": n += 1
            case "\t": n += 4
            case "\u{3000}": n += 2
            default: return n
            }
        }
        return n
    }
}

extension Unicode.Scalar {
    /// Unicode's White_Space property, spelled out: what contentId removes.
    var isWhiteSpaceProperty: Bool {
        let v = value
        if v < 0x80 { return v == 0x20 || (0x09...0x0D).contains(v) }
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Whitespace in the broad sense, including NBSP (U+00A0), U+3000 and zero-width spaces that
    /// scraped pages carry.
    ///
    /// Spelled out (Unicode's White_Space set plus the zero-width ones) rather than asking
    /// `properties.isWhitespace`, which is a table lookup per character on a hot path.
    var isSpaceLike: Bool {
        let v = value
        if v < 0x80 { return v == 0x20 || (0x09...0x0D).contains(v) }
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200D, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }
}
