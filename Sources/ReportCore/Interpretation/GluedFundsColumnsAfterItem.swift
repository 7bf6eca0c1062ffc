extension GluedFundsRow {
    /// The column words a glued funds row carries between its label and its figures, and the
    /// text from its first figure on; nil when the figures follow the label at once or anything
    /// but column words stands between.
    ///
    /// A form whose label cell spans the header row and the figures row is extracted label
    /// first, then the header's cells, then the figures:
    /// `年度资金总额年初预算数调整预算数(A)全年执行数(B)执行率(B/A)64.864.864.8100%`. The
    /// words are taken as the header only where they end in the 执行率 column (its `(B/A)` at
    /// most after it: a 得分 column after it would come before the figures too, and its `(20分…)`
    /// holds digits of its own) and hold no figure, no more than a header's length.
    static func columnsAfterItem(_ rest: Substring) -> (words: String, figures: Substring)? {
        guard let first = rest.firstIndex(where: { $0.isASCII && $0.isNumber }), first != rest.startIndex else { return nil }
        let words = rest[..<first]
        guard words.count <= 48, let rateWord = words.range(of: "执行率", options: .backwards) else { return nil }
        // After 执行率 only its formula's letters and brackets: `(B/A)`, `（B/A）`.
        let after = words[rateWord.upperBound...]
        guard after.allSatisfy({ ($0.isASCII && $0.isLetter) || "()（）/／".contains($0) }) else { return nil }
        return (String(words[..<rateWord.lowerBound]), rest[first...])
    }
}
