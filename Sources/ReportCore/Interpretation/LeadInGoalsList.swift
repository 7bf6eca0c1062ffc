/// A goals list that a sentence of prose introduces under the goals heading:
/// `（二）项目绩效目标` / `为……，今年实现以下目标：` / `一、……；` `二、……；` … A template's
/// writer often opens the list so, and numbers it in whatever style comes to hand, a heading's
/// own (`一、` under `（二）`) included.
///
/// The sentence must announce a list (`以下`, `如下` and a colon at its end): any other prose
/// under the heading tells the goals in words, and nothing is read. The list is read only as far
/// as its numbering runs on from one (`一、` `二、` `三、` `四、`): the next section's heading
/// (`二、项目资金使用情况` after `四、`) breaks the run and ends it, as does prose or another
/// numbering.
enum LeadInGoalsList {
    /// Whether a line is prose that announces a list at its end: `…实现以下目标：`, `…目标如下：`.
    static func isLeadIn(_ line: String) -> Bool {
        let c = line.compacted
        guard let last = c.last, last == "：" || last == ":", c.count >= 4, GoalMarker.parse(c) == nil else { return false }
        let tail = String(c.dropLast().suffix(12))
        return tail.includes("以下") || tail.includes("如下")
    }

    /// The items of the list numbered from one that starts at `start`, and the index of the line
    /// after it; no items when no list numbered from one starts there.
    static func items(_ lines: [String], from start: Int) -> ([String], Int) {
        var items: [String] = []
        var last: GoalMarker?
        var k = start
        while k < lines.count, let marker = GoalMarker.parse(lines[k]) {
            if let l = last {
                guard marker.style == l.style, marker.ordinal == l.ordinal + 1 else { break }
            } else {
                guard marker.ordinal == 1 else { break }
            }
            items += GoalsReader.items(lines[k])
            last = marker
            k += 1
        }
        return (items, k)
    }
}
