/// Puts back the opening bracket of a pair that Tesseract reads as an angle bracket: the
/// full-width `（` of a caption's `（2024年度）` comes out as `〈`, closed by `)`. A title so read
/// (`部门预算项目支出绩效自评表〈2024年度)`) is no longer the caption the report names.
///
/// Only an `〈` whose line closes a round bracket after it, before any `〉`: an angle bracket
/// written as one is closed as one.
enum BracketPairs {
    /// What Tesseract makes of `（`.
    static let misreadings: Set<String> = ["〈", "＜"]
    static let roundClosings: Set<String> = [")", "）"]
    static let angleClosings: Set<String> = ["〉", ">", "＞"]

    /// The symbols with such brackets put back, in place; returns how many were.
    @discardableResult
    static func restore(_ symbols: inout [OCRSymbol]) -> Int {
        var restored = 0
        for index in symbols.indices where misreadings.contains(symbols[index].text) {
            let line = symbols[index].line
            var k = index + 1
            while k < symbols.count, symbols[k].line == line,
                  !roundClosings.contains(symbols[k].text), !angleClosings.contains(symbols[k].text) { k += 1 }
            guard k < symbols.count, symbols[k].line == line, roundClosings.contains(symbols[k].text) else { continue }
            symbols[index].misread = symbols[index].text
            symbols[index].text = "（"
            restored += 1
        }
        return restored
    }
}
