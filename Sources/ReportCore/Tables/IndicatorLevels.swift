import Foundation

/// The 一级/二级指标 vocabulary of the national templates, and how cut, split or spaced labels
/// (`产`, `产出\n指标`, `产 出 指 标`, `产出指标(50分)`) map back to it.
enum IndicatorLevels {
    /// Level-1 names, normalised.
    static let level1Names = ["产出指标", "效益指标", "满意度指标", "成本指标"]

    /// Level-2 stems (without 指标) and the level 1 they belong to.
    static let level2Parents: [(stem: String, level1: String)] = [
        // `时效性指标`: templates word the timeliness label either way.
        // `进度指标`: the provincial 项目自评表's word for timeliness.
        ("数量", "产出指标"), ("质量", "产出指标"), ("时效性", "产出指标"), ("时效", "产出指标"), ("进度", "产出指标"),
        ("经济成本", "成本指标"), ("社会成本", "成本指标"), ("生态环境成本", "成本指标"), ("生态成本", "成本指标"), ("成本", "产出指标"),
        ("经济效益", "效益指标"), ("社会效益", "效益指标"), ("生态效益", "效益指标"), ("环境效益", "效益指标"),
        ("可持续影响", "效益指标"), ("可持续发展", "效益指标"),
        ("服务对象满意度", "满意度指标"), ("社会公众满意度", "满意度指标"), ("群众满意度", "满意度指标"), ("满意度", "满意度指标"),
    ]

    /// Each level-1 name with its stem (without 指标), made once: these run on every cell.
    private static let level1Stems = level1Names.map { ($0, String($0.dropLast(2))) }
    /// The first characters of the level-1 names and of the level-2 stems: a cell starting with
    /// none of them is no label of either level (these run on every cell).
    private static let level1Starts = HanScalarSet(String(String.UnicodeScalarView(level1Names.map { $0.unicodeScalars.first! })))
    private static let level2Starts = HanScalarSet(String(String.UnicodeScalarView(level2Parents.map { $0.stem.unicodeScalars.first! })))
    /// `level2Parents` with each stem's length in characters.
    private static let level2Prefixes = level2Parents.map { ($0.stem, $0.level1, $0.stem.count) }

    /// The label with spaces, line breaks and a weight such as `(50分)` removed.
    static func stripped(_ cell: String) -> String {
        // Most cells end in neither: they need no character array (this runs on every cell).
        guard let end = cell.unicodeScalars.last(where: { !$0.isSpaceLike }), end == ")" || end == "）" || end == "分" else {
            return cell.compacted
        }
        var c = Array(cell.compacted)
        // `(50分)`, `（50）`, `50分` at the end.
        if let close = c.last, close == ")" || close == "）", let open = c.lastIndex(where: { $0 == "(" || $0 == "（" }) {
            let inner = c[(open + 1)..<(c.count - 1)]
            let digits = inner.last == "分" ? inner.dropLast() : inner[...]
            if !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) { c.removeSubrange(open...) }
        } else if c.last == "分" {
            var k = c.count - 1
            while k > 0, c[k - 1].isASCII, c[k - 1].isNumber || c[k - 1] == "." { k -= 1 }
            if k < c.count - 1 { c.removeSubrange(k...) }
        }
        return String(c)
    }

    /// The normalised level-1 name a cell stands for, if it is a level-1 label (whole, cut to a
    /// prefix such as `产`, or with the 指标 suffix missing).
    static func level1(of cell: String) -> String? {
        // Equal to a name or a stem, or a prefix of one: it starts with a name's first character.
        if let first = cell.unicodeScalars.first(where: { !$0.isSpaceLike }), level1Starts.rulesOutAsFirst(first) {
            return first == "项" ? projectLevel1(of: cell) : nil
        }
        let c = stripped(cell)
        guard !c.isEmpty, c.count <= 6 else { return nil }
        for (name, stem) in level1Stems {
            if c == name || c == stem || (stem.hasPrefix(c) && c.count < stem.count) { return name }
            // Cut mid-word after the stem: 产出指 .
            if name.hasPrefix(c) && c.count > stem.count { return name }
        }
        return nil
    }

    /// A province's template names its level 1 by the project (`项目完成指标` over 数量/质量/时效/
    /// 成本, `项目效益指标` over the effects, as 四川's 绩效目标表 does): the contract's 产出指标
    /// and 效益指标. Whole labels only, with or without 指标: `项目` alone, or `项目决策`, is no level.
    private static func projectLevel1(of cell: String) -> String? {
        let c = stripped(cell)
        return projectLevel1Names[c.hasSuffix("指标") ? String(c.dropLast(2)) : c]
    }

    static let projectLevel1Names = ["项目完成": "产出指标", "项目产出": "产出指标", "项目效益": "效益指标"]

    /// The level-1 name a label misread by one character stands for (`产山指标`, `效益措标`, an
    /// OCR slip): the one name within a single edit of the label, or nil when none is, or two
    /// are. The contract allows only the four names; a label further off is no level 1.
    static func nearestLevel1(of cell: String) -> String? {
        let c = Array(stripped(cell))
        guard c.count >= 3, c.count <= 6 else { return nil }
        let near = level1Names.filter { EditDistance.between(c, Array($0), atMost: 1) != nil }
        return near.count == 1 ? near[0] : nil
    }

    /// Whether a cell is a level-2 label: a known stem with or without 指标, or a prefix of a
    /// known stem of at least two characters (a label cut by the cell width: `服务对象`).
    static func isLevel2(_ cell: String) -> Bool {
        level2Parent(of: cell) != nil
    }

    /// The level 1 a level-2 label belongs to.
    static func level2Parent(of cell: String) -> String? {
        if let first = cell.unicodeScalars.first(where: { !$0.isSpaceLike }), level2Starts.rulesOutAsFirst(first) {
            // A slip may fall on the first character (`日效性指标`): only a cell ending in 指标 is
            // looked at further.
            guard cell.unicodeScalars.last(where: { !$0.isSpaceLike }) == "标" else { return nil }
            return nearestLevel2Parent(of: stripped(cell))
        }
        let c = stripped(cell)
        guard c.count >= 2, c.count <= 12 else { return nil }
        let stem = c.hasSuffix("指标") ? String(c.dropLast(2)) : c
        for (s, parent) in level2Parents where stem == s { return parent }
        let count = stem.count
        guard count >= 2 else { return nil }
        for (s, parent, stemCount) in level2Prefixes where stemCount > count && s.hasPrefix(stem) { return parent }
        return nearestLevel2Parent(of: c)
    }

    /// The level 1 of a level-2 label misread or mistyped by one character (`日效性指标` for
    /// 时效性指标, `社会效宜指标`): the label must end in 指标, as the template prints it, so that it
    /// says it is a label, and lie within a single edit of exactly one known label; an indicator's
    /// name is longer, or further off, or near none.
    private static func nearestLevel2Parent(of c: String) -> String? {
        guard c.hasSuffix("指标"), (4...9).contains(c.count) else { return nil }
        let chars = Array(c)
        let near = level2Labels.filter { abs($0.chars.count - chars.count) <= 1 && EditDistance.between(chars, $0.chars, atMost: 1) != nil }
        let parents = Set(near.map(\.parent))
        return near.isEmpty || parents.count != 1 || Set(near.map(\.stem)).count != 1 ? nil : parents.first
    }

    /// Each level-2 stem with 指标, as characters, and its level 1.
    private static let level2Labels: [(stem: String, chars: [Character], parent: String)] =
        level2Parents.map { ($0.stem, Array($0.stem + "指标"), $0.level1) }

    /// A level-2 label as the contract writes it: as written, spaces and line breaks removed; a
    /// known stem cut between 指 and 标 (`服务对象满意度指`: a page break or a cell's last line sent
    /// 标 on) gets its 标 back, as a level-1 label cut there does.
    static func level2(of cell: String) -> String {
        let c = cell.compacted
        guard c.hasSuffix("指"), c.count >= 3 else { return c }
        let stem = String(c.dropLast())
        return level2Parents.contains { $0.stem == stem } ? c + "标" : c
    }
}
