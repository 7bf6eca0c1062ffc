/// Takes out the empty line a copy puts after every line.
///
/// A browser's copy of a page whose lines are paragraphs and a scraper that joins a page's
/// paragraphs with an empty line both double-space the text:
///
///     年度总体目标 预期目标 实际完成情况
///
///     全县参保率稳定在95%以上。 全县参保率96.1%。
///
///     绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值
///
/// The empty lines then mark nothing, while the readers of one-line rows, goal rows and form
/// headers take an empty line as the end of a block. Where no line is followed directly by
/// another, every run of empty lines is halved: the one after each line goes, and the text's
/// own blank line (doubled with the rest: three empty lines) stays one.
///
/// A form written one cell a line (`一级指标` alone on its line, then `二级指标`) is the
/// exception: such a copy may end every cell in an empty line itself (so its wrapped cells stay
/// apart), and one empty line after each line cannot be told from the copy's. There each run
/// of empty lines becomes one: a doubled copy's three empty lines go back to the form's one.
///
/// Only truly empty lines are separators: a line holding a space or an NBSP is content (forms
/// copied one cell a line write an empty cell so, and its readers count it as a cell).
enum DoubleSpacing {
    /// Below this many lines nothing is judged: a short text's spacing says little.
    static let minimumLines = 4

    static func removed(from items: [BodyItem]) -> [BodyItem] {
        guard let spacing = spacing(of: items) else { return items }
        var out: [BodyItem] = []
        out.reserveCapacity(items.count / 2 + 1)
        var i = 0
        while i < items.count {
            guard isSeparator(items[i]) else { out.append(items[i]); i += 1; continue }
            var end = i
            while end < items.count, isSeparator(items[end]) { end += 1 }
            let run = end - i
            // An empty line at the start or end of the body stays as it was.
            let kept = (i == 0 || end == items.count) ? run : (spacing == .cellsPerLine ? 1 : run / 2)
            out += items[i..<(i + kept)]
            i = end
        }
        return out
    }

    enum Spacing: Equatable {
        /// Lines of any kind, each followed by the copy's empty line.
        case lines
        /// A form one cell a line, each cell followed by an empty line.
        case cellsPerLine
    }

    /// How the body is double-spaced: nil unless no line of it follows another directly.
    ///
    /// A page's paragraphs end in an empty line the structure pass itself adds, to keep the
    /// text-table rules from reading two paragraphs as rows (`来源：… | 发布日期：…`). They are
    /// judged only where they hold a form written out as text: its header row on one line
    /// (`一级指标 二级指标 三级指标 …`, or run together), a row of four cells or more between
    /// pipes, a row opening with its level-1 and level-2 labels, or its header one cell a
    /// paragraph (`一级指标`, then `二级指标`). Such a page pasted a text copy of the
    /// form one `<p>` a line, and its rows must meet. A `<br>` break inside a paragraph is not
    /// looked at (the page broke that line, not the copy).
    static func spacing(of items: [BodyItem]) -> Spacing? {
        var lines = 0
        var cellsPerLine = false, paragraphs = false, textForm = false
        var previousText: String?
        var i = 0
        while i < items.count {
            guard case .line(let l) = items[i] else { return nil }
            if l.raw.isEmpty { i += 1; continue }
            let text = l.text
            if l.origin == .paragraph { paragraphs = true }
            if previousText == "一级指标", text == "二级指标" { cellsPerLine = true }
            if l.origin == .paragraph, !textForm,
               isPipeRow(text) || isHeaderRow(text) || isRowOpening(text) {
                textForm = true
            }
            previousText = text
            var next = i + 1
            while next < items.count, isSeparator(items[next]) { next += 1 }
            if next < items.count, case .line(let n) = items[next], n.origin == .textLine || n.startsBlock {
                if next == i + 1 { return nil }
                lines += 1
            }
            i += 1
        }
        guard lines >= minimumLines, !paragraphs || textForm || cellsPerLine else { return nil }
        return cellsPerLine ? .cellsPerLine : .lines
    }

    /// The three level headers on one line, in order: a form's header row as text, its cells
    /// apart or run together (`一级指标二级指标三级指标`, a copy that lost the cell borders). The
    /// third column may be headed by what it holds (`指标内容`, `指标名称`) instead of its level.
    static func isHeaderRow(_ text: String) -> Bool {
        guard let one = text.utf8Range(of: "一级指标"), let two = text[one.upperBound...].utf8Range(of: "二级指标") else {
            return false
        }
        let rest = text[two.upperBound...]
        return rest.utf8Range(of: "三级指标") != nil || rest.utf8Range(of: "指标内容") != nil
            || rest.utf8Range(of: "指标名称") != nil
    }

    /// A row of the indicator block written out whole, opening with its level-1 label and the
    /// level-2 label under it (`产出指标 数量指标 参保人数 ≥15万人 …`): a form pasted without its
    /// header row. Prose names the levels with words between (`产出指标中的数量指标`).
    static func isRowOpening(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars.prefix(24)).filter { $0 != " " }
        let string = String(String.UnicodeScalarView(scalars))
        guard let level1 = levelOneLabels.first(where: { string.hasPrefix($0) }) else { return false }
        let rest = string.dropFirst(level1.count)
        return levelTwoLabels.contains { rest.hasPrefix($0) }
    }

    static let levelOneLabels = ["产出指标", "效益指标", "满意度指标", "成本指标", "效果指标"]
    static let levelTwoLabels = ["数量指标", "质量指标", "时效指标", "成本指标", "经济效益", "社会效益", "生态效益",
                                 "可持续影响", "服务对象满意度", "经济成本", "社会成本", "生态环境成本"]

    /// Four cells or more between pipes: `| 产出指标 | 数量指标 | 参保人数 | ≥15万人 |`.
    static func isPipeRow(_ text: String) -> Bool {
        var pipes = 0
        for c in text.unicodeScalars where c == "|" || c == "｜" {
            pipes += 1
            if pipes >= 3 { return true }
        }
        return false
    }

    private static func isSeparator(_ item: BodyItem) -> Bool {
        if case .line(let l) = item { return l.raw.isEmpty }
        return false
    }
}
