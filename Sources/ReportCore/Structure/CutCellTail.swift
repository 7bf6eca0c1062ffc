/// A line that starts inside a cut cell is no title, though it holds title words: a text copy
/// that flattened a scoring table breaks its cells (`项目决策(` / `10 ) 绩效目标明确性`,
/// `3 2 ( 特性指标70 分)项目绩效…`), and the pieces carry 绩效目标, 项目 with nothing to show they
/// start mid-cell but a bracket closed that was never opened or the row's bare figures first.
/// A document's name opens every bracket it closes (`…自评表(2023年度)`), and a figure it starts
/// with is a year or a date (`2023年度…`, `2023-2025年…`).
enum CutCellTail {
    /// `compacted`: the line with its whitespace removed.
    static func holds(_ compacted: String) -> Bool {
        closesUnopened(compacted) || startsWithBareFigure(compacted)
    }

    static func closesUnopened(_ text: String) -> Bool {
        var depth = 0
        for ch in text {
            switch ch {
            case "(", "（": depth += 1
            case ")", "）":
                if depth == 0 { return true }
                depth -= 1
            default: continue
            }
        }
        return false
    }

    /// Digits first, then anything but a year's or a date's next character.
    static func startsWithBareFigure(_ text: String) -> Bool {
        guard let first = text.first, first.isASCII, first.isNumber else { return false }
        guard let next = text.first(where: { !($0.isASCII && $0.isNumber) }) else { return true }
        return !"年月-—–~～至".contains(next)
    }
}
