/// Puts back the `1` of a numbered item that Tesseract's Chinese model reads as 工 (the digit's
/// serifs in a Song face make its shape): `工.城镇新增就业1.8万人；` for `1.城镇…`, `目标工：` for
/// `目标1：`. A list whose first number is lost is no list to the reader of goals: its items ran
/// into one (`工.…；2.…；3.…`).
///
/// Only where a number stands: first on its line or after 目标/指标, and before the mark that
/// follows an item's number (`.`, `、`, `:`). 工 is never written there (a word would follow it).
enum ListNumbers {
    /// What Tesseract makes of a `1`.
    static let misreadings: Set<String> = ["工"]
    /// What follows an item's number.
    static let marks: Set<String> = [".", "．", "、", ":", "：", ")", "）"]
    /// The words a number follows inside a line (`目标1：`, `指标2、`).
    static let labels: Set<String> = ["目标", "指标"]

    /// The symbols with such numbers put back, in place; returns what was changed, in the form
    /// the domain words' corrections take (the caller warns about each).
    static func restore(_ symbols: inout [OCRSymbol]) -> [DomainWords.Correction] {
        var corrections: [DomainWords.Correction] = []
        for index in symbols.indices where misreadings.contains(symbols[index].text) {
            let symbol = symbols[index]
            guard index + 1 < symbols.count, symbols[index + 1].line == symbol.line,
                  marks.contains(symbols[index + 1].text) else { continue }
            let startsLine = index == 0 || symbols[index - 1].line != symbol.line
            let afterLabel = index >= 2 && symbols[index - 1].line == symbol.line && symbols[index - 2].line == symbol.line
                && labels.contains(symbols[index - 2].text + symbols[index - 1].text)
            guard startsLine || afterLabel else { continue }
            corrections.append(DomainWords.Correction(read: symbol.text + symbols[index + 1].text, word: "1" + symbols[index + 1].text,
                                                      confidence: symbol.confidence, x: (symbol.left + symbol.right) / 2,
                                                      y: (symbol.top + symbol.bottom) / 2,
                                                      reason: "the number of a list item"))
            symbols[index].misread = symbol.text
            symbols[index].text = "1"
        }
        return corrections
    }
}
