/// Splits a piece of text that runs an indicator row's cells together, as a page copied from a
/// form with no separator between its cells gives them: `产出指标数量指标足额保障率=100%`,
/// `效益指标社会效益指标受益率(受益人数/总人数)≥90%`, `合计100`.
///
/// Only the seams the templates make certain are cut: a 一级指标 name and a 二级指标 label
/// (with its 指标) at the start, a comparison that starts a quantity after a name (the target),
/// and a total label before its figure. A name holding digits (`2023年培训人数`) or a target with
/// no comparison glued to its name (`培训人数1200人`) is left whole: nothing says where it ends.
/// Used only on rows that have no header over them (`HeaderlessRowsFinder`), never on a form's
/// cells, where the header decides.
enum GluedCells {
    /// The cells `text` holds, in order; `[text]` when no seam is certain.
    static func split(_ text: String) -> [String] {
        var rest = text.compacted
        guard !rest.isEmpty else { return [] }
        var out: [String] = []
        if let (label, after) = leadingLabel(rest, labels: level1Labels) {
            out.append(label)
            rest = after
        }
        if !rest.isEmpty, let (label, after) = leadingLabel(rest, labels: level2Labels) {
            out.append(label)
            rest = after
        }
        guard !rest.isEmpty else { return out }
        if let total = ScoresReader.totalLabels.first(where: { rest.hasPrefix($0) }),
           case let figure = String(rest.dropFirst(total.count)), figure.isPlainNumber {
            return out + [total, figure]
        }
        if let (name, target) = nameAndTarget(rest) {
            return out + [name, target]
        }
        return out + [rest]
    }

    /// 一级指标 names as the cells start with them, with 指标 (a bare `产出` may begin a name).
    private static let level1Labels = IndicatorLevels.level1Names
    /// 二级指标 labels with their 指标, longest first (`服务对象满意度指标` before `满意度指标`,
    /// `经济成本指标` before `成本指标`).
    private static let level2Labels = IndicatorLevels.level2Parents.map { $0.stem + "指标" }.sorted { $0.count > $1.count }

    /// The label `s` starts with, with the points the template may give it (`产出指标(50分)`),
    /// and what follows; nil when nothing follows (a label alone is a cell already).
    private static func leadingLabel(_ s: String, labels: [String]) -> (String, String)? {
        guard let label = labels.first(where: { s.hasPrefix($0) }) else { return nil }
        var cut = s.index(s.startIndex, offsetBy: label.count)
        // `(50分)` / `（50分）` after the label belongs to it.
        if let open = s[cut...].first, open == "(" || open == "（", let close = s[cut...].firstIndex(where: { $0 == ")" || $0 == "）" }) {
            let inner = s[s.index(after: cut)..<close]
            let digits = inner.hasSuffix("分") ? inner.dropLast() : inner
            if !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) { cut = s.index(after: close) }
        }
        guard cut < s.endIndex else { return nil }
        return (String(s[..<cut]), String(s[cut...]))
    }

    /// Comparison signs and words that can start a target.
    private static let comparisonStarts: [String] = ["≥", "≤", ">=", "<=", "＞＝", "＜＝", "≧", "≦", "=", "＝", "﹦", ">", "<", "＞", "＜", "﹥", "﹤",
                                                     "不低于", "不少于", "不高于", "不超过", "不多于", "大于等于", "小于等于"]

    /// A name followed by a comparison that starts a whole quantity (`按时发放率=100%`,
    /// `科目调整次数≤10次`): the first such comparison outside brackets, after at least two
    /// characters of name holding a Han character.
    private static func nameAndTarget(_ s: String) -> (String, String)? {
        // A target is a short quantity: only the last `longestTarget` characters can start one,
        // and the text is read as characters once (a long line of signs stays linear).
        // Most cells hold no comparison where a target could start: told from the scalars of
        // their last `longestTarget` characters before the cell is broken into characters.
        guard s.suffix(longestTarget).unicodeScalars.contains(where: comparisonFirstScalars.contains) else { return nil }
        let chars = Array(s)
        var depth = 0
        for k in chars.indices {
            let ch = chars[k]
            if ch == "(" || ch == "（" || ch == "[" || ch == "【" { depth += 1 }
            if ch == ")" || ch == "）" || ch == "]" || ch == "】" { depth = max(0, depth - 1) }
            guard depth == 0, k >= 2, chars.count - k <= longestTarget, comparisonFirsts.contains(ch) else { continue }
            let target = String(chars[k...])
            guard comparisonStarts.contains(where: { target.hasPrefix($0) }), let q = ValueParser.parseQuantity(target), q.op != nil else { continue }
            let name = String(chars[..<k])
            guard name.unicodeScalars.contains(where: { $0.properties.isIdeographic }) else { return nil }
            return (name, target)
        }
        return nil
    }

    /// `ValueParser.parseQuantity` reads no longer cell.
    private static let longestTarget = 24
    private static let comparisonFirsts = Set(comparisonStarts.compactMap(\.first))
    private static let comparisonFirstScalars = Set(comparisonStarts.compactMap(\.unicodeScalars.first))
}
