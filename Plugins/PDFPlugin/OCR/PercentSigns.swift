/// Takes out the digits Tesseract reads into a `%` sign (`100%` read `1009%4`, `72.5%` read
/// `72.59%0`): the Chinese model sees the sign's two rings as digits as well as the sign, and
/// returns them as characters of their own whose boxes lie over the sign's. A digit written
/// before or after a `%` stands beside it, its box apart; a digit whose box lies mostly over the
/// sign's is the same ink read twice. Such digits are dropped and the sign's box takes in theirs.
///
/// The boxes alone are rough: Tesseract's boxes of a line's characters overlap their neighbours'
/// by a third or more (`5[1100–1127] %[1116–1155]` for a `95%` set in a sans-serif font), and a
/// figure's last digits were dropped with the rings (`稳定在95%以上` read `稳定在%以上`). Where the
/// page's image is at hand, a digit whose ink a blank column keeps apart from the sign's is a
/// figure, however its box lies: the sign's slash inks every column from one ring to the other.
enum PercentSigns {
    /// The signs whose rings are read as digits.
    static let signs: Set<String> = ["%", "％", "‰"]
    /// The share of the narrower of two boxes their overlap must reach for the two to be one glyph:
    /// a figure before a sign stands a few pixels apart from it, a ring read as a digit lies over it
    /// (Tesseract's boxes of a line are rough: a phantom may cover only a third of the sign's).
    static let sameInk = 0.3

    /// The symbols with the phantom digits dropped, in place; returns how many were.
    @discardableResult
    static func clean(_ symbols: inout [OCRSymbol], in image: PageImage? = nil) -> Int {
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
                if index + 1 < symbols.count, isPhantom(symbols[index + 1], of: sign, in: image) {
                    symbols[index].left = min(sign.left, symbols[index + 1].left)
                    symbols[index].right = max(sign.right, symbols[index + 1].right)
                    symbols.remove(at: index + 1)
                    dropped += 1
                    changed = true
                } else if index > 0, isPhantom(symbols[index - 1], of: sign, in: image) {
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
    static func isPhantom(_ digit: OCRSymbol, of sign: OCRSymbol, in image: PageImage? = nil) -> Bool {
        guard digit.line == sign.line, digit.text.count == 1,
              let scalar = digit.text.unicodeScalars.first, ("0"..."9").contains(scalar) else { return false }
        let overlap = min(digit.right, sign.right) - max(digit.left, sign.left)
        let narrower = min(digit.right - digit.left, sign.right - sign.left)
        guard narrower > 0 && Double(overlap) >= sameInk * Double(narrower) else { return false }
        if let image, standsApart(digit, sign, in: image) { return false }
        return true
    }

    /// Luminance below which a pixel counts as ink when looking for the gap between two glyphs:
    /// light, so that the faint grey of a thin stroke scanned at a low resolution (the sign's
    /// slash) counts.
    static let gapThreshold: UInt8 = 200

    /// Whether the digit stands apart from the sign: its box's middle lies outside the sign's own
    /// ink. The sign's ink is the run of inked columns about its box's middle, ended by a run of
    /// blank ones a tenth of its height wide (two at least): a glyph's own strokes leave no such
    /// gap; two glyphs side by side do (7 columns between `5` and `%` at 300 dpi), and where a
    /// poor scan leaves none, the digit is judged by its box as before.
    static func standsApart(_ digit: OCRSymbol, _ sign: OCRSymbol, in image: PageImage) -> Bool {
        let rows = sign.top..<sign.bottom
        guard !rows.isEmpty, sign.right > sign.left else { return false }
        let needed = max(2, rows.count / 10)
        let inked = { (x: Int) in image.darkShare(column: x, rows: rows, threshold: gapThreshold) > 0 }
        // The sign's own ink, grown from the middle of its box both ways.
        func edge(from start: Int, step: Int) -> Int {
            var x = start, last = start, blank = 0
            while x >= 0, x < image.width, blank < needed {
                if inked(x) { last = x; blank = 0 } else { blank += 1 }
                x += step
            }
            return last
        }
        let middle = (sign.left + sign.right) / 2
        guard inked(middle) else { return false }
        let ink = edge(from: middle, step: -1)...edge(from: middle, step: 1)
        return !ink.contains((digit.left + digit.right) / 2)
    }
}
