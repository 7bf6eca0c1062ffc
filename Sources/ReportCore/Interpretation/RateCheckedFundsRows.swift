import ReportModel

/// Funds rows of a form whose cells a plain `pdftotext` dump (no `-layout`) of the printed form
/// wrote in reading order, where no table gave any: a row's label stands on a line of its own and
/// its figures on the lines around it, in no order a header could place (a row's first line of
/// figures before its centred label, the 分值 and 执行率 of the row between its amounts, a rate's
/// `%` cut onto a line of its own).
///
/// What holds is the arithmetic: of a row's figures, two amounts and a rate where the rate is the
/// second amount over the first (within half a point) are its 全年预算数, 全年执行数 and 执行率.
/// Each label takes such a triple from the figures between the labels before and after it,
/// nearest first; of several triples the one with the largest budget (a 分值 and its 得分 make the
/// rate too: `10`, `9.76`, `97.56%`). A label whose figures make no triple (the template's blanks,
/// `—`) is a row with none. Nothing is read unless one triple is found, and only between the funds
/// header (an amount and a rate column word) and the goals or the indicators.
enum RateCheckedFundsRows {
    /// One piece of the block: a row's label or a figure.
    enum Piece: Equatable {
        case label(String)
        case amount(Double)
        case rate(Double)
        /// The template's blank for a cell with nothing in it (`—`, `/`).
        case blank
        case other
    }

    /// Words that end the funds block.
    static let stops = ScatteredFundsRow.stops + ["年初设定目标", "预期目标", "二级指标", "三级指标"]

    /// Whether a row's rate is its executed amount over its budget, within half a point.
    static func holds(_ row: FundingRow) -> Bool {
        guard let b = row.budget, let e = row.executed, let r = row.executionRate, b > 0 else { return false }
        return abs(e / b * 100 - r) <= 0.5
    }

    /// Whether a body line holds a column gap (a run of spaces inside it): a `-layout` dump or a
    /// typed table, whose figures stand in their columns.
    static func hasColumnGaps(_ items: [BodyItem]) -> Bool {
        items.contains { if case .line(let l) = $0 { return TextCells.hasGap(l.text) } else { return false } }
    }

    /// The body's lines in order, a table's cells among them one a line: the readers of lines may
    /// have cut tables from the dump's lines, placing nothing right.
    static func lines(of items: [BodyItem]) -> [String] {
        var out: [String] = []
        for item in items {
            switch item {
            case .line(let l): if !l.isBlank { out.append(l.text) }
            case .table(let g):
                for row in g.rows {
                    for cell in row { out += cell.split(separator: "\n").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty } }
                }
            }
        }
        return out
    }

    static func read(_ lines: [String]) -> [FundingRow] {
        guard let pieces = block(lines) else { return [] }
        let labels = pieces.indices.filter { if case .label = pieces[$0] { return true } else { return false } }
        guard !labels.isEmpty else { return [] }
        // An insurance fund's accounts (基金收入, 基金支出) have budgets and rates too, but are no
        // funds block.
        guard !labels.contains(where: { if case .label(let l) = pieces[$0] { return FundsReader.isFundAccount(l) } else { return false } })
        else { return [] }
        var used = Set<Int>()
        var rows: [FundingRow] = []
        var found = false
        for (n, at) in labels.enumerated() {
            guard case .label(let label) = pieces[at] else { continue }
            let lower = n > 0 ? labels[n - 1] + 1 : 0
            let upper = n + 1 < labels.count ? labels[n + 1] : pieces.count
            let item = FundsReader.itemName(label)
            // The template's blanks right after a label (`上年结转资金 — —`) are its row's cells:
            // the figures before it are another row's.
            if at + 1 < upper, case .blank = pieces[at + 1] {
                rows.append(FundingRow(item: item))
                continue
            }
            if let (a, b, r) = triple(pieces, in: lower..<upper, near: at, used: used, bareRates: false)
                ?? triple(pieces, in: lower..<upper, near: at, used: used, bareRates: true) {
                used.formUnion([a, b, r])
                guard case .amount(let budget) = pieces[a], case .amount(let executed) = pieces[b], let rate = value(pieces[r]) else { continue }
                rows.append(FundingRow(item: item, budget: budget, executed: executed, executionRate: rate))
                found = true
            } else {
                // A row whose figures prove nothing (the template's blanks, or none) is a row with none.
                rows.append(FundingRow(item: item))
            }
        }
        return found ? rows : []
    }

    /// The best triple (budget, executed, rate) of unused figures in `range`: the largest budget,
    /// then the nearest to the label. With `bareRates` a figure without its `%` may be the rate
    /// (the sign cut onto another line).
    private static func triple(_ pieces: [Piece], in range: Range<Int>, near at: Int, used: Set<Int>, bareRates: Bool) -> (Int, Int, Int)? {
        let amounts = range.filter { if case .amount(let v) = pieces[$0] { return !used.contains($0) && v >= 0 } else { return false } }
        let rates = range.filter { k in
            guard !used.contains(k) else { return false }
            if case .rate = pieces[k] { return true }
            if bareRates, case .amount = pieces[k] { return true }
            return false
        }
        var best: (a: Int, b: Int, r: Int, budget: Double, distance: Int)?
        for a in amounts {
            guard case .amount(let budget) = pieces[a], budget > 0 else { continue }
            for b in amounts where b != a {
                // An executed 0 makes a rate of 0 with any budget: nothing is proved.
                guard case .amount(let executed) = pieces[b], executed > 0 else { continue }
                for r in rates where r != a && r != b {
                    // A rate under 1% passes for any small figure over a large budget (`0` / `10`).
                    guard let rate = value(pieces[r]), rate >= 1, abs(executed / budget * 100 - rate) <= 0.5 else { continue }
                    let distance = abs(a - at) + abs(b - at) + abs(r - at)
                    if let bst = best, bst.budget > budget || (bst.budget == budget && bst.distance <= distance) { continue }
                    best = (a, b, r, budget, distance)
                }
            }
        }
        return best.map { ($0.a, $0.b, $0.r) }
    }

    /// The pieces of the funds block: from the first line naming an amount column to a line
    /// naming the goals or the indicators. Nil when the block names no rate column.
    static func block(_ lines: [String]) -> [Piece]? {
        guard let start = lines.firstIndex(where: { line in
            line.split(separator: " ").contains { ColumnRole.of(header: String($0)) == .amount }
        }) else { return nil }
        var pieces: [Piece] = []
        var sawRate = false
        for line in lines[start...].prefix(160) {
            let c = line.compacted
            if stops.contains(where: { c.includes($0) }) { break }
            if ColumnRole.of(header: c) == .rate { sawRate = true }
            // A label is a line of its own, or the words before a line's figures: a source of
            // funds, no figure, no column word.
            var tokens = line.split(separator: " ").map(String.init)
            // The block's own label before the first row's (`资金投入情况 年度资金总额`) is none of it.
            if tokens.count > 1, FundsReader.isBlockLabel(tokens[0]) { tokens.removeFirst() }
            let words = tokens.prefix { piece($0) == .other }
            let label = words.joined()
            if !words.isEmpty, isLabel(label) {
                pieces.append(.label(label))
                tokens.removeFirst(words.count)
            }
            for token in tokens {
                pieces.append(piece(token))
            }
        }
        return sawRate ? pieces : nil
    }

    /// A row's label: a source of funds, no figure, no column word, no sentence (`均衡项目支出进度。`)
    /// and none of the form's head (`地方主管部门…`).
    static func isLabel(_ c: String) -> Bool {
        guard !c.containsDigit, FundsReader.isFundsItem(c), ColumnRole.of(header: c) == .other else { return false }
        return !["。", "，", "；", "主管", "部门"].contains { c.includes($0) }
    }

    private static func value(_ p: Piece) -> Double? {
        switch p {
        case .amount(let v), .rate(let v): return v
        default: return nil
        }
    }

    static func piece(_ token: String) -> Piece {
        if let v = ValueParser.percent(token) { return .rate(v) }
        if let v = ValueParser.amount(token) { return .amount(v) }
        if ["—", "-", "/", "／", "–", "——", "－"].contains(token) { return .blank }
        return .other
    }
}
