import ReportModel

/// The funds block of a department's whole-spending form that counts its money as allocated and
/// paid out (部门整体支出绩效自评表 of the 预算安排 / 拨付情况 / 结余情况 template): each source a row
/// of eight figures, `年初部门预算安排金额① | 历年结余结转② | 年中调整金额③ | 小计④=①+②+③ |
/// 年度拨付金额⑤ | 支出实现率⑥=⑤/④ | 本年度结余金额⑦ | 资金结余率⑧`, the header's words wrapped
/// over many lines where a text copy cannot place them.
///
/// The row's arithmetic places them: the budget is the amount whose share paid out is the row's
/// rate (the largest such, as ④ is ① and more), the executed amount the one paid. A row of the
/// template left blank (`①中央及省级财政资金`) is a row with none, and lines before the first
/// row of figures are the header's; the circled numbers of the
/// template's sources are no part of their names. Read only under a header naming both 预算安排
/// and 支出实现率, up to the goals.
enum AllocationFundsRows {
    static func read(_ lines: [String]) -> [FundingRow] {
        guard let head = lines.firstIndex(where: { $0.compacted.includes("预算安排") }),
              lines[head...].prefix(20).contains(where: { $0.compacted.includes("支出实现率") }) else { return [] }
        var rows: [FundingRow] = []
        var found = false
        for line in lines[(head + 1)...].prefix(40) {
            let c = line.compacted
            if RateCheckedFundsRows.stops.contains(where: { c.includes($0) }) { break }
            var tokens = line.split(separator: " ").map(String.init)
            let words = tokens.prefix { ValueParser.amount($0) == nil && ValueParser.percent($0) == nil }
            let label = withoutCircledNumber(words.joined())
            guard !label.isEmpty, RateCheckedFundsRows.isLabel(label) else { continue }
            tokens.removeFirst(words.count)
            let figures = triple(tokens)
            // The header's wrapped words (`年中调整金额③ 小计`, `资金结余率`) stand before the first row
            // of figures.
            guard found || figures != nil else { continue }
            rows.append(FundingRow(item: FundsReader.itemName(label), stated: figures))
            if figures != nil { found = true }
        }
        return found ? rows : []
    }

    /// The budget, the amount paid and the rate of one row's figures, in the row's order: the rate
    /// the paid amount over the budget within half a point, the largest such budget.
    static func triple(_ tokens: [String]) -> (Double, Double, Double)? {
        var best: (Double, Double, Double)?
        for (i, a) in tokens.enumerated() {
            guard let budget = ValueParser.amount(a), budget > 0 else { continue }
            for j in (i + 1)..<max(i + 1, tokens.count) {
                guard let executed = ValueParser.amount(tokens[j]), executed > 0 else { continue }
                for k in (j + 1)..<max(j + 1, tokens.count) {
                    guard let rate = ValueParser.percent(tokens[k]), rate >= 1, abs(executed / budget * 100 - rate) <= 0.5 else { continue }
                    if best == nil || best!.0 < budget { best = (budget, executed, rate) }
                }
            }
        }
        return best
    }

    /// `①中央及省级财政资金` → `中央及省级财政资金`.
    static func withoutCircledNumber(_ label: String) -> String {
        guard let f = label.unicodeScalars.first, (0x2460...0x2473).contains(f.value) else { return label }
        return String(String.UnicodeScalarView(label.unicodeScalars.dropFirst()))
    }
}
