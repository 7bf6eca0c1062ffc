import Foundation

/// Finds tables among lines of text, for every plugin that hands core lines (text; PDF and HTML
/// where they fall back to lines).
///
/// The funds and indicator blocks of a self-evaluation form are read by one reader,
/// `TextFormReader`, whatever the shape of the copy (one cell per line, pipe rows, layout runs of
/// spaces, single spaces, a whole form on one line): their header is found by its vocabulary and
/// their cells are placed in columns by what each holds. The goals block (年度总体目标) is found
/// by `GoalsBlockFinder`. Other tables (the form's head, 资金管理, tables of other vocabularies)
/// keep their rows as the lines gave them: pipe-separated
/// rows, or whitespace rows (indented, cells split by spaces, wrapped cells continuing on
/// unindented lines). Those are not positional; the interpreter places their cells.
enum TextTableFinder {
    static func find(in items: [BodyItem]) -> [BodyItem] {
        let items = runTogetherBlocksApart(items)
        var out: [BodyItem] = []
        var i = 0
        while i < items.count {
            guard case .line = items[i] else { out.append(items[i]); i += 1; continue }
            var end = i
            while end < items.count, case .line = items[end] { end += 1 }
            out += findInRun(items, i..<end)
            i = end
        }
        return out
    }

    /// A line that runs a form's indicator block together with what precedes it (its title,
    /// head and funds, run together too): two lines, the text before the block and the block, so
    /// that the block is read from its header and the text before as the line it was.
    private static func runTogetherBlocksApart(_ items: [BodyItem]) -> [BodyItem] {
        var out: [BodyItem] = []
        out.reserveCapacity(items.count)
        for item in items {
            guard case .line(let l) = item, let (before, block) = RunTogetherForm.split(l.raw) else { out.append(item); continue }
            if let b = before {
                var first = l
                first.raw = b
                out.append(.line(first))
            }
            var second = l
            second.raw = block
            out.append(.line(second))
        }
        return out
    }

    /// The tables of a run of consecutive lines.
    private static func findInRun(_ items: [BodyItem], _ run: Range<Int>) -> [BodyItem] {
        var cells: [TextCell] = []
        // The first cell of each line of the run, by item index (the cell count when none).
        var firstCell: [Int] = []
        var singles = 0
        // The header roles of a run-together form (`RunTogetherForm`) whose rows the next line may
        // go on with.
        var runTogether: [ColumnRole]?
        for i in run {
            firstCell.append(cells.count)
            guard case .line(let l) = items[i] else { continue }
            var split = TextCells.split(l.raw)
            if let cut = RunTogetherForm.cells(l.raw) {
                split = cut
                runTogether = RunTogetherForm.headerRoles(cut)
            } else if let roles = runTogether, let cut = RunTogetherForm.continuation(l.raw, roles: roles) {
                split = cut
            } else {
                runTogether = nil
            }
            // A merged label written one character a line (绩 / 效 / 指 / 标) is one cell.
            if split.count == 1, split[0].count == 1, split[0].unicodeScalars.first!.properties.isIdeographic {
                singles += 1
                if singles >= 2, let last = cells.last, last.lineCells == 1, last.text.count == singles - 1 {
                    cells[cells.count - 1].text += split[0]
                    continue
                }
            } else if !split.isEmpty {
                singles = 0
            }
            for (k, text) in split.enumerated() {
                cells.append(TextCell(text: text, item: i, startsLine: k == 0, lineCells: split.count))
            }
        }
        firstCell.append(cells.count)
        func cellRange(_ item: Int) -> Range<Int> { firstCell[item - run.lowerBound]..<firstCell[item - run.lowerBound + 1] }

        func raw(_ item: Int) -> String { if case .line(let l) = items[item] { return l.raw } else { return "" } }
        var forms: [Int: (form: TextFormReader.Form, at: Int)?] = [:]
        /// The form whose header starts on line `item`, if any.
        func form(at item: Int) -> (form: TextFormReader.Form, at: Int)? {
            if let known = forms[item] { return known }
            // A header holds one of these words; a line with none of them starts no form.
            let line = raw(item)
            guard holdsHeaderKeyword(line) else { forms[item] = .some(nil); return nil }
            var found: (form: TextFormReader.Form, at: Int)?
            for c in cellRange(item) {
                if let f = TextFormReader.read(cells, at: c, raw: raw) { found = (f, c); break }
            }
            forms[item] = found
            return found
        }

        var out: [BodyItem] = []
        var i = run.lowerBound
        // A whitespace region that failed is not tried again from each of its lines: that would
        // be quadratic on long indented dumps.
        var noWhitespaceTableBefore = run.lowerBound
        var noHeaderlessRowsBefore = run.lowerBound
        var noPipeTableBefore = run.lowerBound
        let formStarts: (Int) -> Bool = { form(at: $0) != nil }
        while i < run.upperBound {
            guard case .line(let line) = items[i] else { i += 1; continue }
            if let (f, at) = form(at: i) {
                let lineCells = cellRange(i)
                // The form's head rows (项目名称 …, 主管部门 … 实施单位 …) on the lines right above its
                // header, and cells before the header on its own line, are rows of its table, as
                // in the markup the copy was made from.
                var head: [[String]] = []
                while i - head.count - 1 >= run.lowerBound, case .line(let above)? = out.last, above.origin == line.origin,
                      cellRange(i - head.count - 1).count >= 2,
                      case .line(let source) = items[i - head.count - 1], source.raw == above.raw,
                      // The form's title split at its spaces (`某局 2023 年度…自评表`) is no head row.
                      TitleWords.strength(above.raw) != .strong {
                    head.insert(TextCells.split(above.raw), at: 0)
                    out.removeLast()
                }
                if at > lineCells.lowerBound {
                    var before = cells[lineCells.lowerBound..<at].map(\.text)
                    // A whole form on one line starts with its title (`附件: 项目支出绩效自评表
                    // (2022年度) 项目名称 …`): a line of its own, as in the markup it was copied from.
                    if let (lead, n) = titleCells(before) {
                        // What stands before the title (a document's properties that a converter
                        // printed first: author, timestamps, an identifier) stays a line of its own.
                        if lead > 0 {
                            var rest = line
                            rest.raw = before[..<lead].joined(separator: " ")
                            out.append(.line(rest))
                            before.removeFirst(lead)
                        }
                        var title = line
                        title.raw = before[..<n].reduce("") { t, c in
                            // Words of a Latin title keep their space; Han and brackets join.
                            let gap = t.unicodeScalars.last.map { $0.isASCII && $0.properties.isAlphabetic } == true
                                && c.unicodeScalars.first.map { $0.isASCII && $0.properties.isAlphabetic } == true
                            return t + (gap ? " " : "") + c
                        }
                        out.append(.line(title))
                        before.removeFirst(n)
                    }
                    if !before.isEmpty { head.append(before) }
                }
                var grid = f.grid
                if !head.isEmpty { grid = TableGrid(rows: head + grid.rows, positional: true) }
                grid.page = line.page
                out.append(.table(grid))
                if f.end >= cells.count {
                    i = run.upperBound
                } else if cells[f.end].startsLine {
                    // Blank lines after the last cell read stay lines.
                    i = cells[f.end - 1].item + 1
                } else {
                    // The form ended inside a line (a whole form on one line): the rest of the line
                    // may hold the next block (年度总体目标 … 绩效指标 一级指标 …) or closing text.
                    var e = f.end
                    while e < cells.count, !cells[e].startsLine {
                        let endItem = cells[e].item
                        let lineEnd = cellRange(endItem).upperBound
                        guard case .line(var rest) = items[endItem] else { break }
                        var next: (form: TextFormReader.Form, at: Int)?
                        for c in e..<lineEnd { if let g = TextFormReader.read(cells, at: c, raw: raw) { next = (g, c); break } }
                        let textEnd = next?.at ?? lineEnd
                        if textEnd > e {
                            rest.raw = cells[e..<textEnd].map(\.text).joined(separator: " ")
                            // The goals block between the funds and the indicators, on the same line.
                            if let (goals, _) = GoalsBlockFinder.find([.line(rest)], at: 0, before: 1, stop: { _ in false }) {
                                var g = goals
                                g.page = rest.page
                                out.append(.table(g))
                            } else {
                                out.append(.line(rest))
                            }
                        }
                        guard let g = next else { e = lineEnd; break }
                        var grid = g.form.grid
                        grid.page = rest.page
                        out.append(.table(grid))
                        e = g.form.end
                    }
                    i = e >= cells.count ? run.upperBound : (cells[e].startsLine ? cells[e - 1].item + 1 : cells[e].item + 1)
                }
                continue
            }
            if i >= noHeaderlessRowsBefore {
                switch HeaderlessRowsFinder.find(items, at: i, before: run.upperBound, stop: formStarts) {
                case .rows(let rows):
                    var g = rows.grid
                    g.page = line.page
                    out.append(.table(g))
                    if let rest = rows.rest { out.append(.line(rest)) }
                    i = rows.next
                    continue
                case .rejected(let notBefore): noHeaderlessRowsBefore = notBefore
                case nil: break
                }
            }
            var found = GoalsBlockFinder.find(items, at: i, before: run.upperBound, stop: formStarts)
            if found == nil, i >= noPipeTableBefore {
                found = pipeTable(items, at: i, before: run.upperBound, stop: formStarts, rejectedUntil: &noPipeTableBefore)
            }
            if found == nil, i >= noWhitespaceTableBefore {
                switch whitespaceTable(items, at: i, before: run.upperBound, stop: formStarts) {
                case .table(let grid, let next): found = (grid, next)
                case .rejected(let regionEnd): noWhitespaceTableBefore = regionEnd
                case .none: break
                }
            }
            if let (grid, next) = found {
                var g = grid
                g.page = line.page
                out.append(.table(g))
                i = next
                continue
            }
            var plain = line
            // A copy that closes each cell with ` |` (`医疗救助补助资金 |`), outside any table it
            // holds: the line reads as the same copy without the bar would.
            if pipeCount(plain.raw) == 1, let last = plain.raw.trimmingWhitespace().unicodeScalars.last, last == "|" || last == "｜" {
                plain.raw = String(String.UnicodeScalarView(plain.raw.trimmingWhitespace().unicodeScalars.dropLast())).trimmingWhitespace()
            }
            out.append(.line(plain))
            i += 1
        }
        return out
    }

    /// Which of the cells before a form's header, on its line, make the form's title: from the
    /// first cell that starts one, the most that still end like one (`项目支出绩效自评表`,
    /// `(2022年度)`), when the cells after them are the form's head (项目名称 …), not more title.
    /// Cells before the title (`安福全 2019-05-22T04:56:35Z … False`) are none of it.
    static func titleCells(_ cells: [String]) -> (lead: Int, count: Int)? {
        for lead in 0..<min(cells.count, 40) {
            var best: Int?
            var joined = ""
            for n in 1...min(cells.count - lead, 6) {
                joined += cells[lead + n - 1]
                if TitleWords.strength(joined) == .strong { best = n }
            }
            if let n = best { return (lead, n) }
            // Only property values go before a title: Latin codes, figures, dates, a short name.
            let c = cells[lead]
            guard c.unicodeScalars.allSatisfy(\.isASCII) || (c.count <= 4 && !c.containsDigit) else { return nil }
        }
        return nil
    }

    /// Words of which every form header holds at least one, on the line where it starts.
    static let headerKeywords = ["指标", "预算", "执行", "资金", "项目", "得分", "分值", "权重", "完成", "一级", "二级", "三级", "年度", "全年"]

    /// The keywords as pairs of scalars (each is two characters), so a line is tested for all
    /// of them in one pass: this runs on every line of every report.
    private static let headerKeywordPairs: Set<UInt64> = Set(headerKeywords.map { word in
        let scalars = Array(word.unicodeScalars)
        precondition(scalars.count == 2, "a header keyword is two characters")
        return UInt64(scalars[0].value) << 32 | UInt64(scalars[1].value)
    })

    static func holdsHeaderKeyword(_ line: String) -> Bool {
        var previous: UInt64 = 0
        for scalar in line.unicodeScalars {
            switch scalar {
            // The keywords' second characters: only after one of them is the pair looked up.
            case "标", "算", "行", "金", "目", "分", "值", "重", "成", "级", "度", "年":
                if headerKeywordPairs.contains(previous << 32 | UInt64(scalar.value)) { return true }
            default: break
            }
            previous = UInt64(scalar.value)
        }
        return false
    }

    // MARK: - Pipe tables

    /// Counted over scalars, not Characters: this runs on every line, and a pipe is one scalar.
    static func pipeCount(_ s: String) -> Int { s.unicodeScalars.reduce(0) { $0 + ($1 == "|" || $1 == "｜" ? 1 : 0) } }

    /// - Parameter rejectedUntil: set to the end of the lines read when they make no table: a
    ///   table starting on any of them would read some of the same rows and be rejected for the
    ///   same reason (too few rows, no row of two cells), so they are not tried again one by one
    ///   (thousands of lines each closing one cell with ` |` took quadratic time).
    private static func pipeTable(_ items: [BodyItem], at start: Int, before limit: Int, stop: (Int) -> Bool,
                                  rejectedUntil: inout Int) -> (TableGrid, Int)? {
        var rows: [[String]] = []
        var i = start
        // Two-column tables written `a | b` have one pipe a line: a run of such lines counts.
        guard case .line(let first) = items[start], pipeCount(first.text) >= 1 else { return nil }
        var minimum = 2
        if pipeCount(first.text) == 1, start + 1 < items.count, case .line(let second) = items[start + 1], pipeCount(second.text) >= 1 {
            minimum = 1
        }
        while i < limit, case .line(let l) = items[i], pipeCount(l.text) >= minimum, i == start || !stop(i) {
            let t = l.text
            if !t.unicodeScalars.allSatisfy({ "|｜:-—".unicodeScalars.contains($0) || $0.properties.isWhitespace }) {  // markdown rule rows
                var cells = t.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "|" || $0 == "｜" })
                    .map { String($0).trimmingWhitespace() }
                if t.hasPrefix("|") || t.hasPrefix("｜"), cells.first == "" { cells.removeFirst() }
                rows.append(cells)
            }
            i += 1
        }
        guard rows.count >= 2 else { rejectedUntil = i; return nil }
        // Lines that each close one cell with ` |` (a copy's one cell per line) are lines, not a
        // table of one column: the title and head among them must stay readable as lines.
        guard rows.contains(where: { $0.lazy.filter { !$0.isEmpty }.count >= 2 }) else { rejectedUntil = i; return nil }
        return (TableGrid(rows: trimTrailingEmptyColumns(rows), positional: false), i)
    }

    // MARK: - Whitespace-separated rows

    private static func tokens(_ s: String, layout: Bool) -> [String] {
        let pieces: [String]
        if layout {
            pieces = s.components(separatedBy: "  ").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            return pieces
        }
        pieces = s.split(separator: " ", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
        var cells = pieces
        while cells.first == "" { cells.removeFirst() }
        while cells.last == "" { cells.removeLast() }
        return cells
    }

    private enum WhitespaceResult {
        case table(TableGrid, Int)
        /// The region starting here was looked at and is not a table; it ends at the index given.
        case rejected(Int)
    }

    private static func whitespaceTable(_ items: [BodyItem], at start: Int, before limit: Int, stop: (Int) -> Bool) -> WhitespaceResult? {
        guard case .line(let first) = items[start], first.origin == .textLine, first.raw.leadingIndent >= 1,
              tokens(first.raw, layout: false).filter({ !$0.isEmpty }).count >= 2 else { return nil }
        // The region: until a blank line.
        var region: [SourceLine] = []
        var i = start
        while i < limit, case .line(let l) = items[i], l.origin == .textLine, !l.isBlank, i == start || !stop(i) {
            region.append(l)
            i += 1
        }
        let indented = region.filter { $0.raw.leadingIndent >= 1 }
        let interiorGaps = indented.filter { $0.raw.trimmingWhitespace().includes("  ") }.count
        let layout = interiorGaps * 10 >= indented.count * 6
        var rows: [[String]] = []
        for l in region {
            let cells = tokens(l.raw, layout: layout)
            if l.raw.leadingIndent >= 1 || rows.isEmpty {
                rows.append(cells)
            } else if cells.count == 1, var last = rows.popLast() {
                // A wrapped cell goes on on an unindented line.
                if let k = last.lastIndex(where: { !$0.isEmpty }) { last[k] += "\n" + cells[0] } else { last.append(cells[0]) }
                rows.append(last)
            } else if var last = rows.popLast() {
                last.append(contentsOf: cells)
                rows.append(last)
            }
        }
        let multi = rows.filter { $0.filter { !$0.isEmpty }.count >= 2 }
        let headerLike = rows.contains { row in row.filter { ColumnRole.isHeaderWord($0.replacingOccurrences(of: "\n", with: "")) }.count >= 2 }
        // A block headed by its column names (年度总体目标 | 年初设定目标 | 全年实际完成情况)
        // is a table from its first row on.
        guard multi.count >= 3 || (headerLike && rows.count >= 2) else { return .rejected(i) }
        let cellLike = multi.count >= 4 && multi.allSatisfy { row in
            let ne = row.filter { !$0.isEmpty }
            return ne.count >= 3 && ne.map(\.count).reduce(0, +) / ne.count <= 15
        }
        guard headerLike || cellLike else { return .rejected(i) }
        return .table(TableGrid(rows: rows, positional: false), i)
    }

    private static func trimTrailingEmptyColumns(_ rows: [[String]]) -> [[String]] {
        let width = rows.map(\.count).max() ?? 0
        var keep = width
        while keep > 1, rows.allSatisfy({ $0.count < keep || $0[keep - 1].isEmpty }) { keep -= 1 }
        return rows.map { Array($0.prefix(keep)) }
    }
}
