/// Takes out the spaces a form types between the characters of a label to spread it over its
/// cell (`全 年 预 算 数`, `项　目　名　称`, `合　计`), where a text copy gives the label a line of
/// its own (a form copied one cell a line, a heading `三、自 评 结 论`).
///
/// Chinese sets no space between words, so in a line that is nothing but Han characters parted
/// by single spaces, each gap beside a character standing alone, the spaces are spacing (a
/// form's label copied one cell a line). Inside a longer line a space may part cells, so nothing
/// else is touched: two spaces or more, a tab, a gap beside a figure or a word of its own
/// (`≥ 500 人`, `重大传染病疫情暴发 无 无`) stay as written.
enum LetterSpacing {
    static func collapsed(_ text: String) -> String {
        // Most lines have no space between two Han characters: nothing to do.
        guard mayHold(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        // Tokens: maximal runs of non-space scalars, with the gap after each.
        var tokens: [(start: Int, end: Int)] = []
        var k = 0
        while k < scalars.count {
            if isGap(scalars[k]) { k += 1; continue }
            let start = k
            while k < scalars.count, !isGap(scalars[k]) { k += 1 }
            tokens.append((start, k))
        }
        guard tokens.count >= 2 else { return text }
        func single(_ t: (start: Int, end: Int)) -> Bool { t.end - t.start == 1 && scalars[t.start].isHan }
        /// Whether the gap between tokens `i` and `i + 1` is a label's spacing.
        func spacing(_ i: Int) -> Bool {
            let a = tokens[i], b = tokens[i + 1]
            guard scalars[a.end - 1].isHan, scalars[b.start].isHan, single(a) || single(b) else { return false }
            let gap = scalars[a.end..<b.start]
            if gap.count == 1 { return gap.first != "\t" }
            // An ideographic space or two: Word users spread labels with them.
            return gap.count == 2 && gap.allSatisfy { $0 == "\u{3000}" }
        }
        // Only a line that is one spread label throughout: inside a longer line a single space
        // may part cells, one-character ones too (`无 无`, `率 总分` in a form run onto one line).
        guard (0..<(tokens.count - 1)).allSatisfy(spacing) else { return text }
        // A label is its characters: one piece of more (`中：财`, `三、自`) at most, beside three
        // characters standing alone at least (`重大传染病疫情暴发 无 无` is cells).
        let singles = tokens.filter(single).count
        if singles < tokens.count {
            guard singles >= 3, tokens.count - singles == 1 else { return text }
        }
        // Two characters spread by an ASCII space (`标 标`) may be two columns' wrapped ends in a
        // layout dump; by ideographic spaces (`合　计`), a label typed in Word.
        if tokens.count == 2, scalars[tokens[0].end] != "\u{3000}" { return text }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[0..<tokens[0].start])
        for t in tokens { out.append(contentsOf: scalars[t.start..<t.end]) }
        out.append(contentsOf: scalars[tokens[tokens.count - 1].end...])
        return String(out)
    }

    private static func isGap(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\u{A0}" || s == "\u{3000}"
    }

    /// A Han character, one gap scalar and a Han character somewhere in the text.
    private static func mayHold(_ text: String) -> Bool {
        var afterHan = false   // the last scalar that was no gap was Han
        var inGap = false
        for s in text.unicodeScalars {
            if isGap(s) { inGap = true; continue }
            if inGap, afterHan, s.isHan { return true }
            afterHan = s.isHan
            inGap = false
        }
        return false
    }
}

private extension Unicode.Scalar {
    /// CJK Unified Ideographs and Extension A.
    var isHan: Bool { (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) }
}
