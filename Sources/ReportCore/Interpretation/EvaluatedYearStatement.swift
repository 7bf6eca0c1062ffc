import Foundation

/// The year a report's prose says it evaluated: `本部门对2017年整体支出开展绩效自评`, `对2023年度
/// 城乡居民医保补助资金开展了绩效评价`. Read where neither a title, a label, a caption nor the
/// first lines give a year: a sharing site's copy that starts inside a flattened table has no
/// title and its first lines are the table's pieces, and the sentence stating what was evaluated
/// is the one place the year stands.
///
/// Only the statement itself: `对` at once followed by the year, the thing evaluated (up to 20
/// characters, no sentence break), then 开展/进行/实施 and 绩效自评/绩效评价. A year that is a date
/// (`2024年4月对…开展检查`) or a work summary's (`对2023年度工作进行总结`) is none.
enum EvaluatedYearStatement {
    static func year(in lines: [String]) -> Int? {
        let head = Array(lines.prefix(400))
        for (i, line) in head.enumerated() {
            // A hard wrap may part 对 from the year (`…本部门对` / `2017 年整体支出…`): the line
            // is read with the next.
            let c = line.compacted + (i + 1 < head.count ? head[i + 1].compacted : "")
            guard c.includes("绩效"), c.includes("对") else { continue }
            let ns = c as NSString
            if let m = pattern.firstMatch(in: c, range: NSRange(location: 0, length: ns.length)) {
                return Int(ns.substring(with: m.range(at: 1)))
            }
        }
        return nil
    }

    private static let pattern = try! NSRegularExpression(pattern:
        #"对((?:19|20)\d{2})年度?[^。，,；;：:]{0,20}?(?:开展|进行|实施)了?绩效(?:自评|评价)"#)
}
