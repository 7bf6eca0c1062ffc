/// A form's title run into the head labels of the form's first line: a document-sharing site
/// names its copy after the form's first line, cells run together
/// (`2021年度财政项目绩效自评表单位名称某市某医院填报日期2022年3月18日`), and the title line or the
/// run-in title then carries the labels and their values.
///
/// The form's name ends where such a label starts right after a form's ending (`…自评表`,
/// `…评价表`, `…目标表`, a `(2021年度)` after it): a label is no part of any form's name, and
/// what follows it is the unit and the date the form was filled in, read from the head block.
enum TitleFormHead {
    /// The labels of the line above a form's cells (单位名称：… 填报日期：…).
    static let labels = ["单位名称", "填报单位", "填报日期", "填表单位", "填表日期", "部门名称", "预算单位名称"]

    /// The title without the head labels run into it; the title itself when none follows a
    /// form's name.
    static func cut(_ title: String) -> String {
        let c = title.compacted
        guard labels.contains(where: { c.includes($0) }) else { return title }
        for ending in RunInTitle.endings where ending.hasSuffix("表") {
            var from = c.startIndex
            while let r = c.range(of: ending, range: from..<c.endIndex) {
                var end = r.upperBound
                if let y = c[end...].range(of: #"^[(（](19|20)\d{2}年度?[)）]"#, options: .regularExpression) { end = y.upperBound }
                let rest = c[end...]
                if labels.contains(where: { rest.hasPrefix($0) }), c.distance(from: c.startIndex, to: end) >= 6 {
                    return String(c[..<end])
                }
                from = r.upperBound
            }
        }
        return title
    }
}
