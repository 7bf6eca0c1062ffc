import Foundation
import ReportModel

/// The year's funds stated in prose under plainer words than `ProseFundsRow` reads, proved by the
/// 执行率 the text states with them: a grant's or a bureau's report writes `…项目资金合计680.3万元，
/// 全年预算执行数合计233.6万元。预算执行率34.3%` or `财政资金3267.28万元，…项目执行金额2856.63万元，
/// 执行率87.43%`.
///
/// 资金合计, 财政资金, 预算资金 or 执行金额 alone say too little (a sum may be what arrived, what one
/// part of the body got, or a later year's), so a figure under them is read only where a stated
/// 执行率 is the executed sum over the budget within half a point. Never 年初预算 (the contract's
/// budget is the year's whole one) and never 到位资金 (what arrived is no budget).
enum RatePairedProseFunds {
    /// The row of `text` (compacted, lines joined) whose budget and executed sum a stated rate
    /// pairs, the words of `ProseFundsRow` counted too; nil where no stated rate pairs two figures.
    static func read(_ text: String) -> FundingRow? {
        let rates = ProseFundsRow.figures(ProseFundsRow.ratePattern, in: text)
        guard !rates.isEmpty else { return nil }
        let budgets = ProseFundsRow.figures(ProseFundsRow.budgetPattern, in: text) + ProseFundsRow.figures(budgetPattern, in: text)
        let spent = ProseFundsRow.figures(ProseFundsRow.executedPattern, in: text) + ProseFundsRow.figures(executedPattern, in: text)
        for r in rates {
            for b in budgets where b.value > 0 {
                for e in spent where e.value > 0 && abs(e.value / b.value * 100 - r.value) <= 0.5 {
                    return FundingRow(item: ProseFundsRow.item, budget: b.value, executed: e.value, executionRate: r.value)
                }
            }
        }
        return nil
    }

    /// A sum of the year's money: 资金合计 / 资金总额 / 财政资金 / 预算资金 / 预算金额, not after 年初
    /// (the opening budget), 到位 (what arrived) or 可 (可使用资金 is `ProseFundsRow`'s).
    static let budgetPattern = try! NSRegularExpression(pattern:
        "(?<!年初)(?<!到位)(?<!可使用)(?<!可用)(?:预算资金|预算金额|财政资金|资金合计|资金总额)" + ProseFundsRow.connector + ProseFundsRow.amount)
    /// What was spent: 执行金额 / 执行资金 / 执行预算资金.
    static let executedPattern = try! NSRegularExpression(pattern:
        "(?:执行金额|执行资金|执行预算资金)" + ProseFundsRow.connector + ProseFundsRow.amount)
}
