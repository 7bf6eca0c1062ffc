import Foundation
import ReportModel

/// The funds block of a province's transfer-payment form whose columns are lettered and whose
/// rates are formulas of the letters: `行次 | 全年预算数(A) | 统筹整合资金数(B) | 扣除统筹整合资金后
/// 预算金额(C) | 全年到位资金(D) | 预算到位(D/C×100%) | 全年执行资金(E) | 预算执行(E/C×100%)`, a
/// `列次 0 1 2 …` line under it, and each row its label, its 行次 and its figures, the blank
/// cells vanished and the figures wrapped onto the next line (`年度资金总额(万元): 1 52.8` /
/// `52.8 52.8 100.00% 30.8 58.33%`).
///
/// No figure's place is known, but the header says which rate is the execution's (the rate column
/// whose word names 执行, counted among the rate columns): the row's percentage at that count is
/// its 执行率, the amount right before it the amount spent, and the budget the largest amount
/// before that whose share spent makes the rate (within half a point). A row whose figures prove
/// nothing is a row with none. Read only under a header with a 行次 and a 列次 line.
enum LetteredFundsRows {
    private static let rateColumn = try! NSRegularExpression(pattern: #"([\p{Han}]+)[(（][A-Z]/[A-Z](?:×100%)?[)）]"#)

    static func read(_ lines: [String]) -> [FundingRow] {
        guard let head = lines.firstIndex(where: { $0.compacted.hasPrefix("行次") }),
              let columns = lines[head...].prefix(30).firstIndex(where: { $0.compacted.hasPrefix("列次") }),
              let spent = executionRateCount(lines[head..<columns].joined().compacted) else { return [] }
        var rows: [FundingRow] = []
        var found = false
        var k = columns + 1
        while k < lines.count, k < columns + 40 {
            let c = lines[k].compacted
            if c.includes("资金管理情况") || c.hasPrefix("列次") || c.includes("绩效指标") || c.includes("总体目标") { break }
            var tokens = lines[k].split(separator: " ").map(String.init)
            let words = tokens.prefix { !isFigure($0) }
            let label = words.joined()
            k += 1
            guard !label.isEmpty, RateCheckedFundsRows.isLabel(FundsReader.itemName(label)) || label.includes("资金") else { continue }
            tokens.removeFirst(words.count)
            // The row's 行次 stands first.
            if let f = tokens.first, f.allSatisfy(\.isNumber) { tokens.removeFirst() }
            var figures = tokens.prefix(while: isFigure)
            // Figures wrapped onto the lines after the label's.
            while k < lines.count {
                let next = lines[k].split(separator: " ").map(String.init)
                guard let f = next.first, isFigure(f) else { break }
                figures += next.prefix(while: isFigure)
                k += 1
            }
            let stated = triple(Array(figures), spentRateCount: spent)
            rows.append(FundingRow(item: FundsReader.itemName(label), stated: stated))
            if stated != nil { found = true }
        }
        return found ? rows : []
    }

    /// Which of the header's rate columns (counted from 0) is the execution's: its word names 执行.
    static func executionRateCount(_ header: String) -> Int? {
        let ns = header as NSString
        let words = rateColumn.matches(in: header, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: 1)) }
        return words.firstIndex { $0.includes("执行") }
    }

    /// The budget, the amount spent and the 执行率 of one row's figures.
    static func triple(_ figures: [String], spentRateCount: Int) -> (Double, Double, Double)? {
        let rates = figures.indices.filter { ValueParser.percent(figures[$0]) != nil }
        guard spentRateCount < rates.count else { return nil }
        let r = rates[spentRateCount]
        guard r > 0, let rate = ValueParser.percent(figures[r]), let executed = ValueParser.amount(figures[r - 1]) else { return nil }
        var budget: Double?
        for b in 0..<(r - 1) {
            guard let v = ValueParser.amount(figures[b]), v > 0, abs(executed / v * 100 - rate) <= 0.5 else { continue }
            if budget == nil || v > budget! { budget = v }
        }
        return budget.map { ($0, executed, rate) }
    }

    private static func isFigure(_ token: String) -> Bool {
        ValueParser.percent(token) != nil || ValueParser.amount(token) != nil
    }
}
