import Foundation
import ReportModel

/// A funds total whose label and column words a document-sharing site's extract of a spreadsheet
/// form put first and whose figures it put after them, each with its unit, apart from the words:
/// `资金情况(万元)年度资金总额全年预算数(A)300全年执行数(B)执行率(B/A)其中中央补助自治区补助300万元`
/// / `259.45万元` / `86.5%市县资金…`.
///
/// The cells come in no order a header could place, but the row's three figures stay together:
/// two amounts and a rate standing next to one another with nothing but space between them,
/// where the rate is the second amount over the first (within half a point), are the row's
/// 全年预算数, 全年执行数 and 执行率. The first such run after the total's label, before the
/// goals or the indicators, is read. Where the form has a 分值 or 得分 column (their figures
/// fall between the amounts and the rate, and `10 10 100%` would pass for a row) or another
/// ratio (预算到位, D/C), a run proves nothing and the text is left alone; so are amounts in 元.
enum ScatteredFundsRow {
    /// Where the funds block ends: the goals or the indicators.
    static let stops = ["年度总体目标", "总体目标", "一级指标", "绩效指标", "年度目标"]

    /// The total row read from the first lines (the form's head); nil when none reads.
    static func read(_ lines: [String]) -> FundingRow? {
        read(text: lines.prefix(80).joined(separator: "\n"))
    }

    static func read(text: String) -> FundingRow? {
        guard let item = GluedFundsRow.items.first(where: { text.contains($0) }),
              let label = text.range(of: item) else { return nil }
        var window = String(text[label.upperBound...].prefix(200))
        if let stop = stops.compactMap({ window.range(of: $0)?.lowerBound }).min() { window = String(window[..<stop]) }
        let around = String(text[..<label.lowerBound].suffix(40)) + window
        let words = around.compacted
        guard words.includes("预算"), words.includes("执行数"), words.includes("执行率"),
              !["分值", "得分", "权重", "到位"].contains(where: { words.includes($0) }),
              !FundsReader.statesYuan([around]) else { return nil }
        let figures = values(in: window)
        guard figures.count >= 3 else { return nil }
        for i in 0..<(figures.count - 2) {
            let (a, b, r) = (figures[i], figures[i + 1], figures[i + 2])
            guard !a.percent, !b.percent, r.percent, a.next, b.next, a.value > 0 else { continue }
            if abs(b.value / a.value * 100 - r.value) <= 0.5 {
                return FundingRow(item: item, budget: a.value, executed: b.value, executionRate: r.value)
            }
        }
        return nil
    }

    /// The figures of `text` in order: each its value, whether it is a percentage, and whether
    /// the next figure follows it with nothing but its unit and space between.
    static func values(in text: String) -> [(value: Double, percent: Bool, next: Bool)] {
        let chars = Array(text)
        var out: [(value: Double, percent: Bool, next: Bool)] = []
        var i = 0
        while i < chars.count {
            // A figure starts at a digit that does not go on a word's figure (`B/A`, `2022年`).
            guard chars[i].isASCII, chars[i].isNumber, i == 0 || !(chars[i - 1].isASCII && (chars[i - 1].isLetter || chars[i - 1].isNumber || chars[i - 1] == ".")) else {
                i += 1; continue
            }
            var j = i
            while j < chars.count, chars[j].isASCII, chars[j].isNumber || chars[j] == "." || chars[j] == "," { j += 1 }
            let digits = String(chars[i..<j]).replacingOccurrences(of: ",", with: "")
            var k = j
            var percent = false
            if k < chars.count, chars[k] == "%" || chars[k] == "％" { percent = true; k += 1 } else if k + 1 < chars.count, chars[k] == "万", chars[k + 1] == "元" { k += 2 }
            guard let v = Double(digits), !digits.hasSuffix(".") else { i = j; continue }
            // What follows: space up to the next digit, or anything else.
            var m = k
            while m < chars.count, chars[m].isWhitespace { m += 1 }
            let adjacent = m < chars.count && chars[m].isASCII && chars[m].isNumber
            out.append((v, percent, adjacent))
            i = k
        }
        return out
    }
}
