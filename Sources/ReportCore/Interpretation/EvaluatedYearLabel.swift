import Foundation

/// The year a report's cover states by a label: `评价年度：2022`, `评价年度:2022年`, `所属年度：2023年度`.
///
/// A self-evaluation report's cover lists 项目名称, 评价年度, 预算部门单位 and 填报日期. Where the title
/// names no year, the first year of the text is most often the date it was filled in
/// (`填报日期：2023年4月25日`), a year later than the one evaluated; the label says which year the
/// report is about. Only a label of the year evaluated counts: 填报/报告/发布 dates are the
/// writing's, and a `年度` inside a sentence (`本年度预算…`) has no colon and figure after it.
enum EvaluatedYearLabel {
    /// Labels naming the year evaluated.
    static let labels = ["评价年度", "自评年度", "考核年度", "所属年度", "项目年度", "预算年度", "评价年份"]

    /// How many lines of the head are read: the cover comes before the body.
    static let headLines = 40

    static func year(in lines: [String]) -> Int? {
        for line in lines.prefix(headLines) {
            let c = line.compacted
            guard c.count <= 60, let label = labels.first(where: { c.hasPrefix($0) }) else { continue }
            let rest = c.dropFirst(label.count)
            guard let colon = rest.first, colon == "：" || colon == ":" else { continue }
            let value = rest.dropFirst()
            guard let r = value.range(of: #"^(?:19|20)\d{2}(?!\d)"#, options: .regularExpression) else { continue }
            return Int(value[r])
        }
        return nil
    }
}
