/// Decides whether a line ended because the column was full.
///
/// A line that stops short of the right margin still wrapped when what comes next could not
/// fit in the room left: a number or a Latin word is not broken, and Chinese line breaking keeps
/// closing punctuation off the start of a line (so the character before it moves down too).
/// Only when the next line's first unbreakable piece would have fitted did the author end the
/// line.
enum WrapJudge {
    /// Whether `previous` was filled up to `right` as far as `next`'s opening allowed.
    ///
    /// A line that stops inside a sentence, with no punctuation at its end, a little short of the
    /// margin wrapped too: what held its last piece together with the next line's first is not
    /// always in the text layer (a no-break space in `采购金额 1723.34 万元` prints as a gap).
    static func wrapped(_ previous: TextLine, before next: TextLine, left: Double, right: Double) -> Bool {
        let room = right - previous.box.x1
        if room <= next.firstTokenWidth + 1.0 * previous.em { return true }
        guard let last = previous.text.unicodeScalars.last, !isPunctuation(last) else { return false }
        return room <= 0.15 * (right - left)
    }

    /// Punctuation that may end a paragraph or a heading's number: a line ending in one of these
    /// may have ended on purpose.
    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return isClosingPunctuation(scalar) || isQuotation(scalar)
        }
    }

    /// The width of the piece a line's first run starts with that cannot be split: characters between which
    /// the line breaking rules allow no break (after Unicode's line breaking algorithm, as browsers
    /// and word processors apply it to Chinese).
    static func firstTokenWidth(_ run: [Glyph]) -> Double {
        let glyphs = run.filter { !$0.isSpace }
        guard let first = glyphs.first else { return 0 }
        var end = 0
        while end + 1 < glyphs.count && !breakAllowed(glyphs[end].scalar, glyphs[end + 1].scalar) { end += 1 }
        return glyphs[end].box.x1 - first.box.x0
    }

    /// Whether a line may break between `a` and `b`.
    static func breakAllowed(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        // Closing punctuation never starts a line, opening punctuation never ends one.
        if isClosingPunctuation(b) || isOpeningPunctuation(a) { return false }
        // Quotation marks stick to both neighbours (their direction is ambiguous).
        if isQuotation(a) || isQuotation(b) { return false }
        // A word or a number is not broken, nor a number from the separator before it (`,2024`).
        if isTokenCharacter(a) && isTokenCharacter(b) { return false }
        if ",.:;".unicodeScalars.contains(a) && ("0"..."9").contains(b) { return false }
        return true
    }

    private static func isTokenCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isWordCharacter || ".,%‰-+/:·".unicodeScalars.contains(scalar)
    }

    private static func isClosingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        "，。、；：？！）》」』】〕,.;:?!)%]}".unicodeScalars.contains(scalar)
    }

    private static func isOpeningPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        "（《「『【〔([{".unicodeScalars.contains(scalar)
    }

    private static func isQuotation(_ scalar: Unicode.Scalar) -> Bool {
        "“”‘’\"'".unicodeScalars.contains(scalar)
    }
}
