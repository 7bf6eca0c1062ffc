/// Puts back one misread character of a word the report family writes the same way everywhere
/// (`履盖率` for 覆盖率): the rate, satisfaction and target words of a 绩效自评表.
///
/// Only OCR's text is corrected, and only where the reading is doubtful: a run of ideographs one
/// substitution away from exactly one domain word, not itself a domain word, the differing
/// character read with low confidence and not the word's last (a different last character often
/// makes another real word: 满意率, 知晓度, 完成度). The caller warns about every change.
enum DomainWords {
    /// Words of at least three characters, all ideographs.
    static let words: [String] = [
        "覆盖率", "满意度", "知晓率", "及时率", "准确率", "合格率", "完成率", "执行率", "达标率", "参保率",
        "使用率", "到位率", "查处率", "办结率", "覆盖面", "规定时限", "有所提高", "有所提升", "明显提升",
        "明显提高", "明显增强", "普遍知晓", "逐步推开", "按时完成", "不低于", "不高于", "不超过", "工作日",
    ]
    /// Real words a character away from those: never corrected (nor corrected to; the family
    /// uses them too rarely for a doubtful reading to be taken for them).
    static let otherWords: [String] = [
        "运行率", "正确率", "回收率", "结算率", "报销率", "增长率", "受益率", "利用率", "普及率", "通过率",
        "落实率", "处置率", "整改率", "审核率", "满意率", "知晓度", "完成度", "覆盖度", "涵盖率", "执法率",
    ]
    /// Below this confidence a character may be corrected: one Tesseract is less than even sure of.
    static let doubtful = 0.5

    private static let arrays = words.map { Array($0.unicodeScalars) }
    private static let known = Set(words + otherWords)

    struct Correction: Equatable {
        var read: String
        var word: String
        var confidence: Double
        /// The corrected character's centre, in the image's pixels.
        var x: Int, y: Int
        /// Why the reading was taken for `word`, as the warning says it.
        var reason = "the one domain word a doubtful character away"
    }

    /// The symbols with such characters replaced, in place; returns what was changed.
    static func correct(_ symbols: inout [OCRSymbol]) -> [Correction] {
        var corrections: [Correction] = []
        var start = 0
        while start < symbols.count {
            guard let match = match(symbols, at: start) else {
                start += 1
                continue
            }
            let read = symbols[start..<(start + match.word.count)].map(\.text).joined()
            let symbol = symbols[start + match.position]
            corrections.append(Correction(read: read, word: String(String.UnicodeScalarView(match.word)),
                                          confidence: symbol.confidence, x: (symbol.left + symbol.right) / 2,
                                          y: (symbol.top + symbol.bottom) / 2))
            symbols[start + match.position].misread = symbol.text
            symbols[start + match.position].text = String(match.word[match.position])
            start += match.word.count
        }
        return corrections
    }

    /// The one domain word the symbols from `start` misread by one doubtful character, and where.
    private static func match(_ symbols: [OCRSymbol], at start: Int) -> (word: [Unicode.Scalar], position: Int)? {
        var found: (word: [Unicode.Scalar], position: Int)?
        for word in arrays where start + word.count <= symbols.count {
            let window = symbols[start..<(start + word.count)]
            // One ideograph per symbol, all of one line or wrapped onto the next (a cell's
            // `康复服务履` / `盖率达到100%`: the word runs on, as the cell's text will).
            guard window.allSatisfy({ $0.text.unicodeScalars.count == 1 && $0.text.unicodeScalars.first!.isIdeograph }),
                  zip(window, window.dropFirst()).allSatisfy({ $1.line == $0.line || $1.line == $0.line + 1 }),
                  window.last!.line - window.first!.line <= 1 else { continue }
            let text = window.map(\.text).joined()
            if known.contains(text) { return nil }
            let differing = zip(window, word).enumerated().filter { String($1.1) != $1.0.text }.map(\.offset)
            guard differing.count == 1, let position = differing.first, position < word.count - 1,
                  window[start + position].confidence < doubtful else { continue }
            if found != nil { return nil }  // two words fit: no telling which
            found = (word, position)
        }
        return found
    }
}
