/// Puts back the ≥ and ≤ of a target (`≥4次`, `≤2小时`) that Tesseract cannot read.
///
/// The Chinese model's character set has neither sign, so it reads them as the nearest shape it
/// knows: 三, 二, =, 2. The two signs are told from those by their ink, not by the words around
/// them: the top of ≥ is the upper arm of its `>`, standing at the left of the character; the
/// top of ≤ stands at its right; the top stroke of 三, 二, = and 2 spans the character or
/// stands at its middle. Only a character standing before a figure, first in its word, is
/// looked at: where a comparison sign stands.
enum ComparisonSigns {
    /// What Tesseract makes of ≥ and ≤.
    static let misreadings: Set<String> = ["三", "二", "=", "〓", "彡", "2", "Z", "z", "≡", "之", "乏", "弓"]
    /// The share of the character's height, from its top, whose ink is measured.
    static let topShare = 0.3
    /// How far off the middle (0.5) the top's ink must stand: ≥'s upper arm stands within the
    /// left third of the character.
    static let offCentre = 0.17

    /// The symbols with the signs put back, in place; returns how many were.
    @discardableResult
    static func restore(_ symbols: inout [OCRSymbol], in image: PageImage) -> Int {
        var restored = 0
        for index in symbols.indices.dropLast() where misreadings.contains(symbols[index].text) {
            let symbol = symbols[index], next = symbols[index + 1]
            guard next.line == symbol.line, next.text.unicodeScalars.first.map({ ("0"..."9").contains($0) }) == true,
                  index == 0 || symbols[index - 1].line != symbol.line || symbols[index - 1].word != symbol.word
            else { continue }
            let height = symbol.bottom - symbol.top
            guard height >= 4, let centre = image.inkCentre(
                left: symbol.left, top: symbol.top, right: symbol.right,
                bottom: symbol.top + max(1, Int((Double(height) * topShare).rounded())))
            else { continue }
            if centre < 0.5 - offCentre {
                symbols[index].text = "≥"
            } else if centre > 0.5 + offCentre {
                symbols[index].text = "≤"
            } else {
                continue
            }
            restored += 1
        }
        return restored
    }
}
