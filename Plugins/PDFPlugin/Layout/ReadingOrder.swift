/// Puts the glyphs of one visual line into reading (logical) order.
///
/// Glyphs come sorted left to right. A line whose letters are mostly of a right-to-left script
/// (Hebrew, Arabic) reads from the right: its glyphs are reversed, except the runs of
/// left-to-right characters inside it (numbers, Latin words), which keep their order.
enum ReadingOrder {
    static func logical(_ visual: [Glyph]) -> [Glyph] {
        let strong = visual.filter { $0.scalar.properties.isAlphabetic }
        let rightToLeft = strong.filter { $0.scalar.isRightToLeft }.count
        guard rightToLeft > 0, rightToLeft * 2 > strong.count else { return visual }
        var result: [Glyph] = []
        var ltrRun: [Glyph] = []
        // Walking from the right: a left-to-right run is collected and put back in its order.
        for glyph in visual.reversed() {
            let ltr = !glyph.isSpace && !glyph.scalar.isRightToLeft
                && (glyph.scalar.properties.isAlphabetic || glyph.scalar.properties.numericType != nil
                    || (!ltrRun.isEmpty && ",.%".unicodeScalars.contains(glyph.scalar)))
            if ltr {
                ltrRun.append(glyph)
            } else {
                result += ltrRun.reversed()
                ltrRun = []
                result.append(glyph)
            }
        }
        return result + ltrRun.reversed()
    }
}

extension Unicode.Scalar {
    /// Letters of scripts written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and their
    /// presentation forms).
    var isRightToLeft: Bool {
        switch value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF:
            return true
        default:
            return false
        }
    }
}
