import Foundation
import ReportModel

/// Reads 自评得分: the score table (投入/过程/产出/效果/合计), a 总分 row, and the grade
/// (优/良/中/差) from a table cell or from the text (评价等级为“优”).
enum ScoresReader {
    static let totalLabels: Set<String> = ["合计", "总分", "总计", "得分合计", "合计得分", "总得分", "综合得分"]

    static func readTable(_ view: TableView, _ segment: TableSegment) -> Scores {
        let roles = view.cells(segment.header).map(ColumnRole.of)
        let weightCol = roles.firstIndex(of: .weight)
        let scoreCol = roles.firstIndex(of: .score)
        var scores = Scores()
        for r in segment.rows {
            let cells: [String?]
            if view.grid.positional {
                let row = view.cells(r)
                cells = roles.indices.map { $0 < row.count ? row[$0] : nil }
            } else {
                cells = RowAligner(roles: roles).alignRow(view.packed(r))
            }
            guard let label = cells.first(where: { ($0 ?? "").trimmingWhitespace().isEmpty == false && points($0!) == nil }) ?? nil
            else { continue }
            let max = weightCol.flatMap { cells[$0] }.flatMap(points)
            let score = scoreCol.flatMap { cells[$0] }.flatMap(points)
            let name = label.compacted
            if totalLabels.contains(name) {
                scores.total = score
            } else if max != nil || score != nil, isItemName(name) {
                scores.items.append(ScoreItem(name: name, max: max, score: score))
            }
        }
        return scores
    }

    /// A score table's figure: `15`, or with its points word as a table may write each (`15分`,
    /// `43.97分`).
    static func points(_ cell: String) -> Double? {
        ValueParser.amount(cell) ?? IndicatorReader.pointsFigure(cell)
    }

    /// Whether a row's label can name a score item: words, not a figure (`95%`), a label wholly in
    /// brackets (`(20分)`, `(特性指标70分)`: a level's weight whose name was lost) or a note's
    /// sentence. Those stand first in rows whose cells a copy put out of order.
    static func isItemName(_ name: String) -> Bool {
        let c = name.compacted
        guard !c.isEmpty, ![.number, .percent, .quantity, .unit].contains(CellKind.of(c)) else { return false }
        if let f = c.first, let l = c.last, "(（".contains(f), ")）".contains(l) { return false }
        // `指标6:举办健康教育讲座`: the template's numbered slot of an indicator row, which a sharing
        // site's scrambled sheet put where a score table's rows stand; no score item.
        if NumberedSlotRows.startsWithSlot(c) { return false }
        return !c.contains(where: { "。，,；;".contains($0) })
    }

    /// The grade stated in the text or in a table cell after 评价等级/自评等级.
    static func grade(in lines: [String], tables: [TableGrid]) -> String? {
        for line in lines {
            // The patterns need 等级, 等次, 结果 or 自评: a line without 等, 结 or 评 cannot match,
            // and a line with 评 alone only the last.
            let levelWords = line.unicodeScalars.contains { $0 == "等" || $0 == "结" }
            guard levelWords || line.unicodeScalars.contains("评") else { continue }
            let c = line.compacted
            let patterns = levelWords ? [gradePattern, conclusionGradePattern, selfGradePattern] : c.includes("自评") ? [selfGradePattern] : []
            for pattern in patterns {
                // The grade is the one group that matched.
                if let m = pattern.firstMatch(in: c, range: NSRange(c.startIndex..., in: c)),
                   let r = (1..<m.numberOfRanges).lazy.compactMap({ Range(m.range(at: $0), in: c) }).first {
                    return normalizedGrade(String(c[r]))
                }
            }
        }
        for t in tables {
            for row in t.rows {
                let cells = row.map(\.compacted).filter { !$0.isEmpty }
                // `总分 | 100 | 96 | 优`: the grade the form's 自评等级 column gives the total row, after its figures.
                if let t = cells.firstIndex(where: totalLabels.contains),
                   let g = cells[(t + 1)...].first(where: isGradeWord).flatMap(normalizedGrade) {
                    return g
                }
                for (i, cell) in cells.enumerated() where cell.includes("等级") {
                    // 自评等级:优 in one cell, or 评价等级 | 优 in two.
                    if let m = gradePattern.firstMatch(in: cell, range: NSRange(cell.startIndex..., in: cell)),
                       let r = Range(m.range(at: 1), in: cell) {
                        return normalizedGrade(String(cell[r]))
                    }
                    if i + 1 < cells.count, let g = normalizedGrade(cells[i + 1]) { return g }
                }
            }
        }
        return nil
    }

    /// A total stated only in prose: 部门整体绩效自评得分98.98分, `该项目得分为88.5分` (the
    /// subject's own 得分, not a part's: `项目决策得分18分` names 项目决策), `自评分为100分` (自评 + 分, its
    /// verb after it: `自评分析` is no score), `项目自评100分` (the figure right after the subject's
    /// 自评, as a short report says it; not `百分制` or `100分制`, which name the scale).
    static func proseTotal(in lines: [String]) -> Double? {
        for line in lines {
            // The pattern ends in 分.
            guard line.unicodeScalars.contains("分") else { continue }
            let c = line.compacted
            if let m = totalPattern.firstMatch(in: c, range: NSRange(c.startIndex..., in: c)),
               let r = Range(m.range(at: 1), in: c) {
                return Double(c[r])
            }
        }
        return nil
    }

    /// The total a form's head states by its label alone, with no 分 after the figure: `自评总分(分)
    /// 97.93`, `自评总分: 69`, `项目总得分99`, `自评得分98` (a head block run together). The label is
    /// the templates' own (自评总分, 自评得分, 项目总得分), the figure at most 100 and not a rate.
    static func headTotal(in lines: [String], tables: [TableGrid]) -> Double? {
        func valid(_ v: Double?) -> Double? { v.flatMap { $0 <= 100 ? $0 : nil } }
        for line in lines {
            guard line.unicodeScalars.contains("分") else { continue }
            let c = line.compacted
            guard c.includes("自评总分") || c.includes("自评得分") || c.includes("项目总得分") else { continue }
            if let m = headTotalPattern.firstMatch(in: c, range: NSRange(c.startIndex..., in: c)),
               let r = Range(m.range(at: 1), in: c), let v = valid(Double(c[r])) {
                return v
            }
        }
        for t in tables {
            for row in t.rows {
                let cells = row.map(\.compacted).filter { !$0.isEmpty }
                for (i, cell) in cells.enumerated() where i + 1 < cells.count {
                    var label = cell
                    for tail in [":", "：", "(分)", "（分）"] where label.hasSuffix(tail) { label = String(label.dropLast(tail.count)) }
                    if headTotalLabels.contains(label), cells[i + 1].isPlainNumber, let v = valid(Double(cells[i + 1])) { return v }
                }
            }
        }
        return nil
    }

    /// The total of a form whose cells ran together, glued between the 总分 label and the closing
    /// label after it: `…服务对象满意度指标总分99.6偏差大或目标未完成原因分析…`. The closing label
    /// says the figure ends there and is the 总分 row's only one. Read only where the form has no
    /// 权重 or 分值 column (the provincial 项目自评表 scores each row in 得分 alone): on a form with
    /// one, a lone figure may be the full points, not the score.
    static func gluedTotal(in lines: [String]) -> Double? {
        // The column words stand above the total: the notes under the form (`得分=权重*B/A`) do not count.
        var above = false
        for line in lines {
            let c = line.compacted
            if line.includes("总分"), let m = gluedTotalPattern.firstMatch(in: c, range: NSRange(c.startIndex..., in: c)),
               let r = Range(m.range(at: 1), in: c), let v = Double(c[r]), v <= 100 {
                let before = String(c[..<r.lowerBound])
                return above || before.includes("权重") || before.includes("分值") ? nil : v
            }
            if c.includes("权重") || c.includes("分值") { above = true }
        }
        return nil
    }

    private static let gluedTotalPattern = try! NSRegularExpression(
        pattern: #"总分(\d{1,3}(?:\.\d+)?)(?:偏差大或|偏差原因|目标未完成|评价结论|存在问题|说明|备注|注[:：]|单位主要负责人)"#)

    private static let headTotalLabels: Set<String> = ["自评总分", "自评得分", "项目总得分"]
    private static let headTotalPattern = try! NSRegularExpression(
        pattern: #"(?:自评总分|自评得分|项目总得分)(?:\(分\)|（分）)?[:：]?(\d{1,3}(?:\.\d+)?)(?![\d.%％])"#)

    /// A cell that is a grade alone: 优, 良好, 合格…
    static func isGradeWord(_ cell: String) -> Bool {
        let c = cell.compacted
        return (1...3).contains(c.count) && normalizedGrade(c) != nil
    }

    private static func normalizedGrade(_ s: String) -> String? {
        let t = s.trimmingCharacters(in: CharacterSet(charactersIn: "“”\"'‘’「」『』【】[]()（）:：。"))
        switch t {
        case "优", "优秀": return "优"
        case "良", "良好": return "良"
        case "中", "中等", "合格": return "中"
        case "差", "较差", "不合格": return "差"
        default: return nil
        }
    }

    private static let gradePattern = try! NSRegularExpression(
        pattern: #"(?:评价|自评|绩效|考核)?(?:等级|等次|结果)(?:(?:为|是|评定为)[:：]?|[:：])[“"'‘「『【]?(优秀|良好|中等|合格|不合格|较差|优|良|中|差)"#)
    /// `自评为优`, `自评为“良好”等次`: the grade said of the self-evaluation itself. The grade word
    /// must end there (quoted, before 等, or closing its clause): `自评为中央…` is no grade.
    private static let selfGradePattern = try! NSRegularExpression(
        pattern: #"自评(?:为|定为|评定为)[“"'‘「『【]?(优秀|良好|中等|合格|不合格|较差|优|良|中|差)(?:[”"'’」』】]|等|级|(?=[，。,；;、\s])|$)"#)
    /// `自评结论为“优秀”`: a conclusion is a grade only when it is the grade word alone, quoted or
    /// closing its clause (`评价结论：良好的组织…` is prose).
    private static let conclusionGradePattern = try! NSRegularExpression(
        pattern: #"(?:评价|自评|绩效|考核)结论(?:为|是|评定为|:|：)(?:[“"'‘「『【](优秀|良好|中等|合格|不合格|较差|优|良|中|差)[”"'’」』】]|(优秀|良好|合格|不合格)(?=[，。,；;]|$))"#)
    static let totalPattern = try! NSRegularExpression(
        pattern: #"(?:(?:自评|评价|综合|最终|总|绩效|项目|部门|整体)(?:得分|总分|分数|评分)(?:为|是|:|：)?|自评分(?:为|是|:|：)|(?:项目|部门|整体|单位)自评(?=\d))(\d{1,3}(?:\.\d+)?)分(?!制)"#)
}
