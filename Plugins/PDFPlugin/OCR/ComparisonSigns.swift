/// Puts back the ≥ and ≤ of a target (`≥4次`, `≤2小时`) that Tesseract cannot read.
///
/// The Chinese model's character set has neither sign, so it reads them as the nearest shape it
/// knows: 三, 二, =, 2, 之, or as `<`/`>` (the arms without the bar), or as `>` and `=` on the same
/// spot. The two signs are told from those by their ink, not by the words around them: the top of
/// ≥ is the upper arm of its `>`, standing at the left of the character; the top of ≤ stands at its
/// right; the top stroke of 三, 二, = and 2 spans the character or stands at its middle; and a `<`
/// or `>` is a sign with a bar only when a line down its middle crosses three strokes (two arms
/// and the bar), not two. Only a character standing before a figure, first in its word, is looked
/// at: where a comparison sign stands.
enum ComparisonSigns {
    /// What Tesseract makes of ≥ and ≤ whose shape decides alone.
    static let misreadings: Set<String> = ["三", "二", "=", "〓", "彡", "2", "Z", "z", "≡", "之", "乏", "弓", "过"]
    /// What Tesseract makes of ≥ and ≤ when it sees the arms: a sign only with a bar under them.
    static let arms: Set<String> = ["<", ">", "＜", "＞"]
    /// The share of the sign's height, from its top, whose ink is measured.
    static let topShare = 0.3
    /// How far off the middle (0.5) the top's ink must stand: ≥'s upper arm starts at the
    /// character's left edge (its top's ink measures 0.35–0.40 across a slanted ⩾ in a serif
    /// font, 0.38 in a sans-serif ≥), while the top of 三, 二, = and 2 is centred (0.48–0.58).
    static let offCentre = 0.08
    /// How far the ink of the sign's middle rows must stand off its top's, across the sign, to
    /// tell the sign by the two together when its top alone is near the middle: the arms of a wide
    /// `>` (a sans-serif ≥ scanned, its top at 0.42–0.44) meet at its right, so its middle rows'
    /// ink stands right of its top's (0.59–0.60 against 0.42); the strokes of 三 and 二 stand
    /// one over the other (0.02 or less apart).
    static let apart = 0.1
    /// The share of the sign's height, from its top, down to which the middle rows reach.
    static let middleShare = 0.6

    /// The least width of a sign for its height: ≥ and ≤ are about as wide as they are high
    /// (0.9–1.1), a digit about half as wide (0.55–0.65) — the 2 that shares their misreadings.
    static let minimumAspect = 0.75

    /// The symbols with the signs put back, in place; returns how many were.
    @discardableResult
    static func restore(_ symbols: inout [OCRSymbol], in image: PageImage) -> Int {
        var restored = 0
        var index = 0
        while index + 1 < symbols.count {
            defer { index += 1 }
            let symbol = symbols[index]
            let isArms = arms.contains(symbol.text)
            guard isArms || misreadings.contains(symbol.text),
                  index == 0 || symbols[index - 1].line != symbol.line || symbols[index - 1].word != symbol.word
            else { continue }
            // `>` and `=` read on the same spot are one sign: its arms and its bar.
            var figure = index + 1
            var pairedBar = false
            if isArms, symbols[figure].text == "=", symbols[figure].line == symbol.line, symbols[figure].left < symbol.right {
                pairedBar = true
                figure += 1
            }
            guard figure < symbols.count else { continue }
            let next = symbols[figure]
            guard next.line == symbol.line, next.text.unicodeScalars.first.map({ ("0"..."9").contains($0) }) == true,
                  let sign = SignInk.measure(in: image, left: symbol.left, right: max(symbol.right, next.left),
                                             top: min(symbol.top, next.top), bottom: max(symbol.bottom, next.bottom))
            else { continue }
            guard Double(sign.right - sign.left) >= minimumAspect * Double(sign.bottom - sign.top) else { continue }
            guard let direction = sign.direction else { continue }
            // A `<` or `>` alone is a sign without a bar: it stays as read.
            if isArms, !pairedBar, sign.middleCrossings < 3 { continue }
            symbols[index].text = direction
            symbols[index].left = sign.left
            symbols[index].right = sign.right
            symbols[index].top = min(symbol.top, sign.top)
            symbols[index].bottom = max(symbol.bottom, sign.bottom)
            if pairedBar { symbols.remove(at: index + 1) }
            restored += 1
        }
        return restored
    }
}

/// The ink of a sign standing before a figure, measured in the image: the first run of inked
/// columns from the left of the box Tesseract gave (its box often reaches into the figure after
/// it, whose strokes would pull the measure to the middle), cut to its own inked rows.
struct SignInk {
    var left: Int, top: Int, right: Int, bottom: Int
    /// Where the ink of the sign's top rows stands across it: 0 at its left edge, 1 at its right.
    var topCentre: Double
    /// Where the ink of the rows under the top, down to `ComparisonSigns.middleShare` of the
    /// height, stands across it: ≥'s arms meet at its right, ≤'s at its left. Nil when those
    /// rows hold no ink (`=`, 二: a gap between two strokes).
    var middleCentre: Double?
    /// How many separate strokes a line down the sign's middle crosses.
    var middleCrossings: Int

    /// ≥ or ≤, or nil when the ink is that of neither. The top decides alone when it stands well
    /// off the middle and the middle rows do not say otherwise (a serif 三's top stroke ends in
    /// a heavy right tip, but its middle stroke stands right too); else the top and the middle
    /// rows must stand apart, on the sides the sign's arms give them.
    var direction: String? {
        let offCentre = ComparisonSigns.offCentre, apart = ComparisonSigns.apart
        if topCentre < 0.5 - offCentre, middleCentre.map({ $0 > 0.5 }) ?? true { return "≥" }
        if topCentre > 0.5 + offCentre, middleCentre.map({ $0 < 0.5 }) ?? true { return "≤" }
        guard let middle = middleCentre else { return nil }
        if topCentre < 0.5, middle - topCentre > apart { return "≥" }
        if topCentre > 0.5, topCentre - middle > apart { return "≤" }
        return nil
    }

    /// Luminance below which a pixel is ink.
    static let threshold: UInt8 = 128

    /// Nil when the box holds no ink, or too little to measure (a speck).
    static func measure(in image: PageImage, left: Int, right: Int, top: Int, bottom: Int) -> SignInk? {
        // The figure's height: the sign's bar may stand a little below it, its arms a little above.
        let reach = max(2, (bottom - top) / 4)
        let rows = max(0, top - reach)..<min(image.height, bottom + reach)
        let columns = max(0, left)..<min(image.width, right)
        guard rows.count >= 4, columns.count >= 2 else { return nil }
        let inked = columns.map { image.darkShare(column: $0, rows: rows, threshold: threshold) > 0 }
        guard let first = inked.firstIndex(of: true) else { return nil }
        let end = inked[first...].firstIndex(of: false) ?? inked.count
        let x0 = columns.lowerBound + first, x1 = columns.lowerBound + end  // x1 excluded
        let inkRows = rows.filter { image.darkShare(row: $0, columns: x0..<x1, threshold: threshold) > 0 }
        guard let y0 = inkRows.first, let y1 = inkRows.last, y1 - y0 >= 3, x1 - x0 >= 3 else { return nil }
        let topRows = y0 + max(1, Int((Double(y1 - y0 + 1) * ComparisonSigns.topShare).rounded()))
        guard let centre = image.inkCentre(left: x0, top: y0, right: x1, bottom: topRows, threshold: threshold) else {
            return nil
        }
        let middleRows = y0 + max(1, Int((Double(y1 - y0 + 1) * ComparisonSigns.middleShare).rounded()))
        let middleCentre = image.inkCentre(left: x0, top: topRows, right: x1, bottom: middleRows, threshold: threshold)
        let middle = (x0 + x1) / 2
        var crossings = 0, inStroke = false
        for y in y0...y1 {
            let dark = image.darkShare(column: middle, rows: y..<(y + 1), threshold: threshold) > 0
            if dark && !inStroke { crossings += 1 }
            inStroke = dark
        }
        return SignInk(left: x0, top: y0, right: x1, bottom: y1 + 1, topCentre: centre, middleCentre: middleCentre, middleCrossings: crossings)
    }
}
