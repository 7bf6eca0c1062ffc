import Foundation

/// The goals of the older provincial forms, which state each year's target on a row of its own
/// above the indicators it is scored by, with no column of what was achieved:
/// `年度目标1:(80分) | 增强政府工作效率、改善人居环境`, `年度绩效目标2(40分) | …`. With no
/// 完成情况 beside it the row is no goals header (`TableSegmenter`); its text is a planned goal.
enum NumberedGoalRows {
    /// The planned goals such rows state, in order; empty when the tables hold none.
    static func planned(in tables: [TableGrid]) -> [String] {
        var out: [String] = []
        for t in tables {
            for row in t.rows {
                let cells = row.map(\.compacted).filter { !$0.isEmpty }
                guard cells.count == 2, isLabel(cells[0]) else { continue }
                let text = cells[1]
                // A sentence or a phrase of words: not the header words or a figure that may follow.
                guard text.count >= 4, text.unicodeScalars.contains(where: { $0.properties.isIdeographic }),
                      !ColumnRole.isHeaderWord(text), ValueParser.parseQuantity(text) == nil else { continue }
                out.append(text)
            }
        }
        return out
    }

    /// `年度目标1:(80分)`, `年度绩效目标2(40分)`, `年度目标一`: the label of one year's target.
    static func isLabel(_ cell: String) -> Bool {
        // Asked of the first cell of every two-cell row: the prefix test spares the pattern.
        cell.hasPrefix("年度") && cell.range(of: #"^年度(?:绩效)?目标[0-9一二三四五六七八九十]{1,2}[:：]?(?:[(（]\d{1,3}分?[)）])?[:：]?$"#, options: .regularExpression) != nil
    }
}
