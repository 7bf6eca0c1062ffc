/// Reads the planned goals a report states in its prose rather than in a form: a heading that
/// names the goals (`（二）项目绩效目标`, `三、绩效目标`) with a numbered list under it
/// (`1.…`, `目标1：…；目标2：…`), or a label line that starts one (`年度绩效目标：1.…2.…`), or
/// a sentence announcing the list between the heading and its items (`LeadInGoalsList`).
///
/// Read only where it is certain: the heading's words are the goals' name alone (not
/// `绩效目标设定情况`, `绩效目标完成情况`: how targets were set, what was achieved), every line
/// under it is an item of the list (a paragraph of prose stops the block and, before any item,
/// gives nothing), and the report holds one such block (one report on several projects lists
/// each project's goals: which are the report's is not said). They are the goals set at the
/// start of the year, `goals.planned`; nothing is read into `achieved`, which a report tells in
/// prose of its results, not as a list beside the goals. The caller asks only when the report's
/// form gave no goals.
enum ProseGoalsReader {
    static func planned(in lines: [String]) -> [String] {
        var blocks: [[String]] = []
        var i = 0
        while i < lines.count {
            if let (items, next) = block(lines, at: i) {
                if !items.isEmpty { blocks.append(items) }
                i = next
            } else {
                i += 1
            }
        }
        return blocks.count == 1 ? blocks[0] : []
    }

    /// Whether a heading's words name the goals themselves: `绩效目标` with what they are of
    /// before it (项目, 部门整体支出, 年度…), nothing after.
    static func isGoalsTitle(_ title: String) -> Bool {
        var c = title.compacted
        while let l = c.last, "。.:：".contains(l) { c = String(c.dropLast()) }
        guard c.hasSuffix("绩效目标") || c == "年度目标" || c == "项目目标", c.count <= 16 else { return false }
        return !["完成", "设定", "分解", "下达", "情况", "实现", "申报", "调整", "偏离", "管理"].contains { c.includes($0) }
    }

    /// The list under a goals heading or label line at `start`: its items (empty when prose
    /// follows instead), and the line after the block. Nil when the line opens no goals block.
    static func block(_ lines: [String], at start: Int) -> ([String], Int)? {
        let line = lines[start]
        var items: [String] = []
        var headingStyle: HeadingNumber.Style?
        if let (number, title, rest) = SectionTreeBuilder.heading(line), isGoalsTitle(title) {
            headingStyle = number.style
            if let rest {
                // `（二）项目绩效目标。目标1：…；目标2：…`: the list run in after the heading.
                guard GoalMarker.parse(rest) != nil else { return ([], start + 1) }
                items = GoalsReader.items(rest)
            }
        } else if let rest = labelledList(line) {
            items = GoalsReader.items(rest)
        } else {
            return nil
        }
        // `实现以下目标：` under the heading, then the list (`LeadInGoalsList`).
        if headingStyle != nil, items.isEmpty, start + 1 < lines.count, LeadInGoalsList.isLeadIn(lines[start + 1]) {
            return LeadInGoalsList.items(lines, from: start + 2)
        }
        // The list goes on in its first item's numbering; another numbering is the next
        // heading (`二、…` after `年度绩效目标：1.…`), prose its end.
        var listStyle = items.first.flatMap(GoalMarker.parse)?.style
        var k = start + 1
        while k < lines.count {
            let t = lines[k]
            if let (n, _) = HeadingNumber.parse(t), let h = headingStyle, n.style <= h { break }
            guard let marker = GoalMarker.parse(t) else { break }
            if let style = listStyle, marker.style != style { break }
            if case .heading(let s) = marker.style, let h = headingStyle, s <= h { break }
            listStyle = marker.style
            items += GoalsReader.items(t)
            k += 1
        }
        return (items, k)
    }

    /// `年度绩效目标：1.…；2.…` → `1.…；2.…`: a goals label, a colon, then a numbered list.
    static func labelledList(_ line: String) -> String? {
        let t = line.trimmingWhitespace()
        guard let colon = t.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
        let label = String(t[..<colon])
        let rest = String(t[t.index(after: colon)...]).trimmingWhitespace()
        guard HeadingNumber.parse(label) == nil, isGoalsTitle(label), GoalMarker.parse(rest) != nil else { return nil }
        return rest
    }
}
