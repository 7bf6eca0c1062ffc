/// Turns glyphs into text, deciding where a space belongs.
///
/// poppler writes a space wherever it sees a gap, including between CJK and Latin or digits
/// (`2023 年度`, `≥500 人次`) where the source has none. A space is kept only between two
/// letters or digits of a space-separated script (real word spaces), between CJK characters
/// only across a wide gap, and between mixed scripts only across a column-wide gap.
enum TextJoiner {
    /// The text of glyphs standing on one line, in the order given.
    ///
    /// - Parameters:
    ///   - glyphs: the glyphs, spaces included (they mark poppler's word breaks).
    ///   - em: the line's em size, to judge gaps.
    static func join<S: Sequence>(_ glyphs: S, em: Double) -> String where S.Element == Glyph {
        var text = String.UnicodeScalarView()
        var previous: Glyph?
        var sawSpace = false
        for glyph in glyphs {
            if glyph.isSpace {
                sawSpace = true
                continue
            }
            if let previous {
                let gap = glyph.box.x0 - previous.box.x1
                // Between two non-CJK characters a space poppler saw is the source's own
                // (`$ 0.61`, `Distance (mi)`), whatever the characters.
                if (sawSpace && !previous.scalar.isCJK && !glyph.scalar.isCJK)
                    || needsSpace(between: previous.scalar, and: glyph.scalar, gap: gap, sawSpace: sawSpace, em: em) {
                    text.append(" ")
                }
            }
            text.append(glyph.scalar)
            previous = glyph
            sawSpace = false
        }
        return String(text)
    }

    /// Whether text `a` then `b`, `gap` points apart, has a space between them.
    static func needsSpace(between a: Unicode.Scalar, and b: Unicode.Scalar, gap: Double, sawSpace: Bool,
                           em: Double) -> Bool {
        let leftWord = a.isWordCharacter || ".,;:!?)]}%'\"".unicodeScalars.contains(a)
        let rightWord = b.isWordCharacter || "([{'\"".unicodeScalars.contains(b)
        if leftWord && rightWord && !(a.isCJK || b.isCJK) {
            return sawSpace || gap > 0.2 * em
        }
        if a.isCJK && b.isCJK {
            return (sawSpace && gap > 0.6 * em) || gap > 1.0 * em
        }
        return gap > 1.5 * em
    }

    /// Joins two wrapped lines of one paragraph by the script's rule: next to CJK without a
    /// space (CJK text wraps anywhere, numbers inside it included), between Latin words, numbers
    /// and symbols with one (`Distance` + `(mi)`), except inside a number cut at the line end, and
    /// before closing punctuation or after opening punctuation or a hyphen.
    static func joinWrapped(_ first: String, _ second: String) -> String {
        guard let last = first.unicodeScalars.last, let next = second.unicodeScalars.first else {
            return first + second
        }
        let isDigit: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
        if last.isCJK || next.isCJK
            || "-‐/([{‘“".unicodeScalars.contains(last) || ".,;:!?)]}%’”".unicodeScalars.contains(next)
            || (isDigit(next) && (isDigit(last) || ",.".unicodeScalars.contains(last))) {
            return first + second
        }
        return first + " " + second
    }
}
