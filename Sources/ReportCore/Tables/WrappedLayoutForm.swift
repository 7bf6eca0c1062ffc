/// The indicator block of a `pdftotext -layout` dump of a printed form (Word, a spreadsheet, a
/// web page printed to PDF) whose cells wrap over lines, read as a table by where its characters
/// stand.
///
/// Printed forms have narrow columns: the header's words wrap (`一级指` / `标`, `偏差原` / `因分析` /
/// `及改进`), so does every name and target, and a row's figures stand on one of its lines. No
/// line alone names the columns, and a run of spaces is no cell boundary (a cell fills its column:
/// `产出指 数量指标` stand one space apart). What holds is where each piece stands: the header's
/// pieces, stacked in their columns, overlap one another, so the union of their spans gives the
/// columns; every body piece goes to the column it overlaps; `LayoutRows` then makes the rows
/// (the lines with figures are rows, the other lines join the nearest) and spreads merged level
/// labels over their rows.
///
/// Where a column stands is counted in characters: pdftotext gives every character, CJK too, one
/// column. Both counts are tried; a block whose body stands under its header longer when CJK
/// counts two columns was aligned by display width (typed, or generated so) and is left to the
/// layout reader of lines, which counts that way.
enum WrappedLayoutForm {
    /// A run of non-space characters and the columns it covers.
    struct Token: Equatable {
        var text: String
        var start: Int
        var end: Int
    }

    /// The tokens of a line split at every space, columns counted one a character, or by display
    /// width when `wide` (CJK two).
    static func tokens(_ raw: String, wide: Bool) -> [Token] {
        var out: [Token] = []
        var text = String.UnicodeScalarView()
        var start = 0
        var column = 0
        for u in raw.unicodeScalars {
            if u.isSpaceLike {
                if !text.isEmpty { out.append(Token(text: String(text), start: start, end: column)); text = .init() }
                column += wide && u == "\u{3000}" ? 2 : 1
                continue
            }
            if text.isEmpty { start = column }
            text.append(u)
            column += wide ? LayoutRows.width(u) : 1
        }
        if !text.isEmpty { out.append(Token(text: String(text), start: start, end: column)) }
        return out
    }

    /// Column spans: the union of overlapping or touching token spans, left to right.
    static func spans(_ tokens: [Token]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for t in tokens.sorted(by: { $0.start < $1.start }) {
            // Pieces that touch are one column's too (`执行` / `率` set one character right).
            if let last = out.last, t.start <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, t.end)
            } else {
                out.append(t.start..<t.end)
            }
        }
        return out
    }

    /// The column a token goes to: the one it overlaps most, else the nearest.
    static func column(of t: Token, in spans: [Range<Int>]) -> Int {
        var best = 0
        var bestScore = Int.min
        for (k, s) in spans.enumerated() {
            let overlap = min(t.end, s.upperBound) - max(t.start, s.lowerBound)
            if overlap > bestScore { best = k; bestScore = overlap }
        }
        return best
    }

    /// Replaces each wrapped indicator block among plain-text lines by its table.
    static func lift(_ items: [BodyItem]) -> [BodyItem] {
        var out: [BodyItem] = []
        var i = 0
        while i < items.count {
            if case .line(let l) = items[i], l.origin == .textLine, mayStartHeader(l.raw), let (grid, next) = read(items, at: i) {
                out.append(.table(grid))
                i = next
                continue
            }
            out.append(items[i])
            i += 1
        }
        return out
    }

    /// Cheap test first: a header's first line holds a piece of its level, column or caption words.
    private static func mayStartHeader(_ raw: String) -> Bool {
        raw.unicodeScalars.contains { headerScalars.contains($0) }
    }

    /// Characters a header's first line holds one of: 一级指, 偏差原, 绩效, 全年预, 年初, 执行, 资金….
    private static let headerScalars: Set<Unicode.Scalar> = Set("指级偏绩预执资年".unicodeScalars)

    /// Labels of a form's head block, above its funds block.
    private static let headLabels = ["项目名称", "资金名称", "支付名称", "主管部门", "主管单位", "实施单位", "使用单位", "单位名称", "部门名称", "填报单位", "填报日期"]

    private static func plainLine(_ item: BodyItem) -> SourceLine? {
        if case .line(let l) = item, l.origin == .textLine { return l }
        return nil
    }

    private static func isFundsHeader(_ lines: [String]) -> Bool {
        (header(lines, wide: false) ?? header(lines, wide: true))?.contains { $0.role == .amount } ?? false
    }

    /// Whether a token is a figure or a comparison: a body's, never a header's.
    static func isFigure(_ text: String) -> Bool {
        let kind = CellKind.of(text)
        return [.number, .percent, .quantity, .operatorSign].contains(kind)
    }

    /// The header lines at `start`: consecutive lines with no figure and no level label, at most
    /// six; the block's columns and their names.
    static func header(_ lines: [String], wide: Bool) -> [LayoutRows.Column]? {
        let tokenLines = lines.map { tokens($0, wide: wide) }
        let all = tokenLines.flatMap { $0 }
        let columnSpans = spans(all)
        guard columnSpans.count >= 3 else { return nil }
        var names = Array(repeating: "", count: columnSpans.count)
        var linesOf = Array(repeating: Set<Int>(), count: columnSpans.count)
        for (l, line) in tokenLines.enumerated() {
            for t in line {
                let k = column(of: t, in: columnSpans)
                names[k] += t.text
                linesOf[k].insert(l)
            }
        }
        // The header wraps: words stacked over lines in a column at least. A header whose every
        // word stands on one line is the layout reader's (`TextFormReader`).
        guard linesOf.contains(where: { $0.count >= 2 }) else { return nil }
        let roles = names.map { FormHeader.role($0) ?? .other }
        guard roles.filter({ $0 == .other }).count * 3 <= roles.count else { return nil }
        switch FormHeader.kind(of: names.filter { FormHeader.role($0) != nil && FormHeader.role($0) != .stub }) {
        case .indicators:
            guard roles.filter({ [.level1, .level2, .name].contains($0) }).count >= 2,
                  roles.contains(where: { [.target, .actual].contains($0) }) else { return nil }
        case .funds:
            guard roles.filter({ [.amount, .rate].contains($0) }).count >= 2 else { return nil }
        default:
            return nil
        }
        return zip(columnSpans, zip(names, roles)).map { LayoutRows.Column(name: $0.1.0, role: $0.1.1, start: $0.0.lowerBound, end: $0.0.upperBound) }
    }

    /// The block whose header starts on `items[start]`, and the item after it.
    static func read(_ items: [BodyItem], at start: Int) -> (TableGrid, Int)? {
        // Header lines: consecutive, no figure, no level label.
        var headerLines: [String] = []
        var k = start
        while k < items.count, headerLines.count < 8, let l = plainLine(items[k]), !l.isBlank {
            let ts = tokens(l.raw, wide: false)
            if ts.contains(where: { isFigure($0.text) || IndicatorLevels.level1(of: $0.text.compacted) != nil }) { break }
            // The form's head (主管部门, 实施单位…) is no block's header: a header starts below it.
            if ts.contains(where: { t in headLabels.contains { t.text.includes($0) } }) { return nil }
            headerLines.append(l.raw)
            k += 1
        }
        guard headerLines.count >= 2, headerLines.count < 8 || k >= items.count || plainLine(items[k])?.isBlank != false else { return nil }
        // Body lines: down to a closing label, prose, a heading or the next block.
        var body: [String] = []
        var ends: [Int] = []
        var j = k
        var sawTotal = false
        let funds = isFundsHeader(headerLines)
        while j < items.count, body.count < 400, let l = plainLine(items[j]) {
            // Blank lines inside the block stay: they part rows printed with padding.
            if l.isBlank { if !body.isEmpty { body.append(""); ends.append(j + 1) }; j += 1; continue }
            let c = l.text.compacted
            // The funds block ends at the next block's label or header (年度目标, 年初设定目标,
            // 绩效指标, 一级指): a line of words, no figure, no source of funds (the caption
            // `项目资` / `金（万` may stand beside one).
            if funds, body.count > 0, case let ts = tokens(l.raw, wide: false), !ts.contains(where: { isFigure($0.text) }),
               ts.contains(where: { t in ["目标", "指标", "一级", "绩效", "二级"].contains { t.text.includes($0) } })
                || ts.first.map({ t in ["年度", "项目", "总体"].contains { t.text.hasPrefix($0) } }) == true,
               !ts.contains(where: { FundsReader.isFundsItem($0.text) || FundsReader.isGroupLabel($0.text) }) { break }
            if TextFormReader.startsWithClosingLabel(c) || TextFormReader.isProse(l.text) || c.hasPrefix("评价") { break }
            if let (n, _) = HeadingNumber.parse(l.text), n.style <= .parenChinese, c.count >= 4 { break }
            if sawTotal, tokens(l.raw, wide: false).contains(where: { !isFigure($0.text) }) { break }
            if ScoresReader.totalLabels.contains(where: { c.hasPrefix($0) }) { sawTotal = true }
            body.append(l.raw)
            j += 1
            ends.append(j)
        }
        while body.last == "" { body.removeLast(); ends.removeLast() }
        guard !body.isEmpty else { return nil }
        // Which count of columns sets the body under the header, and how far: a page printed at
        // another scale (a spreadsheet's next page) no longer stands under it, and is left to
        // the readers of lines.
        var best: (columns: [LayoutRows.Column], wide: Bool, lines: Int)?
        for wide in [false, true] {
            guard let columns = header(headerLines, wide: wide) else { continue }
            let n = fittingPrefix(body.map { tokens($0, wide: wide) }, columns)
            if n > (best?.lines ?? 1) { best = (columns, wide, n) }
        }
        // A block aligned in display columns was typed or generated so, not dumped by pdftotext:
        // the layout readers of lines (`TextFormReader`, `GoalsBlockFinder`) read it.
        guard let chosen = best, !chosen.wide else { return nil }
        body = Array(body.prefix(chosen.lines))
        let end = ends[chosen.lines - 1]
        if chosen.columns.contains(where: { $0.role == .amount }) {
            return FundsLayout.grid(body.map { tokens($0, wide: chosen.wide) }, header: chosen.columns).map { ($0, end) }
        }
        let columns = chosen.columns
        let columnSpans = columns.map { $0.start..<$0.end }
        let lines: [[LayoutRows.Piece]] = body.map { raw in
            var cells: [Int: String] = [:]
            for t in tokens(raw, wide: chosen.wide) {
                let c = column(of: t, in: columnSpans)
                cells[c] = cells[c].map { joinWrapped($0, t.text, space: true) } ?? t.text
            }
            return cells.keys.sorted().map { LayoutRows.Piece(text: cells[$0]!, start: columns[$0].start, end: columns[$0].end) }
        }
        let rows = LayoutRows.rows(lines, columns: columns, wrappedFigures: true)
        guard !rows.isEmpty else { return nil }
        let cells = rows.map { row in
            row.map { cell in (cell ?? "").split(separator: "\n").map(String.init).reduce("") { joinWrapped($0, $1, space: false) } }
        }
        return (TableGrid(rows: [columns.map(\.name)] + cells, headerRowCount: 1, positional: true), end)
    }

    /// The most body lines from the top whose pieces, three in four at least, stand under a
    /// header column. Only pieces from the first level or amount column on count: a funds
    /// block's row labels stand under no header word.
    static func fittingPrefix(_ lines: [[Token]], _ columns: [LayoutRows.Column]) -> Int {
        let from = columns.first { [.level1, .level2, .name, .amount, .rate].contains($0.role) }?.start ?? 0
        var hits = 0
        var total = 0
        var n = 0
        for (i, all) in lines.enumerated() {
            let line = all.filter { $0.end > from }
            total += line.count
            hits += line.filter { t in columns.contains { t.start < $0.end && $0.start < t.end } }.count
            if hits * 4 >= total * 3 { n = i + 1 }
        }
        return n
    }

    /// Two pieces of one cell: a wrapped line's text goes on without a space, except between two
    /// Latin words; pieces of one line keep a space between figures (`≥ 200`, `14 人`).
    static func joinWrapped(_ a: String, _ b: String, space: Bool) -> String {
        guard let x = a.unicodeScalars.last, let y = b.unicodeScalars.first else { return a + b }
        let latin = { (u: Unicode.Scalar) in u.properties.isAlphabetic && u.value < 0x2E80 }
        if latin(x) && latin(y) { return a + " " + b }
        if space, !x.properties.isIdeographic || !y.properties.isIdeographic { return a + " " + b }
        return a + b
    }
}
