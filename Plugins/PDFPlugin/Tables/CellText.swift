/// The text of one table cell, from the glyphs whose centres stand in it.
///
/// The glyphs are cut into lines (by height), each line read in its script's order, and the lines
/// joined top to bottom. A line the layout wrapped (the next line's first word would not have fit
/// after it) joins the next by the script's rule (`TextJoiner.joinWrapped`: CJK without a space,
/// Latin words and numbers with one); a line that ended early ended on purpose (a new paragraph
/// or `<br>` in the cell) and "\n" stands for it. Amounts stacked in a cell (`7,723,293` over
/// `7,793,704`) are separate values however narrow the cell: they keep their "\n".
enum CellText {
    /// One line of a cell.
    struct Line {
        /// The line's text in reading order.
        var text: String
        /// The ink's extent across the cell.
        var x0: Double
        var x1: Double
        /// How wide the line's first word is (a CJK line's first character): what would have had
        /// to fit at the end of the line before.
        var firstWord: Double
        var em: Double

        var width: Double { x1 - x0 }
        /// Whether the line is a number alone (an amount, a rate), spaces and currency aside.
        var isAmount: Bool {
            let scalars = text.unicodeScalars.filter { $0 != " " }
            return scalars.contains { ("0"..."9").contains($0) }
                && scalars.allSatisfy { ("0"..."9").contains($0) || ",.%+-−()$¥￥€£".unicodeScalars.contains($0) }
        }
    }

    /// The glyphs' lines, top to bottom.
    static func lines(_ glyphs: [Glyph]) -> [Line] {
        let visible = glyphs.filter { !$0.isSpace }
        guard !visible.isEmpty else { return [] }
        let em = TextRun.medianEm(of: visible)
        var groups: [[Glyph]] = []
        var lineCenter = 0.0
        for glyph in visible.sorted(by: { $0.centerY < $1.centerY }) {
            if let last = groups.last, !last.isEmpty, abs(glyph.centerY - lineCenter) <= 0.5 * em {
                groups[groups.count - 1].append(glyph)
            } else {
                groups.append([glyph])
                lineCenter = glyph.centerY
            }
        }
        // Spaces go back to the line whose height they share, to mark word breaks.
        let spaces = glyphs.filter(\.isSpace)
        var result: [Line] = []
        for group in groups {
            let center = group.map(\.centerY).reduce(0, +) / Double(group.count)
            var line = group + spaces.filter { abs($0.centerY - center) <= 0.5 * em }
            line.sort { $0.box.x0 < $1.box.x0 }
            let ordered = ReadingOrder.logical(line)
            let text = trimmingBlanks(TextJoiner.join(ordered, em: em))
            guard !text.isEmpty, let first = group.min(by: { $0.box.x0 < $1.box.x0 }),
                  let last = group.max(by: { $0.box.x1 < $1.box.x1 }) else { continue }
            result.append(Line(text: text, x0: first.box.x0, x1: last.box.x1,
                               firstWord: firstWordWidth(ordered, em: em), em: em))
        }
        return result
    }

    /// The text without the blanks at its ends that `trimmingCharacters(in: .whitespaces)`
    /// removes (space separators and tab), read over scalars: Foundation's version bridges the
    /// string, and this runs on every line of every cell.
    static func trimmingBlanks(_ text: String) -> String {
        func isBlank(_ s: Unicode.Scalar) -> Bool { s == "\t" || s.properties.generalCategory == .spaceSeparator }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isBlank($0) })!
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    /// How far text stays off the cell's sides: the tightest margin of any line of the table
    /// (the widest wrapped line nearly touches the padding; centred short lines do not).
    static func padding(_ cells: [(lines: [Line], left: Double, right: Double)]) -> Double {
        // Text touching or crossing a rule (a cell overfilled) tells nothing of the padding.
        var margin = Double.infinity
        for cell in cells {
            for line in cell.lines {
                let side = min(line.x0 - cell.left, cell.right - line.x1)
                if side > 0.3 { margin = min(margin, side) }
            }
        }
        return margin.isFinite ? margin : 0
    }

    /// The cell's text, and the room its last line leaves, in ems (the text may go on in the
    /// part of the cell a page break sent to the next page when the line is nearly full).
    static func text(_ lines: [Line], left: Double, right: Double, padding: Double) -> (text: String, lastRoom: Double) {
        guard var result = lines.first?.text else { return ("", .infinity) }
        let room = right - left - 2 * padding
        for (previous, line) in zip(lines, lines.dropFirst()) {
            // CJK text wraps at any character, so the line before a wrap ends within an em of the
            // room; Latin text needs the space before the word that did not fit.
            let cjk = previous.text.unicodeScalars.last?.isCJK == true || line.text.unicodeScalars.first?.isCJK == true
            let needed = previous.width + (cjk ? 0 : 0.25 * line.em) + line.firstWord
            let wrapped = needed > room - (cjk ? 0.5 : 0.1) * line.em
            if wrapped && !(previous.isAmount && line.isAmount) {
                result = TextJoiner.joinWrapped(result, line.text)
            } else {
                result += "\n" + line.text
            }
        }
        let last = lines[lines.count - 1]
        return (result, last.em > 0 ? ((right - left) - last.width) / last.em : .infinity)
    }

    /// The width of the first word of a line in reading order: up to the first space or CJK
    /// character (a CJK character is a word of its own), with the punctuation no line may break
    /// from: opening marks before it (`(万`), closing marks after it (`度。`).
    private static func firstWordWidth(_ glyphs: [Glyph], em: Double) -> Double {
        var end = 0
        var opening = false
        while end < glyphs.count, !glyphs[end].isSpace {
            let scalar = glyphs[end].scalar
            if scalar.isCJK && !isOpening(scalar) && !isClosing(scalar) {
                if end == 0 || opening { end += 1 }
                break
            }
            opening = isOpening(scalar)
            end += 1
        }
        while end < glyphs.count, isClosing(glyphs[end].scalar) { end += 1 }
        return glyphs[..<end].reduce(0) { $0 + $1.box.width }
    }

    private static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        "。，、；：？！）》」』】”’.,;:!?)%".unicodeScalars.contains(scalar)
    }

    private static func isOpening(_ scalar: Unicode.Scalar) -> Bool {
        "([{（【《“‘〔".unicodeScalars.contains(scalar)
    }
}
