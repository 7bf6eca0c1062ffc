/// Takes out the digits Tesseract reads into a `%` sign (`100%` read `1009%4`, `72.5%` read
/// `72.59%0`): the Chinese model sees the sign's two rings as digits as well as the sign, and
/// returns them as characters of their own whose boxes lie over the sign's. A digit written
/// before or after a `%` stands beside it, its box apart; a digit whose box lies mostly over the
/// sign's is the same ink read twice. Such digits are dropped and the sign's box takes in theirs.
enum PercentSigns {
    /// The signs whose rings are read as digits.
    static let signs: Set<String> = ["%", "％", "‰"]
    /// The share of the narrower of two boxes their overlap must reach for the two to be one glyph:
    /// a figure before a sign stands a few pixels apart from it, a ring read as a digit lies over it
    /// (Tesseract's boxes of a line are rough: a phantom may cover only a third of the sign's).
    static let sameInk = 0.3

    /// The symbols with the phantom digits dropped, in place; returns how many were.
    @discardableResult
    static func clean(_ symbols: inout [OCRSymbol]) -> Int {
        var dropped = 0
        var index = 0
        while index < symbols.count {
            guard signs.contains(symbols[index].text) else {
                index += 1
                continue
            }
            var changed = true
            while changed {
                changed = false
                let sign = symbols[index]
                // The digit after the sign, then the one before it: each taken in widens the box.
                if index + 1 < symbols.count, isPhantom(symbols[index + 1], of: sign) {
                    symbols[index].left = min(sign.left, symbols[index + 1].left)
                    symbols[index].right = max(sign.right, symbols[index + 1].right)
                    symbols.remove(at: index + 1)
                    dropped += 1
                    changed = true
                } else if index > 0, isPhantom(symbols[index - 1], of: sign) {
                    symbols[index].left = min(sign.left, symbols[index - 1].left)
                    symbols[index].right = max(sign.right, symbols[index - 1].right)
                    symbols.remove(at: index - 1)
                    index -= 1
                    dropped += 1
                    changed = true
                }
            }
            index += 1
        }
        return dropped
    }

    /// Whether `digit` is a ring of `sign` read as a character: one digit on the sign's line
    /// whose box overlaps the sign's by at least `sameInk` of the narrower box.
    static func isPhantom(_ digit: OCRSymbol, of sign: OCRSymbol) -> Bool {
        guard digit.line == sign.line, digit.text.count == 1,
              let scalar = digit.text.unicodeScalars.first, ("0"..."9").contains(scalar) else { return false }
        let overlap = min(digit.right, sign.right) - max(digit.left, sign.left)
        let narrower = min(digit.right - digit.left, sign.right - sign.left)
        return narrower > 0 && Double(overlap) >= sameInk * Double(narrower)
    }
}
