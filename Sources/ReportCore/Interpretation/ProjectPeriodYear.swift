import Foundation

/// The year a project form's period states: `项目起止时间 | 2016 年 1 月起至 2016 年 12 月止`.
///
/// The older provincial project template (财政支出项目绩效评价自评报告) has no year in its title
/// and no 评价年度 label; its cover's first year is the 报告日期 (`2017年7月15日`), a year after the
/// one evaluated. The 项目起止时间 cell under 项目基本概况 says which year the project ran: where
/// its start and end fall in one calendar year, that is the year evaluated. A period over two
/// years (`2015年10月至2016年9月`) names no single one and gives nothing; so does a period in a
/// sentence (the label must open its line, the period follow it or stand on the next line).
enum ProjectPeriodYear {
    /// Labels of a project's period.
    static let labels = ["项目起止时间", "项目实施期间", "项目实施期", "项目实施周期", "项目执行期", "实施周期", "起止时间"]

    /// How many lines of the head are read: the period is in the form's first block.
    static let headLines = 80

    static func year(in lines: [String]) -> Int? {
        let head = Array(lines.prefix(headLines))
        for (i, line) in head.enumerated() {
            let c = cell(line)
            guard c.count <= 60, let label = labels.first(where: { c.hasPrefix($0) }) else { continue }
            var value = String(c.dropFirst(label.count))
            // A form copied one cell a line puts the period on the line after its label.
            if value.isEmpty, i + 1 < head.count { value = cell(head[i + 1]) }
            // The first period stated decides: one over two years gives no year at all.
            if let ends = ends(value) { return ends.start == ends.end ? ends.start : nil }
        }
        return nil
    }

    /// The years a period (compacted) starts and ends in, or nil where `value` opens with none.
    static func ends(_ value: String) -> (start: Int, end: Int)? {
        let ns = value as NSString
        guard let m = period.firstMatch(in: value, range: NSRange(location: 0, length: ns.length)),
              let start = Int(ns.substring(with: m.range(at: 1))),
              let end = Int(ns.substring(with: m.range(at: 2))) else { return nil }
        return (start, end)
    }

    /// A line as one cell: compacted, with the bars of a pipe copy and a colon after the label gone.
    private static func cell(_ line: String) -> String {
        line.compacted.filter { $0 != "|" && $0 != "：" && $0 != ":" }
    }

    /// `2016年1月起至2016年12月止`, `2016年1月1日-2016年12月31日`, `2016.1-2016.12`.
    private static let period = try! NSRegularExpression(pattern:
        #"^((?:19|20)\d{2})(?:年|\.|/|-)\d{1,2}(?:月)?(?:\d{1,2}日)?起?(?:至|到|-|－|—|~|～)((?:19|20)\d{2})(?:年|\.|/|-)\d{1,2}"#)
}
