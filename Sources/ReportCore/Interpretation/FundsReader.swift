import Foundation
import ReportModel

/// Reads the funds block (资金投入情况): 年度资金总额, 中央财政资金, 地方资金, 其他资金, 上年结转…
/// with 全年预算数 (A), 全年执行数 (B) and 执行率 (B/A), amounts in 万元.
enum FundsReader {
    enum Column: Equatable { case initialBudget, budget, executed, rate, weight, score, other }

    static func column(_ header: String) -> Column? {
        // `得分(20分*执行率)` is the score, whatever its formula names.
        let h = ColumnRole.withoutPoints(header.compacted)
        // `得分计算方法`: how the score is computed, no figure of the row.
        if h.includes("计算方法") { return .other }
        if h.includes("年初预算") { return .initialBudget }
        if h.includes("执行率") { return .rate }
        // A ratio of two columns by its formula (`预算执行(E/C×100%)`, `预算到位(D/C×100%)`): the
        // execution rate where it names execution, another ratio (funds arrived) otherwise.
        if isRatio(h) { return h.includes("执行") ? .rate : .other }
        if h.includes("预算数") || h.includes("预算金额") || h.includes("调整后预算") { return .budget }
        if h.includes("执行数") || h.includes("实际支出") || h.includes("执行金额") || h.includes("执行资金") { return .executed }
        if h.includes("得分") { return .score }
        if h.includes("分值") || h.includes("权重") { return .weight }
        return nil
    }

    /// Whether a header carries a ratio of two lettered columns in brackets (`(E/C×100%)`, `（B/A）`).
    static func isRatio(_ header: String) -> Bool {
        guard let open = header.firstIndex(where: { $0 == "(" || $0 == "（" }) else { return false }
        let inside = header[header.index(after: open)...].prefix { $0 != ")" && $0 != "）" }
        let letters = inside.filter { $0.isASCII && $0.isUppercase }
        return letters.count == 2 && inside.contains("/")
    }

    /// A row label that names a source of funds.
    static func isFundsItem(_ label: String) -> Bool {
        let l = label.compacted
        guard (2...24).contains(l.count) else { return false }
        // `地方主管部门`, `资金使用单位`: a body's role, a head label of the form (a transfer form
        // puts one under its funds block), however much it says 地方 or 资金.
        if ["部门", "单位", "机构", "处室"].contains(where: { l.hasSuffix($0) }) { return false }
        return ["资金", "补助", "拨款", "结转", "总额", "收入", "经费", "预算", "自筹", "配套", "财政", "合计", "小计",
                "支出", "公益金", "省级", "市级", "县级", "市县", "中央", "地方", "专户", "其他"].contains { l.contains($0) }
    }

    /// The block's own label (项目资金（万元）, 资金投入情况), standing where a row label would.
    static func isBlockLabel(_ label: String) -> Bool {
        let l = label.compacted
        return ColumnRole.of(header: l) == .label
            && !["总额", "中央", "地方", "其他", "财政", "补助", "结转", "自筹", "单位", "省", "市", "县", "公益金", "专户", "基本", "项目支出"].contains { l.contains($0) }
    }

    /// The label of a block's total row: 年度资金总额, 资金总额, 合计, 总计.
    static func isTotalLabel(_ item: String) -> Bool {
        let l = item.compacted
        return l.hasSuffix("资金总额") || l.hasSuffix("总额") && l.count <= 8 || l == "合计" || l == "总计"
    }

    /// A row of an insurance fund's accounts: 基金收入, 基金支出.
    static func isFundAccount(_ label: String) -> Bool {
        let l = itemName(label)
        return l.hasPrefix("基金收入") || l.hasPrefix("基金支出") || l.hasPrefix("基金结余") || l == "当年结余" || l == "累计结余"
    }

    /// A row that groups the rows below it (按收入性质分：, 按支出性质分：, 其中：) and holds no
    /// amount of its own.
    static func isGroupLabel(_ label: String) -> Bool {
        let l = itemName(label.compacted)
        return (l.hasPrefix("按") && (l.includes("性质") || l.includes("来源") || l.includes("类型") || l.includes("分类")))
            || ["其中", "其中:", "其中："].contains(label.compacted)
    }

    /// A cell that says something: not empty, not a placeholder (`—`, `/`, `-`), not a figure.
    static func isWordy(_ cell: String) -> Bool {
        let c = cell.compacted
        guard !c.isEmpty, !placeholders.contains(c) else { return false }
        return c.unicodeScalars.contains { $0.properties.isAlphabetic }
    }

    /// Cells that stand for "nothing here".
    static let placeholders: Set<String> = ["—", "——", "-", "--", "－", "/", "／", "无", "\\"]

    /// The contract's item name: `其中:` and trailing colons removed.
    static func itemName(_ label: String) -> String {
        var l = label.compacted
        for p in ["其中:", "其中：", "其中,", "其中，", "其中、", "其中"] where l.hasPrefix(p) && l.count > p.count {
            l = String(l.dropFirst(p.count))
            break
        }
        while let last = l.last, ":：".contains(last) { l.removeLast() }
        // The unit written after the label (`年度资金总额(万元):`) is the row's `unit`, not its name.
        for unit in ["(万元)", "（万元）", "(元)", "（元）"] where l.hasSuffix(unit) && l.count > unit.count + 1 {
            l = String(l.dropLast(unit.count))
            while let last = l.last, ":：".contains(last) { l.removeLast() }
            break
        }
        return l
    }

    /// A label carrying its amount after a colon (`政府性基金拨款：118.82`): the label and the
    /// amount. Any other label is returned whole, with no amount.
    static func inlineAmount(_ label: String) -> (label: String, amount: Double?) {
        let l = label.compacted
        guard l.containsDigit, let colon = l.lastIndex(where: { $0 == ":" || $0 == "：" }) else { return (label, nil) }
        let after = String(l[l.index(after: colon)...])
        guard !after.isEmpty, after.isPlainNumber || (after.hasSuffix("万元") && String(after.dropLast(2)).isPlainNumber),
              let amount = ValueParser.amount(after) else { return (label, nil) }
        return (String(l[..<colon]), amount)
    }

    /// Whether the header says amounts are in 元 rather than 万元.
    static func statesYuan(_ cells: [String]) -> Bool {
        let joined = cells.joined().compacted
        return (joined.includes("(元)") || joined.includes("（元）") || joined.includes("单位:元") || joined.includes("单位：元"))
            && !joined.includes("万元")
    }

    static func read(_ view: TableView, _ segment: TableSegment, warnings: inout [ReportWarning]) -> [FundingRow] {
        let headerCells = view.cells(segment.header)
        var columns: [(index: Int, column: Column)] = headerCells.enumerated().compactMap { i, h in
            column(h).map { (i, $0) }
        }
        // `年度预算数（万元）` over the labels, then the amounts: the caption heads no figures. In a
        // table with merged cells the caption stands over the label column and empty header cells
        // over the labels' span lie between it and the first amount.
        if columns.count >= 2,
           headerCells[(columns[0].index + 1)..<columns[1].index].allSatisfy({ $0.trimmingWhitespace().isEmpty }),
           ColumnRole.isAmountsCaption(headerCells[columns[0].index], before: headerCells[columns[1].index]) {
            columns.removeFirst()
        }
        let valueColumns = columns.map(\.column)
        var yuan = statesYuan(view.grid.rows[segment.header])
        var rows: [FundingRow] = []
        // An insurance fund's 基金收支 table (基金收入, 基金支出, 结余) has budget and execution
        // columns too, but its rows are the fund's accounts, not the money put into the work.
        if segment.rows.contains(where: { r in view.cells(r).contains { isFundAccount($0) } }) { return [] }
        /// The figures of `cells` after the label at `labelIndex` (-1: no label) placed in the row.
        func fill(_ row: inout FundingRow, _ cells: [String], after labelIndex: Int) {
            let assigned: [(Column, String)]
            if view.grid.positional {
                assigned = shiftedPastVanishedCell(columns.filter { $0.index > labelIndex && $0.index < cells.count }.map { ($0.column, cells[$0.index]) })
            } else {
                assigned = placePacked(Array(cells[(labelIndex + 1)...]).filter { !$0.trimmingWhitespace().isEmpty }, valueColumns)
            }
            for (column, text) in assigned {
                switch column {
                case .budget: row.budget = ValueParser.amount(text)
                case .executed: row.executed = ValueParser.amount(text)
                case .rate: row.executionRate = ValueParser.percent(text) ?? ValueParser.amount(text)
                default: break
                }
            }
            if let text = assigned.first(where: { $0.0 == .rate })?.1,
               let percent = rateAsPercent(text, budget: row.budget, executed: row.executed) {
                row.executionRate = percent
            }
        }
        // The first pieces of a label wrapped over rows (`其他资金` / `（包括以前年度结转资`), waiting
        // for the piece whose row holds the figures.
        var wrapped: String?
        // Figures standing under the header with no label, before any row (`| 7165.32 | 6992.95 |`
        // over `其中:中央财政资金 | 3144.00 | …`): a copy that moved the total's merged label cell
        // away from its figures. Kept until the block shows whose they are.
        var unlabelled: (row: Int, cells: [String], labelIndex: Int)?
        var breakdownFirst = false
        for r in segment.rows {
            let cells = view.cells(r)
            if statesYuan(cells) { yuan = true }
            // The label: the last wordy cell before the first figure (and, in a positional grid,
            // before the first value column). Placeholders such as `—` are not labels.
            var firstValue = cells.firstIndex { ValueParser.amount($0) != nil || ValueParser.percent($0) != nil } ?? cells.count
            if view.grid.positional, let firstColumn = columns.first?.index { firstValue = min(firstValue, firstColumn) }
            guard let labelIndex = cells[..<firstValue].lastIndex(where: isWordy) else {
                if rows.isEmpty, unlabelled == nil, firstValue < cells.count,
                   cells[firstValue...].contains(where: { ValueParser.amount($0) != nil }) {
                    unlabelled = (r, cells, firstValue - 1)
                }
                continue
            }
            var label = cells[labelIndex]
            let hasFigures = cells[(labelIndex + 1)...].contains { ValueParser.amount($0) != nil || ValueParser.percent($0) != nil }
            if FundsLabelWrap.qualifiesPrevious(label), FundsLabelWrap.isOpen(label) || hasFigures, wrapped == nil,
               let last = rows.last, last.budget == nil, last.executed == nil, last.executionRate == nil {
                // `（包括以前年度结转资` below a row of its own with no figures: that row's label goes on.
                // A closed `（万元）` with no figures is the block's unit, not a qualifier.
                rows.removeLast()
                wrapped = last.item
            }
            if let head = wrapped {
                label = head + label.compacted
                wrapped = nil
            }
            if !hasFigures, FundsLabelWrap.isOpen(label) {
                wrapped = label.compacted
                continue
            }
            // 按支出性质分： heads 基本支出 and 项目支出: a group, not a row, and not the block's end.
            if isGroupLabel(label) || isBlockLabel(label) { continue }
            guard isFundsItem(label) else {
                // A row of the block that names no fund ends the block.
                if rows.isEmpty { continue } else { break }
            }
            let (item, inline) = inlineAmount(label)
            var row = FundingRow(item: itemName(item))
            fill(&row, cells, after: labelIndex)
            // `其中：一般公共预算：1325.68`: the template leaves no column for the breakdown's
            // amounts, so the form writes each after its label. The block is the budget's
            // (年度预算申请), so the figure is the item's budget.
            if row.budget == nil, row.executed == nil, let inline { row.budget = inline }
            if rows.isEmpty {
                // The unlabelled figures stand right above the breakdown (`其中:…`): the total's.
                breakdownFirst = label.compacted.hasPrefix("其中") && unlabelled?.row == r - 1
            }
            if breakdownFirst, let figures = unlabelled, isTotalLabel(row.item),
               row.budget == nil, row.executed == nil, row.executionRate == nil {
                // The total's label, further down with no figures of its own: the figures above
                // the breakdown are its row.
                fill(&row, figures.cells, after: figures.labelIndex)
                unlabelled = nil
                rows.insert(row, at: 0)
                continue
            }
            rows.append(row)
        }
        if yuan {
            for i in rows.indices {
                rows[i].budget = rows[i].budget.map { $0 / 10_000 }
                rows[i].executed = rows[i].executed.map { $0 / 10_000 }
            }
            warnings.append(ReportWarning(code: "funds-converted-from-yuan", severity: .info,
                                          message: "the funds table states amounts in 元; converted to 万元"))
        }
        return rows
    }

    /// A rate written as a fraction of one (`0.1`, `1` for B/A of 94/650 or of 100/100), as some
    /// provinces' forms state 执行率: in percent, when the row's own figures confirm it to the
    /// precision written. A bare figure B/A does not confirm (`96.5` beside 96.5 of 100) is
    /// already a percentage and is left to the caller.
    static func rateAsPercent(_ text: String, budget: Double?, executed: Double?) -> Double? {
        let c = text.compacted
        guard c.isPlainNumber, let v = Double(c), v > 0, v <= 1, let a = budget, let b = executed, a > 0 else { return nil }
        // Half a unit of the last digit written: `0.1` stands for 0.05 to 0.15.
        let decimals = c.firstIndex(of: ".").map { c.distance(from: $0, to: c.endIndex) - 1 } ?? 0
        let half = 0.5 * pow(10, -Double(decimals))
        guard abs(b / a - v) <= half + 1e-9 else { return nil }
        return (v * 100 * 1e6).rounded() / 1e6
    }

    /// A row whose figures a copy packed to the left, its blank 年初预算数 lost (`387664.62 |
    /// 387664.62 | 10 | 100% | 10` under 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分): the
    /// 全年执行数 then holds the 分值 and the 分值 column is empty. When the stated 执行率
    /// contradicts the figures as placed, and moving the amounts one column on, into that empty
    /// column, makes 执行数 / 预算数 the rate stated, the figures were so moved. A row whose
    /// figures agree with its rate, or that states none, is left as placed.
    static func shiftedPastVanishedCell(_ assigned: [(Column, String)]) -> [(Column, String)] {
        func at(_ c: Column) -> Int? { assigned.firstIndex { $0.0 == c } }
        guard let i = at(.initialBudget), let b = at(.budget), let e = at(.executed), let r = at(.rate),
              i + 1 == b, b + 1 == e, e + 1 < assigned.count, assigned[e + 1].0 == .weight,
              assigned[e + 1].1.trimmingWhitespace().isEmpty,
              let stated = ValueParser.percent(assigned[r].1) ?? ValueParser.amount(assigned[r].1),
              let initial = ValueParser.amount(assigned[i].1), let budget = ValueParser.amount(assigned[b].1),
              let executed = ValueParser.amount(assigned[e].1), initial > 0, budget > 0 else { return assigned }
        func agrees(_ rate: Double) -> Bool { abs(rate - stated) <= 0.5 }
        guard !agrees(executed / budget * 100), agrees(budget / initial * 100) else { return assigned }
        var out = assigned
        out[i].1 = ""
        out[b].1 = assigned[i].1
        out[e].1 = assigned[b].1
        out[e + 1].1 = assigned[e].1
        return out
    }

    /// Places the values of a packed row (empty cells lost) in the value columns: a percentage
    /// goes to the rate column; the other numbers fill the amount columns in order, the
    /// 全年预算数 and 全年执行数 first when there are fewer numbers than columns.
    static func placePacked(_ values: [String], _ columns: [Column]) -> [(Column, String)] {
        if values.count == columns.count { return Array(zip(columns, values)) }
        var out: [(Column, String)] = []
        let percents = values.filter { ValueParser.percent($0) != nil }
        let numbers = values.filter { ValueParser.percent($0) == nil }
        if let p = percents.first, columns.contains(.rate) { out.append((.rate, p)) }
        var amountColumns = columns.filter { $0 != .rate }
        if numbers.count < amountColumns.count {
            let core = amountColumns.filter { $0 == .budget || $0 == .executed }
            amountColumns = core + amountColumns.filter { $0 != .budget && $0 != .executed }
        }
        for (c, v) in zip(amountColumns, numbers) { out.append((c, v)) }
        return out
    }
}
