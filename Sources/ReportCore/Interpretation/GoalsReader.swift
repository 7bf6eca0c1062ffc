import Foundation
import ReportModel

/// Reads 年度总体目标: the planned goals (年初设定目标/预期目标) and what was achieved
/// (全年实际完成情况), each as listed. They are not paired one to one.
enum GoalsReader {
    static func read(_ view: TableView, _ segment: TableSegment) -> Goals {
        let header = view.cells(segment.header).map(\.compacted)
        // The achieved column; the block's own label (总体目标完成情况) is not it.
        let achievedCol = header.firstIndex { ($0.includes("完成情况") || $0.includes("实际完成")) && !$0.includes("总体目标") }
        // The planned column: the last goals label before the achieved one, so that the block's
        // label (年度总体目标, 项目年度目标) in the first column is passed over; where a merged
        // cell repeats the label, its first column, which holds the text.
        let plannedLabel = header.indices.last { i in
            let h = header[i]
            return i < (achievedCol ?? header.count) && (h.includes("设定目标") || h.includes("预期目标") || h.hasSuffix("目标"))
                && !h.includes("完成")
        }.map { header[$0] }
        let plannedCol = plannedLabel.flatMap { header.firstIndex(of: $0) }
        // Each column's text over all the block's rows: a text dump breaks a wrapped cell into
        // rows of its own, so the items are split once the column is whole.
        var planned: [String] = [], achieved: [String] = [], both: [String] = []
        for r in segment.rows {
            if startsIndicators(view.packed(r)) || startsNextPart(view.packed(r)) { break }
            if view.grid.positional, let p = plannedCol, let a = achievedCol {
                let cells = view.grid.rows[r]
                if p < cells.count { planned.append(cells[p]) }
                if a < cells.count { achieved.append(cells[a]) }
                continue
            }
            var cells = view.packed(r).filter { !$0.compacted.includes("总体目标") }
            // A dot leader between the two texts (`…奖励100000元。 .. ...... 本项目共完成…`): a PDF
            // text layer draws one across the gap between the columns, and the spaces on either side
            // of it are the cells' wraps. The texts before it are the planned goals, after it the
            // achieved.
            if cells.count > 2, let lead = cells.firstIndex(where: isLeader) {
                let left = cells[..<lead].filter { !isLeader($0) }.joined()
                let right = cells[(lead + 1)...].filter { !isLeader($0) }.joined()
                if !left.isEmpty, !right.isEmpty { cells = [left, right] }
            }
            if cells.count >= 2 {
                planned.append(cells[cells.count - 2])
                achieved.append(cells[cells.count - 1])
            } else if let only = cells.first {
                // A lone piece under two columns (a layout dump lost its column) continues the
                // column whose last line stopped mid-sentence.
                if !planned.isEmpty, GoalMarker.parse(only) == nil, let column = openColumn(planned, achieved) {
                    if column == 0 { planned.append(only) } else { achieved.append(only) }
                } else {
                    both.append(only)
                }
            }
        }
        var goals = Goals(planned: items(planned.joined(separator: "\n")).filter { !isTemplateGuidance($0) },
                          achieved: items(achieved.joined(separator: "\n")).filter { !isTemplateGuidance($0) })
        if !both.isEmpty {
            // One cell holding both lists (a text copy lost the boundary): split where a list in
            // another numbering style starts (目标1… then 1.…).
            let (p, a) = splitLists(items(both.joined(separator: "\n")))
            goals.planned += p
            goals.achieved += a
        }
        return goals
    }

    /// A cell of dots alone (`..`, `……`, `·····`): a leader, no text.
    static func isLeader(_ cell: String) -> Bool {
        let c = cell.compacted
        return c.count >= 2 && c.allSatisfy { ".．…·・".contains($0) }
    }

    /// The template's instruction left in a cell no one filled (`对照年度目标，说明相关任务目标的完成
    /// 情况（100字以内）`): it tells what to write, and ends saying how long. No goal; a goal that
    /// only mentions a length (`编印宣传册（100字以内的简介）`) is one.
    static func isTemplateGuidance(_ item: String) -> Bool {
        let c = item.compacted
        guard c.range(of: #"[(（]\d{2,4}字以内[)）]$"#, options: .regularExpression) != nil else { return false }
        return ["说明", "对照", "结合", "简要", "简述", "填写", "概述", "针对", "描述"].contains { c.hasPrefix($0) }
    }

    /// Both lists read as one (a copy that lost the cells' boundary): the achieved list starts
    /// where a list starts again at 1 (`目标1…` then `1.…`, or `1.…2.…` then `1.…`). Unnumbered,
    /// an even count of sentences is taken as the same number of each (a form asks for the
    /// planned and achieved goals side by side); an odd count cannot be split and stays planned.
    static func splitLists(_ list: [String]) -> (planned: [String], achieved: [String]) {
        let markers = list.map(GoalMarker.parse)
        if markers.contains(where: { $0 != nil }) {
            if let restart = markers.indices.dropFirst().first(where: { markers[$0]?.ordinal == 1 }) {
                return (Array(list[..<restart]), Array(list[restart...]))
            }
            return (list, [])
        }
        if list.count >= 2, list.count % 2 == 0 { return (Array(list[..<(list.count / 2)]), Array(list[(list.count / 2)...])) }
        return (list, [])
    }

    /// Which of two columns' texts ends mid-sentence (the achieved one when both do).
    private static func openColumn(_ planned: [String], _ achieved: [String]) -> Int? {
        func open(_ texts: [String]) -> Bool {
            guard let last = texts.last?.trimmingWhitespace().last else { return false }
            return !"。！？；;!?".contains(last)
        }
        if open(achieved) { return 1 }
        return open(planned) ? 0 : nil
    }

    /// A row that heads the 绩效指标 block below (`绩效指标 | 一级指标 …`): the goals end there.
    private static func startsIndicators(_ cells: [String]) -> Bool {
        cells.contains { ["绩效指标", "一级指标", "二级指标", "三级指标"].contains($0.compacted) }
    }

    /// A row that opens the form's next part under the same heading: Sichuan's 项目基本情况 puts
    /// `2.项目实施内容及过程概述` below `1.项目年度目标完成情况`; its text is no goal.
    private static func startsNextPart(_ cells: [String]) -> Bool {
        guard let first = cells.first(where: { !$0.trimmingWhitespace().isEmpty })?.compacted, first.count <= 20 else { return false }
        let label = HeadingNumber.parse(first)?.1 ?? first
        return label.hasPrefix("项目实施内容") || label.hasSuffix("过程概述")
    }

    /// The goals of one cell, one per list item.
    ///
    /// A cell's text wraps at the cell's width in a PDF or a text dump, so a line is a goal of its
    /// own only where it starts the next item of a list: the number that follows the previous
    /// item's (`目标2：` after `目标1：`, `5.` after `4.`), or a list in a new style starting at 1.
    /// A wrapped figure at a line start (`5.09%、…` inside item 6) is not the next item. In a cell
    /// with no numbered list, a line starts a goal only when the line before ended a sentence.
    static func items(_ cell: String) -> [String] {
        // Items a copy ran together on one line (`1.…； 2.…`) start after white space.
        let lines = TextLines.split(cell).flatMap(splitAtMarkers).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        guard let firstLine = lines.first else { return [] }
        let markers = lines.map(GoalMarker.parse)
        let numbered = markers.contains { $0 != nil }
        var out = [firstLine]
        var last = markers[0]
        for (line, marker) in zip(lines, markers).dropFirst() {
            let starts: Bool
            if let m = marker, let l = last {
                // A list starting (again) at 1 is a new item too (both lists in one column), unless
                // the `1.` reads as a decimal (`1.5万人`): that is a wrapped figure.
                starts = (m.style == l.style && m.ordinal == l.ordinal + 1) || (m.ordinal == 1 && !m.decimalLike)
            } else if let m = marker {
                starts = m.ordinal == 1 && !m.decimalLike
            } else {
                starts = !numbered && out[out.count - 1].last.map { "。！？；;!?".contains($0) } == true
            }
            if starts {
                out.append(line)
                if marker != nil { last = marker }
            } else {
                out[out.count - 1] = ParagraphJoiner.join(out[out.count - 1], line)
            }
        }
        return out
    }
}

/// A line cut before each run of white space that a list number follows (`…以上； 2.实现…`), and
/// after each sentence end that one follows at once (`…以上。2.实现…`, items a copy ran together);
/// whether a piece starts an item is decided with the others.
private func splitAtMarkers(_ line: String) -> [String] {
    var pieces: [String] = []
    var start = line.startIndex
    var i = line.startIndex
    while i < line.endIndex {
        if "。；;".contains(line[i]) {
            let j = line.index(after: i)
            if j < line.endIndex, !line[j].isWhitespace, GoalMarker.parse(String(line[j...])) != nil {
                pieces.append(String(line[start..<j]))
                start = j
            }
            i = j
            continue
        }
        guard line[i].isWhitespace else { i = line.index(after: i); continue }
        var j = i
        while j < line.endIndex, line[j].isWhitespace { j = line.index(after: j) }
        if j < line.endIndex, !String(line[start..<i]).trimmingWhitespace().isEmpty, GoalMarker.parse(String(line[j...])) != nil {
            pieces.append(String(line[start..<i]))
            start = j
        }
        i = j
    }
    pieces.append(String(line[start...]))
    return pieces
}

/// The numbering that starts an item of a goals list: a heading's (`1.`, `1、`, `(1)`, `（一）`,
/// `一、`, `①`), or a list's own (`目标1：`, `一是`, and `4.2021年…`, which a heading's
/// numbering reads as the decimal `4.2021`).
struct GoalMarker: Equatable {
    enum Style: Equatable {
        case heading(HeadingNumber.Style)
        case target, shiWord
    }
    var style: Style
    var ordinal: Int
    /// Read from a number followed by a digit (`4.2021年`): also a figure's decimal point.
    var decimalLike = false

    static func parse(_ line: String) -> GoalMarker? {
        let c = line.compacted
        if let (n, _) = HeadingNumber.parse(c) { return GoalMarker(style: .heading(n.style), ordinal: n.ordinal) }
        let ns = NSRange(c.startIndex..., in: c)
        for (regex, style) in patterns {
            guard let m = regex.firstMatch(in: c, range: ns), let r = Range(m.range(at: 1), in: c),
                  let whole = Range(m.range, in: c), whole.upperBound < c.endIndex,
                  let n = Int(c[r]) ?? ChineseNumeral.value(String(c[r])) else { continue }
            // `5.09%` is a percentage, not item 5; `4.2021年…` and `2.65岁以上…` are items.
            if style == .heading(.arabic), c[whole.upperBound...].range(of: #"^\d+(%|％|个百分点)"#, options: .regularExpression) != nil {
                return nil
            }
            return GoalMarker(style: style, ordinal: n, decimalLike: style == .heading(.arabic))
        }
        return nil
    }

    private static let patterns: [(NSRegularExpression, Style)] = ([
        (#"^目标(\d{1,2}|[一二三四五六七八九十]{1,3})[:：、.．]?"#, .target),
        (#"^([一二三四五六七八九十]{1,3})是"#, .shiWord),
        (#"^(\d{1,2})[.．](?=\d)"#, .heading(.arabic)),
    ] as [(String, Style)]).map { (try! NSRegularExpression(pattern: $0.0), $0.1) }
}
