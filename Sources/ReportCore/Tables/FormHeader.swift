/// The header of a funds, indicator or score block of a self-evaluation form, found in a stream of text
/// cells by its vocabulary (全年预算数, 全年执行数…; 一级指标, 三级指标, 指标值, 完成值…), however the
/// copy split it: one word per line, pipe rows, words broken over lines (`一级` / `指标`,
/// `年度指标` / `值`).
struct FormHeader: Equatable {
    enum Kind: Equatable { case funds, indicators, scores }
    var kind: Kind
    /// The column names, in order; group stubs (绩效指标) dropped, since body rows hold no cell
    /// under them.
    var names: [String]
    var roles: [ColumnRole]

    /// The header starting at `cells[start]`, and the index of the first cell after it.
    static func find(in cells: [TextCell], at start: Int) -> (FormHeader, Int)? {
        guard start < cells.count, role(cells[start].text) != nil || headFragment(cells, start) != nil else { return nil }
        var names: [String] = []
        var k = start
        while k < cells.count {
            let c = cells[k].text.compacted
            if c.isEmpty {
                // Empty cells of a pipe header row, or an NBSP line between header words.
                k += 1
                continue
            }
            // A word broken over two cells: `一级` + `指标`, `年度指标值` + `(A)`.
            if let last = names.last, isTail(c), role(last + c) != nil {
                names[names.count - 1] = last + c
                k += 1
                continue
            }
            if let r = role(c) {
                // A funds block's row label (项目资金（万元）) heads its first column only; after
                // the amounts it stands on the first body row.
                if r == .label, names.contains(where: { [.amount, .rate].contains(ColumnRole.of(header: $0)) }) { break }
                names.append(c)
                k += 1
                continue
            }
            if let joined = headFragment(cells, k) {
                names.append(joined)
                k += 2
                continue
            }
            break
        }
        // Trailing empty cells belong to the header's line, not the body.
        while k > start, cells[k - 1].text.compacted.isEmpty { k -= 1 }
        // A caption column before the levels (年度绩效目标) is a stub too: see `BlockCaptionColumn`.
        let captions = BlockCaptionColumn.roles(names)
        let kept = lowerRowFirst(names.indices.filter { captions[$0] != .stub }.map { names[$0] })
        guard let kind = kind(of: kept) else { return nil }
        var roles = kept.map(ColumnRole.of)
        if kind == .funds, isGroupCaption(kept, roles) { roles[0] = .label }
        return (FormHeader(kind: kind, names: kept, roles: roles), k)
    }

    /// `绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因… | 一级指标 | 二级指标 | 三级指标 |
    /// 指标性质 | 指标值 | 度量单位`: a header of two rows, copied one row after the other. The upper
    /// row's 绩效指标 and 年度指标值 each span columns of the lower row (the levels; the target split
    /// into sign, value and unit), and its other words span both rows and stand after them. The
    /// columns, left to right, are the lower row's, then the upper row's words the lower one does
    /// not name. A header whose words start with the levels is one row and keeps its order.
    static func lowerRowFirst(_ names: [String]) -> [String] {
        let roles = names.map(ColumnRole.of)
        let levels: [ColumnRole] = [.level1, .level2, .name]
        guard let p = roles.firstIndex(where: { levels.contains($0) }), p > 0 else { return names }
        let lowerRoles = roles[p...]
        // The lower row names the levels, two of them at least; the upper one the columns after them.
        let after: [ColumnRole] = [.actual, .weight, .score, .note]
        guard lowerRoles.filter({ levels.contains($0) }).count >= 2,
              roles[..<p].contains(where: { after.contains($0) }) else { return names }
        // A word over columns the lower row names itself (年度指标值 over 指标性质 | 指标值 | 度量单位)
        // heads no column of its own.
        let splitTarget = lowerRoles.contains(.target) || lowerRoles.contains(.operatorSign)
        let upper = names.indices[..<p].filter { i in
            !lowerRoles.contains(roles[i]) && !(splitTarget && roles[i] == .target)
        }.map { names[$0] }
        return Array(names[p...]) + upper
    }

    private static func isGroupCaption(_ names: [String], _ roles: [ColumnRole]) -> Bool {
        guard names.count >= 3, roles[0] == .amount, roles[1] == .amount else { return false }
        return ColumnRole.isAmountsCaption(names[0], before: names[1])
    }

    /// What block a header of these names heads, if a funds, indicator or score block.
    static func kind(of names: [String]) -> Kind? {
        switch TableSegmenter.headerKind(names) {
        case .funds: return .funds
        case .indicators: return .indicators
        case .scores: return .scores
        default: return nil
        }
    }

    /// Starts of header words broken off before a word that is a header word itself
    /// (`全年` + `完成值`).
    static let headPieces: Set<String> = ["全年", "年度", "实际", "全年实际", "年初", "调整后", "预算", "未完成", "偏差", "年度指标"]

    /// The end of a header word broken off onto the next line or cell.
    static func isTail(_ c: String) -> Bool {
        if ["指标", "值", "标值", "成值", "行率"].contains(c) { return true }
        guard let f = c.first, let l = c.last, "(（".contains(f), ")）".contains(l), c.count <= 6 else { return false }
        return !c.containsDigit
    }

    /// The role of a header word, or nil when the text is not one. A caption (…得分情况表) is none.
    static func role(_ cell: String) -> ColumnRole? {
        // Header words are short: most cells of a body or a paragraph are rejected here, cheaply.
        guard cell.utf8.count <= 64, ColumnRole.headerScalars.mayOccur(in: cell) else { return nil }
        let c = cell.compacted
        if c == "绩效指标" || c == "指标类别" { return .stub }
        // A sentence is no column's word, whatever it names (`完成年度目标。`: a goal's text).
        guard ColumnRole.isHeaderWord(c), !c.hasSuffix("表"), !c.includes("。"), HeadingNumber.parse(c) == nil else { return nil }
        return ColumnRole.of(header: c)
    }

    /// `年度指标` + `值`: a cell that is no header word but makes one with the next cell.
    private static func headFragment(_ cells: [TextCell], _ k: Int) -> String? {
        guard k + 1 < cells.count, cells[k].text.utf8.count <= 30, cells[k + 1].text.utf8.count <= 30 else { return nil }
        // The joined word is a header word only if one of the two holds a character of one.
        guard ColumnRole.headerScalars.mayOccur(in: cells[k].text) || ColumnRole.headerScalars.mayOccur(in: cells[k + 1].text)
        else { return nil }
        let c = cells[k].text.compacted
        let next = cells[k + 1].text.compacted
        guard !c.isEmpty, c.count <= 10, next.count <= 6 || headPieces.contains(c), role(c) == nil else { return nil }
        let joined = c + next
        guard role(joined) != nil else { return nil }
        return role(cells[k + 1].text) == nil || headPieces.contains(c) ? joined : nil
    }
}
