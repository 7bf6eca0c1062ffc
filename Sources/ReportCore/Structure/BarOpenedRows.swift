/// Rows of a web table copied one cell a line, each cell's text closed by a bar and each row
/// opened by a bar alone on its line — the same line an empty cell gives:
///
///     |
///     一级指标 |
///     二级指标 |
///     …
///     |
///     产出指标(50分) |
///     数量指标 |
///     …
///     |            (the row's empty last cell)
///     |            (the next row's opening bar)
///     |            (its empty 一级指标, merged above)
///
/// Read as cells, the opening bars are empty cells too, one more in every row, and the rows drift
/// one column on each time. Where an indicator header stands so (an opening bar, then its words
/// each closed by a bar, then a bar), every row holds the header's count of cells after its
/// opening bar: when, counted so from the header on, every row's first line is a bar alone, the
/// rows are joined into the pipe rows the table readers know, empty cells kept in place. The
/// first group that does not start with a bar ends the rows; the lines from there are left as
/// they are. A copy whose bars only close cells (no opening bar) fails the count and is left to
/// the cell-per-line reader.
enum BarOpenedRows {
    /// Header words a header must hold, one of them a level or name word.
    static let minimumHeaderWords = 4
    /// Rows after the header: two, so that the count is checked at least twice.
    static let minimumRows = 2

    static func join(_ items: [BodyItem]) -> [BodyItem] {
        // Most documents hold no bar alone on a line: nothing to do.
        guard items.contains(where: { token($0) == .bar }) else { return items }
        var out: [BodyItem] = []
        out.reserveCapacity(items.count)
        var i = 0
        while i < items.count {
            guard let width = headerWidth(at: i, items) else { out.append(items[i]); i += 1; continue }
            var rows: [[String]] = []
            var j = i
            while let cells = group(at: j, width: width, items) {
                rows.append(cells)
                j += width + 1
            }
            guard rows.count >= 1 + minimumRows else { out.append(items[i]); i += 1; continue }
            var page: Int?
            if case .line(let l) = items[i] { page = l.page }
            for cells in rows {
                let raw = "| " + cells.joined(separator: " | ") + " |"
                out.append(.line(SourceLine(raw: raw, origin: .textLine, page: page, emphasized: false, startsBlock: false)))
            }
            i = j
        }
        return out
    }

    enum Token: Equatable {
        case bar
        case cell(String)
    }

    /// A bar alone (`|`), or a cell's text closed by the one bar of its line (`数量指标 |`).
    static func token(_ item: BodyItem) -> Token? {
        guard case .line(let line) = item else { return nil }
        let t = line.text
        guard let last = t.last, last == "|" || last == "｜" else { return nil }
        let bars = t.count(where: { $0 == "|" || $0 == "｜" })
        guard bars == 1 else { return nil }
        let text = String(t.dropLast()).trimmingWhitespace()
        return text.isEmpty ? .bar : .cell(text)
    }

    /// The count of an indicator header's cells starting at `i`: an opening bar, header words
    /// closed by bars, then the bar opening the first row.
    static func headerWidth(at i: Int, _ items: [BodyItem]) -> Int? {
        guard token(items[i]) == .bar else { return nil }
        var words: [String] = []
        var k = i + 1
        while k < items.count, case .cell(let text)? = token(items[k]) {
            words.append(text)
            k += 1
        }
        guard k < items.count, token(items[k]) == .bar, words.count >= minimumHeaderWords else { return nil }
        let headerWords = words.filter(ColumnRole.isHeaderWord)
        let levels: [ColumnRole] = [.level1, .level2, .name]
        guard headerWords.count >= minimumHeaderWords,
              headerWords.contains(where: { levels.contains(ColumnRole.of(header: $0)) }) else { return nil }
        return words.count
    }

    /// The cells of the row whose opening bar is at `j`, or nil when the line there is no bar or
    /// fewer than `width` cells follow.
    static func group(at j: Int, width: Int, _ items: [BodyItem]) -> [String]? {
        guard j + width < items.count, token(items[j]) == .bar else { return nil }
        var cells: [String] = []
        for k in (j + 1)...(j + width) {
            switch token(items[k]) {
            case .bar?: cells.append("")
            case .cell(let text)?: cells.append(text)
            case nil: return nil
            }
        }
        return cells.contains(where: { !$0.isEmpty }) ? cells : nil
    }
}
