import Foundation
import ReportModel

/// The year's funds a report states in its prose rather than in a form: a department's or a
/// medical-insurance bureau's report writes `年中调整预算为1781.86万元，…全年执行数1767.21万元`
/// or `全年可使用资金合计2469.3万元` … `共使用资金1709.1万元，…资金执行率达69.21%`, and no table.
///
/// Read only where the figures prove they belong together. The budget is the year's whole
/// budget (调整后预算, 全年预算, 全年可使用资金 — never 年初预算, which the contract's budget is
/// not), the executed sum is what was spent of it (全年执行数, 实际支出, 共使用资金 — not
/// 可使用资金, not 到位资金), each a figure in 万元 right after its words. Where the text states
/// a 执行率, the pair whose ratio it is (within half a point) is the row; a rate that no pair
/// gives is another sum's and nothing is read. Without a rate, the budget and the executed sum
/// must stand in one sentence; the rate is then left unstated, as the text leaves it. A 决算's
/// 收入/支出 totals name neither. The caller asks only where no table or form gave a funds row.
enum ProseFundsRow {
    /// The row's item: the form's name for the year's whole funds.
    static let item = "年度资金总额"

    static func read(_ lines: [String]) -> FundingRow? {
        // A hard-wrapped copy splits a figure from its unit (`1781.86 万` / `元`): joined first.
        let text = lines.joined().compacted
        let budgets = figures(budgetPattern, in: text)
        let spent = figures(executedPattern, in: text)
        // Plainer words (资金合计, 执行金额) are read where a stated rate proves the pair.
        guard !budgets.isEmpty, !spent.isEmpty else { return RatePairedProseFunds.read(text) }
        let rates = figures(ratePattern, in: text)
        if !rates.isEmpty {
            for r in rates {
                for b in budgets where b.value > 0 {
                    for e in spent where abs(e.value / b.value * 100 - r.value) <= 0.5 {
                        return FundingRow(item: item, budget: b.value, executed: e.value, executionRate: r.value)
                    }
                }
            }
            return RatePairedProseFunds.read(text)
        }
        for b in budgets {
            if let e = spent.first(where: { $0.sentence == b.sentence }) {
                return FundingRow(item: item, budget: b.value, executed: e.value)
            }
        }
        return nil
    }

    /// Each match's figure and the index of the sentence (split at 。；;) it stands in.
    static func figures(_ pattern: NSRegularExpression, in text: String) -> [(value: Double, sentence: Int)] {
        let ns = text as NSString
        return pattern.matches(in: text, range: NSRange(location: 0, length: ns.length)).compactMap { m in
            let digits = ns.substring(with: m.range(at: 1)).replacingOccurrences(of: ",", with: "")
            guard let v = Double(digits) else { return nil }
            let before = ns.substring(to: m.range.location)
            let sentence = before.unicodeScalars.filter { "。；;".unicodeScalars.contains($0) }.count
            return (v, sentence)
        }
    }

    /// The words between a sum's name and its figure, and the figure in 万元.
    static let connector = "(?:为|是|:|：|共计|合计|总计|达到|达)?"
    static let amount = #"(\d[\d,]*(?:\.\d+)?)万元"#

    static let budgetPattern = try! NSRegularExpression(pattern:
        "(?:调整后预算数|调整后预算|调整预算数|调整预算|预算调整为|全年预算数|全年预算|(?:全年)?可使用资金(?:合计|总额)?)" + connector + amount)
    static let executedPattern = try! NSRegularExpression(pattern:
        "(?:全年执行数|预算执行数|执行数|实际执行|实际支出|累计支出|共使用资金|(?<!可)使用资金|已支出)" + connector + amount)
    static let ratePattern = try! NSRegularExpression(pattern:
        "(?:预算执行率|资金执行率|执行率)" + connector + #"(\d{1,3}(?:\.\d+)?)[%％]"#)
}
