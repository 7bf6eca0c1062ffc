import Foundation

/// A total stated in prose whose label a hard line wrap parts from its figure: a PDF's text or a
/// sharing site's copy of a department's report breaks `…开展绩效自评，自评得分` / `90 分，存在的
/// 问题…` at the page width, and the one-line reading (`ScoresReader.proseTotal`) sees the label
/// with no figure on one line and the figure with no label on the next.
///
/// Read only across the break itself: the first line ends with the label (and its `为`, `:`),
/// the next line begins with the figure and its `分` (not `分制`), at most 100. A line that goes
/// on with a year (`2023年度…`) or any other word after the label is not a score.
enum WrappedProseTotal {
    static func read(_ lines: [String]) -> Double? {
        for i in lines.indices.dropLast() {
            let next = lines[i + 1].compacted
            guard let first = next.unicodeScalars.first, first.isASCII, CharacterSet.decimalDigits.contains(first) else { continue }
            let end = lines[i].compacted
            guard end.hasSuffix("分") || end.hasSuffix("为") || end.hasSuffix("是") || end.hasSuffix(":") || end.hasSuffix("：")
                    || end.hasSuffix("自评") || end.hasSuffix("数") else { continue }
            let joined = end + next
            let ns = joined as NSString
            let seam = (end as NSString).length
            for m in ScoresReader.totalPattern.matches(in: joined, range: NSRange(location: 0, length: ns.length))
            where m.range.location < seam && m.range(at: 1).location == seam {
                if let v = Double(ns.substring(with: m.range(at: 1))), v <= 100 { return v }
            }
        }
        return nil
    }
}
