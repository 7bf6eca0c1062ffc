import Foundation
import ReportModel

/// Reads 绩效指标 rows from an indicator block, whatever shape the table arrived in.
///
/// Positional tables (markup, ruled PDF, rebuilt flattened text) are read by column; packed
/// text rows are first placed in columns by `RowAligner`. Level labels are filled down over the
/// rows their merged cells covered, normalised, and inferred from 二级指标 where 一级指标 is
/// blank, cut or contradicts it.
enum IndicatorReader {
    struct Block {
        var rows: [Indicator]
        /// Whether the block states targets (it may hold only results: 指标 | 完成情况).
        var hasTargets: Bool
        var hasActuals: Bool
        /// A 合计/总分 row of the block: its weight and score.
        var totalRow: (weight: Double?, score: Double?)?
    }

    static func read(_ view: TableView, _ segment: TableSegment, tableIndex: Int, warnings: inout [ReportWarning]) -> Block {
        let headerCells = segment.impliedHeader ?? view.cells(segment.header)
        let roles = BlockCaptionColumn.roles(headerCells)
        let aligner = RowAligner(roles: roles)
        func column(_ role: ColumnRole) -> Int? { roles.firstIndex(of: role) }
        let hasTargets = [ColumnRole.target, .operatorSign, .adjustedTarget, .criterion].contains { column($0) != nil }
        var block = Block(rows: [], hasTargets: hasTargets, hasActuals: column(.actual) != nil, totalRow: nil)
        var level1: String?
        var level2: String?
        // 成本指标 is a level 2 of 产出指标 in the older templates and a level 1 (over 经济成本指标…)
        // in the newer: the block's own labels tell which.
        let costIsLevel1 = segment.rows.contains { r in
            view.cells(r).contains { c in c.includes("成本") && ["经济成本", "社会成本", "生态环境成本", "生态成本"].contains { c.compacted.hasPrefix($0) } }
        }
        for r in segment.rows {
            var placed: [String?]
            if segment.impliedHeader != nil {
                // No header: each row is placed by what its own cells hold; a row that is no
                // indicator row is kept whole, to be warned about.
                let cells = view.packed(r)
                guard !cells.isEmpty else { continue }
                placed = HeaderlessRow.place(cells) ?? (roles.map { $0 == .note ? cells.joined(separator: " ") : nil })
            } else if view.grid.positional {
                // The form's closing rows (评价结论 | …, 项目负责人：) end the block: merged across
                // the columns, their text would stand in every column of an indicator row.
                if closesForm(view.packed(r)) { break }
                let cells = view.cells(r)
                placed = roles.indices.map { $0 < cells.count ? cells[$0] : nil }
            } else {
                let cells = view.packed(r)
                guard !cells.isEmpty else { continue }
                placed = aligner.alignRow(cells)
            }
            func cell(_ role: ColumnRole) -> String? {
                guard let i = column(role), let v = placed[i]?.trimmingWhitespace(), !v.isEmpty, !CellKind.blanks.contains(v.compacted) else { return nil }
                return v
            }
            if let shifted = levelWordAsName(placed, roles: roles) { placed = shifted }
            // A closing 合计/总分 row. Its label may stand left of the level columns, in the form's
            // first column (under 绩效指标), where a copy without the sheet's merges left it alone.
            let labels = [cell(.level1), cell(.level2), cell(.name), view.packed(r).first].compactMap { $0?.compacted }
            if labels.contains(where: { ScoresReader.totalLabels.contains($0) }) {
                block.totalRow = total(placed, roles: roles, rows: block.rows)
                continue
            }
            if let l1 = cell(.level1), !costIsLevel1, cell(.level2) == nil, IndicatorLevels.level1(of: l1) == "成本指标" {
                level2 = IndicatorLevels.level2(of: l1)
            } else {
                if let l1 = cell(.level1) {
                    level1 = level1Name(l1, table: tableIndex, row: r, page: view.grid.page, warnings: &warnings)
                    level2 = nil
                }
                if let l2 = cell(.level2) { level2 = IndicatorLevels.level2(of: l2) }
            }
            guard let name = cell(.name) else {
                if placed.contains(where: { !($0 ?? "").trimmingWhitespace().isEmpty }), cell(.level1) == nil, cell(.level2) == nil {
                    warnings.append(ReportWarning(code: "indicator-row-unread", message:
                        "table \(tableIndex + 1), row \(r + 1): a row of the indicator block has no 三级指标 name; kept in tables only",
                        page: view.grid.page, row: r))
                }
                continue
            }
            // Rows the template leaves for more indicators (指标2:, ……, /) say nothing.
            if isPlaceholder(name) { continue }
            // A unit or sign alone where a name goes (`≧ %` cut from the row above it) names nothing.
            if UnfilledValue.isUnfilled(name) { continue }
            // A header word or a level's weight where a name goes: a copy whose cells came out of
            // order (a sharing site's flattened sheet). What the row holds is not an indicator.
            if isHeaderFragment(name) {
                warnings.append(ReportWarning(code: "indicator-row-unread", message:
                    "table \(tableIndex + 1), row \(r + 1): '\(name.compacted)' in the 三级指标 column is a header or a weight, not an indicator's name; the form's cells are out of order here; kept in tables only",
                    page: view.grid.page, row: r))
                continue
            }
            // A level label alone, placed where a name goes, labels the rows below.
            let values: [ColumnRole] = [.target, .actual, .operatorSign, .adjustedTarget, .weight, .score]
            if [.level1, .level2].contains(CellKind.of(name)), !values.contains(where: { cell($0) != nil }) {
                if let l1 = IndicatorLevels.level1(of: name) { level1 = l1; level2 = nil } else { level2 = IndicatorLevels.level2(of: name) }
                continue
            }
            // One merged cell over the name and the value columns (a remark across the form) is
            // no indicator row, though its text fills every column it covers.
            if let n = column(.name), spansValues(view.grid.spans, row: r, from: n, roles: roles) {
                warnings.append(ReportWarning(code: "indicator-row-unread", message:
                    "table \(tableIndex + 1), row \(r + 1): one merged cell covers the 三级指标 and value columns; not an indicator row; kept in tables only",
                    page: view.grid.page, row: r))
                continue
            }
            var l1 = level1
            if let l2 = level2, let parent = IndicatorLevels.level2Parent(of: l2), l1 != parent {
                // The level 1 is blank, cut or carried over from a block it does not belong to.
                l1 = parent
            }
            var row = Indicator(level1: l1, level2: level2, name: name.joinedLines)
            row.target = target(op: cell(.operatorSign), value: cell(.target), unit: cell(.unit),
                                fallback: cell(.adjustedTarget) ?? cell(.criterion))
            row.actual = cell(.actual).flatMap { UnfilledValue.isUnfilled($0) ? nil : ValueParser.actual($0.joinedLines) }
            row.note = cell(.note).flatMap(note)
            row.weight = cell(.weight).flatMap(ValueParser.amount)
            row.score = cell(.score).flatMap(ValueParser.amount)
            block.rows.append(row)
        }
        PointsOnlyRows.apply(&block, roles: roles)
        return block
    }

    /// A row placed with its labels one column too far left: `成本指标 | 成本 | 10万元 | 已完成`
    /// (the merged level-1 cell lost, the 二级指标 `成本指标` taken for the newer forms' level 1,
    /// and the name `成本` for a level 2). An indicator row names its indicator; when the name
    /// column came out empty beside a target or result, the level-1 cell is also a legal level-2
    /// label (成本指标 and 满意度指标 are labels of both levels), and the level-2 cell is a bare
    /// stem with no 指标 (`成本`, `满意度`) — how a name is worded, not how a template prints a
    /// label — the cells are the 二级指标 and the name. A level-2 cell ending in 指标
    /// (`经济成本指标`), a level-1 cell that is no level 2 (`产出指标`), or a row with a name, is as placed.
    static func levelWordAsName(_ placed: [String?], roles: [ColumnRole]) -> [String?]? {
        guard let i1 = roles.firstIndex(of: .level1), let i2 = roles.firstIndex(of: .level2), let n = roles.firstIndex(of: .name),
              i1 < i2, i2 < n, n < placed.count else { return nil }
        func text(_ i: Int) -> String? {
            guard let v = placed[i]?.compacted, !v.isEmpty, !CellKind.blanks.contains(v) else { return nil }
            return v
        }
        guard text(n) == nil, let l1 = text(i1), let l2 = text(i2),
              roles.indices.contains(where: { [.target, .actual].contains(roles[$0]) && $0 < placed.count && text($0) != nil }),
              IndicatorLevels.level1(of: l1) != nil, IndicatorLevels.isLevel2(l1),
              !l2.hasSuffix("指标"), !l2.hasSuffix("指"), IndicatorLevels.isLevel2(l2) else { return nil }
        var out = placed
        out[i1] = nil
        out[i2] = placed[i1]
        out[n] = placed[i2]
        return out
    }

    /// A row the form closes with: its first cell a closing label of its own (评价结论, 存在问题,
    /// 项目负责人：), at most one text after it. An indicator row has a name and values; an
    /// indicator named 改进措施落实率 has its target beside it.
    static func closesForm(_ packed: [String]) -> Bool {
        guard let first = packed.first, packed.count <= 2 else { return false }
        let c = first.compacted
        return c.count <= 8 && TextFormReader.startsWithClosingLabel(c)
    }

    /// Whether a cell merged over `row` starts at or before the name column and reaches a value
    /// column (target, actual, weight, score) after it.
    static func spansValues(_ spans: [CellSpan], row: Int, from name: Int, roles: [ColumnRole]) -> Bool {
        let values: Set<ColumnRole> = [.target, .actual, .operatorSign, .adjustedTarget, .weight, .score]
        return spans.contains { s in
            guard s.row <= row, row < s.row + s.rowSpan, s.column <= name else { return false }
            let end = min(s.column + s.columnSpan, roles.count)
            return end > name + 1 && (name + 1..<end).contains { values.contains(roles[$0]) }
        }
    }

    /// The contract's name for a 一级指标 cell: one of the four names, whole or cut (see
    /// `IndicatorLevels.level1(of:)`), or misread by one character (an OCR slip), said in a
    /// warning. A label further from all four is no name the contract allows: the rows get
    /// none (their 二级指标 may still tell it), and the warning keeps the cell's text.
    static func level1Name(_ label: String, table: Int, row: Int, page: Int?, warnings: inout [ReportWarning]) -> String? {
        if let name = IndicatorLevels.level1(of: label) { return name }
        let place = "table \(table + 1), row \(row + 1)"
        if let name = IndicatorLevels.nearestLevel1(of: label) {
            warnings.append(ReportWarning(code: "indicator-level1-corrected", severity: .info, message:
                "\(place): 一级指标 '\(label.compacted)' read as \(name), the one level-1 name a character away",
                page: page, row: row))
            return name
        }
        warnings.append(ReportWarning(code: "indicator-level1-unknown", message:
            "\(place): 一级指标 '\(label.compacted)' is none of \(IndicatorLevels.level1Names.joined(separator: "、")); left null",
            page: page, row: row))
        return nil
    }

    /// The weight and score of a 合计/总分 row: with two figures, the maximum and the score. One
    /// figure alone is the score only where the rows were scored and it is not just the sum of
    /// their weights: a 合计 that adds up the weights, its 得分 cell empty, is no score (a text
    /// copy may have lost which column the figure stood in, so its column does not decide).
    static func total(_ placed: [String?], roles: [ColumnRole], rows: [Indicator]) -> (weight: Double?, score: Double?) {
        // `总分 | 100分`: the figure with the points word after it.
        let numbers = placed.compactMap { cell in
            cell.flatMap { c in ValueParser.amount(c) ?? pointsFigure(c) }
        }
        guard let last = numbers.last else { return (nil, nil) }
        if numbers.count >= 2 { return (numbers[numbers.count - 2], last) }
        let scores = rows.compactMap(\.score)
        let weights = rows.compactMap(\.weight)
        guard !scores.isEmpty || weights.isEmpty && !roles.contains(.score) else { return (last, nil) }
        let weightSum = weights.reduce(0, +), scoreSum = scores.reduce(0, +)
        if !weights.isEmpty, abs(weightSum - last) < 0.01, abs(scoreSum - last) >= 0.01 { return (last, nil) }
        // A lone 100 under a form with a 权重 column is the form's full points, which the
        // template prints in the 合计 row's weight cell (`合计 | 100 | 得分`), its score cell left
        // empty: the weights' total, though this block's rows hold only part of it (the budget
        // row's points stand in the funds block).
        if roles.contains(.weight), roles.contains(.score), abs(last - 100) < 0.01, abs(scoreSum - last) >= 0.01 { return (last, nil) }
        return (nil, last)
    }

    /// `100分`, `98.5分`: a figure of points, as a total row may write it.
    static func pointsFigure(_ cell: String) -> Double? {
        let c = cell.compacted
        guard c.hasSuffix("分") else { return nil }
        let figure = c.dropLast()
        guard !figure.isEmpty, figure.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return nil }
        return Double(figure)
    }

    /// The form's own column words (实际, 完成值, 指标值, 分值…) and a level's weight alone
    /// (`(50分`, `（30分）`, or `(50)` in brackets on both sides, the line a level label
    /// `产出指标` / `(50)` wrapped onto): never the name of an indicator.
    static func isHeaderFragment(_ name: String) -> Bool {
        let c = name.compacted
        if headerFragments.contains(c) { return true }
        var rest = Substring(c)
        var brackets = 0
        if let f = rest.first, "(（".contains(f) { rest = rest.dropFirst(); brackets += 1 }
        if let l = rest.last, ")）".contains(l) { rest = rest.dropLast(); brackets += 1 }
        // A bare figure is a weight only in its pair of brackets; `50` alone may be a cut value.
        let figure = rest.hasSuffix("分") ? rest.dropLast() : (brackets == 2 ? rest : "")
        return !figure.isEmpty && figure.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
    }

    static let headerFragments: Set<String> = [
        "实际", "完成值", "实际完成值", "实际值", "指标值", "年度指标值", "年度目标值", "目标值", "分值", "得分", "权重",
        "一级指标", "二级指标", "三级指标", "指标性质", "度量单位", "计量单位", "指标属性", "评分标准",
        "偏差原因分析及改进措施", "偏差原因", "改进措施", "备注",
    ]

    /// `指标2:`, `……`, `/`: a name the template left unfilled.
    static func isPlaceholder(_ name: String) -> Bool {
        let c = name.compacted
        if FundsReader.placeholders.contains(c) || c.allSatisfy({ "….。·-—_、".contains($0) }) { return true }
        var rest = Substring(c)
        guard rest.hasPrefix("指标") else { return false }
        rest = rest.dropFirst(2)
        while let f = rest.first, f.isASCII, f.isNumber { rest = rest.dropFirst() }
        return rest.isEmpty || rest == ":" || rest == "："
    }

    /// A warning for text where a form's cells ran together with no separator at all (a copy of
    /// a whole form as one string): its rows cannot be placed with confidence, so none are
    /// guessed; the text stays in `sections`.
    private static let columnLetters = try! NSRegularExpression(pattern: #"[(（][A-Z](?:/[A-Z])?(?:×100%)?[)）]"#)

    static func runTogetherWarnings(_ lines: [String], indicatorsRead: Bool = false, fundsRead: Bool = false) -> [ReportWarning] {
        var out: [ReportWarning] = []
        for line in lines {
            // Cheap tests first: every line of every report passes here.
            guard line.utf8.count > 30, line.includes("指标值") || line.includes("执行数") else { continue }
            // The column letters of the funds header (`全年预算数(A)`, `执行率(B/A)`) are part of its words.
            let c = columnLetters.stringByReplacingMatches(in: line.compacted, range: NSRange(line.compacted.startIndex..., in: line.compacted), withTemplate: "")
            // A sentence may name 一级指标, 二级指标 and 三级指标; a form names its value columns too.
            guard c.count > 10, !c.includes("。"), TextCells.split(line).count <= 2 else { continue }
            let words = ["一级指标", "二级指标", "三级指标", "指标值", "完成值", "全年预算数", "全年执行数", "执行率"].filter { c.includes($0) }
            // A whole form on one line (header words among its figures), or a header line whose
            // words fill most of it with nothing between them (`二级指标三级指标指标值全年实际完成值…`,
            // `全年预算数(A)全年执行数(B)预算执行率(B/A)`); a list in a sentence has its commas.
            let covered = words.reduce(0) { $0 + $1.count }
            let headerLine = words.count >= 3 && covered * 2 >= c.count && !c.includes("、") && !c.includes("，")
            // Three header words, two of them touching (`全年预算数全年执行数`): a header run together
            // inside a longer line (a form's head, funds and goals with no separator).
            let touching = words.count >= 3 && words.contains { w in words.contains { $0 != w && c.includes(w + $0) } }
            guard c.count > 40 && words.count >= 4 || headerLine || touching else { continue }
            // A block that was read from elsewhere (its cells separated further on) lost nothing.
            let indicatorWords = words.contains { $0.hasSuffix("指标") || $0.hasSuffix("值") }
            let fundsWords = words.contains { $0.hasPrefix("全年") || $0 == "执行率" }
            guard indicatorWords && !indicatorsRead || fundsWords && !fundsRead else { continue }
            out.append(ReportWarning(code: "table-cells-run-together", message:
                "a line holds a form's header words (\(words.joined(separator: "、"))) with its cells run together and no separator; its rows were not guessed and the text is kept in sections"))
        }
        return out
    }

    /// The target of a row. Forms that split it into 指标性质 | 指标值 | 度量单位 give
    /// `raw` as their concatenation (`>=20场`).
    static func target(op: String?, value: String?, unit: String?, fallback: String?) -> TargetValue? {
        if op != nil || unit != nil, let value {
            // 定性/定量 in the 指标性质 column names a kind of indicator, not a comparison.
            let sign = op.flatMap { ValueParser.operatorSign($0) != nil ? $0.compacted : nil } ?? ""
            let raw = sign + value.compacted + (unit ?? "").compacted
            let q = ValueParser.parseQuantity(value.compacted + (unit ?? "").compacted)
            let o = op.flatMap(ValueParser.operatorSign) ?? q?.op
            return TargetValue(raw: raw, operator: o, value: q?.value, unit: q?.unit)
        }
        // The template's unit or sign with no figure (`公里`, `≧ %`) states no target.
        if let value, !UnfilledValue.isUnfilled(value) { return ValueParser.target(value.joinedLines) }
        if let fallback, !UnfilledValue.isUnfilled(fallback) { return ValueParser.target(fallback.joinedLines) }
        return nil
    }

    /// A note cell; placeholders that say "nothing" are no note. A bare `0` in the 偏差原因 column
    /// counts the deviation (none), as some forms fill every cell with a figure.
    static func note(_ text: String) -> String? {
        let c = text.compacted
        return ["无", "/", "-", "—", "——", "－", "无偏差", "不适用", "0"].contains(c) ? nil : text.joinedLines
    }
}
