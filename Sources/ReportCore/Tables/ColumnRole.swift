/// What a table column holds, decided from its header text.
enum ColumnRole: Equatable {
    /// A group label column such as 绩效指标 spanning the block: holds nothing per row.
    case stub
    case level1, level2, name
    /// 指标性质 / 运算符 in forms that split the target.
    case operatorSign
    /// 指标值 / 年度指标值 / 目标值.
    case target
    /// 度量单位 / 计量单位.
    case unit
    /// 指标属性 (定量/定性).
    case attribute
    /// 评分标准.
    case criterion
    /// 调整后绩效目标 / 调整后指标值.
    case adjustedTarget
    /// 实际完成值 / 完成情况.
    case actual
    /// 分值 / 权重.
    case weight
    /// 得分.
    case score
    /// 偏差原因 / 未完成原因 / 改进措施 / 备注.
    case note
    /// An amount of the funds block: 年初预算数, 全年预算数, 全年执行数.
    case amount
    /// The funds block's 执行率.
    case rate
    /// The row label of the funds block (项目资金（万元）, 资金投入情况, 资金来源).
    case label
    case other

    static func of(header: String) -> ColumnRole {
        // Most cells asked about are figures or names: every header word holds one of these.
        guard headerScalars.mayOccur(in: header) else { return .other }
        let h = withoutPoints(header.compacted)
        if h.isEmpty { return .other }
        if h.includes("执行率") { return .rate }
        if h.includes("预算数") || h.includes("执行数") || h.includes("预算金额") || h.includes("调整后预算") || h.includes("年初预算") { return .amount }
        if h.includes("资金"), h.includes("万元") || h.hasSuffix("情况") || h.hasSuffix("来源") || h.hasSuffix("(元)") || h.hasSuffix("（元）") {
            return .label
        }
        if h == "绩效指标" || h == "指标类别" { return .stub }
        if h.hasPrefix("一级") { return .level1 }
        if h.hasPrefix("二级") { return .level2 }
        // `一级指标 | 二级指标 | 指标内容 | 指标值`: a target table's (绩效目标表) names stand under
        // 指标内容 where the self-evaluation form writes 三级指标.
        if h.hasPrefix("三级") || h == "指标" || h == "指标名称" || h == "绩效指标名称" || h == "具体指标" || h == "指标内容" { return .name }
        if h.includes("原因") || h.includes("改进措施") || h == "备注" || h.includes("说明") { return .note }
        if h.includes("调整后") { return .adjustedTarget }
        // `得分计算方法` describes how a score is computed: a criterion, not the score.
        if h.includes("评分标准") || h.includes("评分规则") || h.includes("计分方法") || h.includes("计算方法") { return .criterion }
        if h.includes("性质") || h.includes("运算符") || h == "符号" { return .operatorSign }
        if h.includes("单位") { return .unit }
        if h.includes("属性") || h.includes("指标类型") { return .attribute }
        if h.includes("完成值") || h.includes("完成情况") || h.includes("实际值") || h.includes("实现值") || h.includes("完成数") { return .actual }
        // A monitoring table's column of what was done so far (`指标值 | 实施进度`, `已完成100%`):
        // the actual value. `进度指标` is a level-2 label, read above; `执行进度` of money is no
        // indicator column.
        if h.includes("实施进度") || h.includes("完成进度") { return .actual }
        if h.includes("得分") { return .score }
        if h.includes("分值") || h.includes("权重") { return .weight }
        if h.includes("指标值") || h.includes("目标值") || h.includes("预期目标") || h.includes("年度目标") || h.includes("计划值") || h.includes("目标") { return .target }
        return .other
    }

    /// `年度预算数(万元)` before `年初预算 | 调整后预算数 | 预算执行数`: an amount word carrying the
    /// block's unit, followed by amounts that carry none, is the caption over them, written in
    /// the head of the first column (whose rows hold the 总额 / 财政资金 labels), not a column of
    /// figures. `全年预算数(万元) | 全年执行数(万元)` gives every column its unit: amounts.
    static func isAmountsCaption(_ header: String, before next: String) -> Bool {
        func unit(_ n: String) -> Bool { ["(万元)", "（万元）", "(元)", "（元）"].contains { n.hasSuffix($0) } }
        let h = header.compacted, n = next.compacted
        return of(header: h) == .amount && of(header: n) == .amount && unit(h) && !unit(n)
    }

    /// A header word without the column letters or formula it carries in brackets: `全年预算数(A)`,
    /// `执行率(B/A)`, `预算执行率(B/A×100%)` (a province's template spells the percentage out).
    /// Only brackets holding a column letter go: `(50分)` and `(2023年)` stay, and their figures
    /// keep a cell from passing for a header word.
    static func withoutFormula(_ h: String) -> String {
        guard h.containsDigit, h.unicodeScalars.contains(where: { "(（".unicodeScalars.contains($0) }) else { return h }
        var out = ""
        var group: String?
        for ch in h {
            if ch == "(" || ch == "（" {
                if let g = group { out += g }
                group = String(ch)
            } else if var g = group {
                g.append(ch)
                if ch == ")" || ch == "）" {
                    let inner = g.dropFirst().dropLast()
                    let formula = inner.contains(where: { $0.isASCII && $0.isLetter })
                        && inner.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || "/×*÷%.+-=＝／％".contains($0) }
                    if !formula { out += g }
                    group = nil
                } else {
                    group = g
                }
            } else {
                out.append(ch)
            }
        }
        return out + (group ?? "")
    }

    /// A header word without the points its column is worth, in brackets after it: `分值(10分)`,
    /// `得分 (20分*执行率)` (a province's template states the score's formula in points). The bracket
    /// must start with a figure and its 分: `(万元)`, `(A)` and `(B/A)` stay. A level's label keeps
    /// no role by this (`产出指标(50分)` is still no header word).
    static func withoutPoints(_ h: String) -> String {
        guard let last = h.last, last == ")" || last == "）", h.containsDigit,
              let open = h.lastIndex(where: { $0 == "(" || $0 == "（" }), open > h.startIndex else { return h }
        // Digits, at most one decimal point, then 分, right after the bracket.
        var sawDigit = false, lastWasDigit = false, sawPoint = false
        for ch in h[h.index(after: open)...] {
            if ch.isASCII, ch.isNumber { sawDigit = true; lastWasDigit = true; continue }
            if ch == ".", lastWasDigit, !sawPoint { sawPoint = true; lastWasDigit = false; continue }
            return ch == "分" && sawDigit && lastWasDigit ? String(h[..<open]) : h
        }
        return h
    }

    /// The characters of the header vocabulary that `of(header:)` looks for.
    static let headerScalars = HanScalarSet("预执资绩类级指原措备说调评计性运符单属型完实现得分权值目项内情况")

    /// Header cells of indicator and score tables: a line that is one of these starts a table in
    /// text where cells stand one per line.
    static func isHeaderWord(_ cell: String) -> Bool {
        // Every header word holds one of these characters (the six words below too); most body
        // cells hold none.
        guard headerScalars.mayOccur(in: cell) else { return false }
        let h = withoutPoints(cell.compacted)
        guard (2...16).contains(h.count), !withoutFormula(h).containsDigit else { return false }
        if ["绩效指标", "指标", "完成情况", "指标名称", "项目", "内容"].contains(h) { return true }
        let role = of(header: h)
        return role != .other && role != .stub
    }
}
