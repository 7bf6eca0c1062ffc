import Foundation
import ReportModel

/// The year's funds a department's prose states in 元 with their rate, in one sentence:
/// `2024年度收入合计9570171.39元，支出合计7686456.33元，执行率为80.32%`.
///
/// `ProseFundsRow` reads sums in 万元 only. A county body's report often writes its totals to the
/// 分 in 元; the contract wants 万元, so each is divided by 10,000 (and a warning says so). As
/// 收入合计 and 支出合计 alone are a 决算's totals, not a budget and its execution, the three must
/// stand in one sentence (split at 。；;) and the stated 执行率 must be the spent sum over the
/// budget within half a point: a sentence of totals without a rate, or with a rate that is
/// another pair's (`基本支出…执行率达100.00%`), gives nothing.
enum YuanProseFunds {
    static func read(_ lines: [String]) -> FundingRow? {
        let text = lines.joined().compacted
        let budgets = ProseFundsRow.figures(budgetPattern, in: text)
        let spent = ProseFundsRow.figures(executedPattern, in: text)
        let rates = ProseFundsRow.figures(ProseFundsRow.ratePattern, in: text)
        for r in rates {
            for b in budgets where b.value > 0 && b.sentence == r.sentence {
                for e in spent where e.sentence == r.sentence && abs(e.value / b.value * 100 - r.value) <= 0.5 {
                    return FundingRow(item: ProseFundsRow.item, budget: tenThousands(b.value), executed: tenThousands(e.value),
                                      executionRate: r.value)
                }
            }
        }
        return nil
    }

    /// A sum in 元 in 万元, to the 分 it was written to (six places): no binary tail
    /// (`371.41204500000003`) in the export.
    static func tenThousands(_ yuan: Double) -> Double {
        (yuan / 10_000 * 1_000_000).rounded() / 1_000_000
    }

    /// The warning that the sums were converted.
    static let warning = ReportWarning(code: "funds-converted-from-yuan", severity: .info,
                                       message: "the funds stated in the prose are in 元; converted to 万元")

    /// A sum in 元 (not 万元, not 亿元): the figure right before 元.
    private static let yuan = #"(\d[\d,]*(?:\.\d+)?)元"#

    private static let budgetPattern = try! NSRegularExpression(pattern:
        "(?<!年初)(?:收入合计|收入总计|调整后预算数|调整后预算|全年预算数|全年预算|预算总额)" + ProseFundsRow.connector + yuan)
    private static let executedPattern = try! NSRegularExpression(pattern:
        "(?:支出合计|支出总计|全年执行数|预算执行数|实际支出)" + ProseFundsRow.connector + yuan)
}
