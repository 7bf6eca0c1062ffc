import Foundation
import ReportModel

/// Indicator rows of the older national template read from a text in which the form's cells
/// lost their places (a document-sharing site's extract of a spreadsheet form, header words
/// scattered among the figures): `… 指标7:建立预防接种证 221人 221人 2 2 指标8:适龄儿童疫苗接种率
/// 100.00% 97.30% 2 1.9 …`.
///
/// That template prints `指标1:`, `指标2:` … in its 三级指标 cells and the form fills a name
/// after each: the slot number marks where a row starts whatever became of the header. A slot's
/// text up to the next slot is a row when it holds the name and then exactly the row's values:
/// 年度指标值 and 实际完成值 (a quantity, a percentage or a figure each), then 分值 and 得分 (bare
/// figures, the score no more than the points). A slot holding anything else (header words the
/// extract put there, the values of several rows, none) is passed over. A level-2 label standing
/// between two slots (`… 2 1.7 质量指标 指标1:…`) labels the slots after it. Three such rows at
/// least make a form: fewer could be figures a sentence names.
enum NumberedSlotRows {
    private static let slot = try! NSRegularExpression(pattern: #"指标\s*[0-9]{1,2}\s*[:：]"#)

    /// Whether `name` opens with the template's slot number (`指标6:…`): an indicator's row.
    static func startsWithSlot(_ name: String) -> Bool {
        guard name.hasPrefix("指标"), let m = slot.firstMatch(in: name, range: NSRange(location: 0, length: (name as NSString).length)) else { return false }
        return m.range.location == 0
    }

    static func read(_ lines: [String]) -> [Indicator] {
        var out: [Indicator] = []
        for line in lines where line.includes("指标") {
            let ns = line as NSString
            let matches = slot.matches(in: line, range: NSRange(location: 0, length: ns.length))
            guard matches.count >= 3 else { continue }
            var level2: String?
            for (i, m) in matches.enumerated() {
                let end = i + 1 < matches.count ? matches[i + 1].range.location : ns.length
                let start = m.range.location + m.range.length
                var tokens = ns.substring(with: NSRange(location: start, length: end - start))
                    .split(whereSeparator: { $0.isWhitespace }).map(String.init)
                // A level label after the row's values labels the slots that follow.
                var next: String?
                while let last = tokens.last, tokens.count > 1, CellKind.of(last) == .level2 || CellKind.of(last) == .level1 {
                    if next == nil, IndicatorLevels.isLevel2(last) { next = IndicatorLevels.level2(of: last) }
                    tokens.removeLast()
                }
                defer { if let next { level2 = next } }
                guard tokens.count == 5, let row = row(tokens, level2: level2) else { continue }
                out.append(row)
            }
        }
        return out.count >= 3 ? out : []
    }

    /// The row of a slot's tokens (name, target, actual, points, score), or nil.
    static func row(_ tokens: [String], level2: String?) -> Indicator? {
        let name = tokens[0]
        // Header words the extract put after a slot (`指标5:…讲座 分值 得分`) are no name.
        guard CellKind.of(name) == .text, !["分值", "得分", "指标值", "完成值", "三级指标", "二级指标"].contains(where: { name.includes($0) }) else { return nil }
        // A figure with any unit the form writes (`12段`, `不少于12种`, `≥95%`), not a word.
        let valueKinds: Set<CellKind> = [.quantity, .percent, .number]
        func isValue(_ t: String) -> Bool {
            valueKinds.contains(CellKind.of(t)) || (t.first.map { $0.isASCII && $0.isNumber } ?? false) || ValueParser.target(t).value != nil
        }
        guard isValue(tokens[1]), isValue(tokens[2]),
              tokens[3].isPlainNumber, tokens[4].isPlainNumber,
              let weight = Double(tokens[3]), let score = Double(tokens[4]), weight > 0, weight <= 100, score <= weight else { return nil }
        var row = Indicator(level1: level2.flatMap(IndicatorLevels.level2Parent(of:)), level2: level2, name: name)
        row.target = ValueParser.target(tokens[1])
        row.actual = ValueParser.actual(tokens[2])
        row.weight = weight
        row.score = score
        return row
    }
}
