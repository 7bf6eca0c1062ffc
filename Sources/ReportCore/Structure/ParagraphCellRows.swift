/// A browser's copy of a web table whose cells hold paragraphs (Word's "save as web page", most
/// CMS editors): the browser writes a tab between cells, but each `<p>` also asks for a blank
/// line before and after it, so a cell's text, the tab and the next cell's text stand on lines
/// of their own (`项目名称` · blank · tab · blank · `城乡居民医保…`), paragraphs of one cell are
/// one blank line apart, and a row ends in a run of blank lines (the row's line break between
/// two paragraphs' margins).
///
/// Read line by line, the tabs are blank lines and every cell a paragraph of its own, so a
/// goal cell's items and the cell beside them run together. Here each row is put back on one
/// line as a spreadsheet writes it (cells between tabs, a cell of several paragraphs quoted, its
/// paragraphs one line each), for the tab-separated readers to take its cells.
///
/// Only a copy showing the signature is rewritten: at least `minimumSeparators` lines holding
/// nothing but a tab. A group of lines is one row where it holds a tab and a blank line between
/// its lines (a paragraph margin); groups are split at two or more blank lines. Copies of
/// tables whose cells hold plain text put a row on each line and are left as they are.
enum ParagraphCellRows {
    static let minimumSeparators = 3

    static func joined(_ items: [BodyItem]) -> [BodyItem] {
        guard items.count(where: isSeparator) >= minimumSeparators else { return items }
        // The groups of lines between runs of blank lines, each a row or not.
        var groups: [(range: Range<Int>, cells: [[String]]?)] = []
        var i = 0
        while i < items.count {
            guard case .line(let line) = items[i], line.origin == .textLine, !isMargin(line) else {
                i += 1
                continue
            }
            let end = groupEnd(items, from: i)
            let lines = items[i..<end].compactMap { item -> SourceLine? in
                if case .line(let l) = item { return l } else { return nil }
            }
            groups.append((i..<end, cells(lines)))
            i = end
        }
        // A row of one cell between two rows (`按支出性质分：` across the funds table) has no tab:
        // it stays in the table's block, a line between its rows.
        for g in groups.indices.dropFirst().dropLast() where groups[g].cells == nil && groups[g].range.count == 1 {
            guard groups[g - 1].cells != nil, groups[g + 1].cells != nil,
                  onlyMargins(items[groups[g - 1].range.upperBound..<groups[g].range.lowerBound]),
                  onlyMargins(items[groups[g].range.upperBound..<groups[g + 1].range.lowerBound]),
                  case .line(let l) = items[groups[g].range.lowerBound] else { continue }
            groups[g].cells = [[l.text]]
        }
        var out: [BodyItem] = []
        out.reserveCapacity(items.count)
        var copied = 0
        for (g, group) in groups.enumerated() {
            guard var cells = group.cells, case .line(let template) = items[group.range.lowerBound] else { continue }
            let afterRow = g > 0 && groups[g - 1].cells != nil && onlyMargins(items[copied..<group.range.lowerBound])
            let beforeRow = g + 1 < groups.count && groups[g + 1].cells != nil
                && onlyMargins(items[group.range.upperBound..<groups[g + 1].range.lowerBound])
            // Rows of one table follow each other without the blank lines between them, so the
            // tab-separated readers see one block.
            out += afterRow ? [] : items[copied..<group.range.lowerBound]
            func line(_ text: String) -> BodyItem {
                var l = template
                l.raw = text
                return .line(l)
            }
            // A paragraph before a table stands one blank line above its first cell, as a
            // cell's own paragraphs do: a table's first cell is taken as one paragraph, the
            // ones above it are lines. So is a note below a table's last cell, where no other
            // cell of that row holds more than one paragraph.
            var after: [String] = []
            if !afterRow, cells[0].count > 1 {
                out += cells[0].dropLast().filter { !$0.isEmpty }.map(line)
                cells[0] = [cells[0].last!]
            }
            if !beforeRow, cells[cells.count - 1].count > 1, cells.dropLast().allSatisfy({ $0.count(where: { !$0.isEmpty }) <= 1 }) {
                after = cells[cells.count - 1].dropFirst().filter { !$0.isEmpty }
                cells[cells.count - 1] = [cells[cells.count - 1][0]]
            }
            out += written(cells.map { $0.filter { !$0.isEmpty } }).map(line)
            out += after.map(line)
            copied = group.range.upperBound
        }
        out += items[copied...]
        return out
    }

    private static func onlyMargins(_ items: ArraySlice<BodyItem>) -> Bool {
        items.allSatisfy { if case .line(let l) = $0 { return l.origin == .textLine && isMargin(l) } else { return false } }
    }

    /// A paragraph's margin: an empty line. A line of only `&nbsp;` is an empty cell's text.
    private static func isMargin(_ line: SourceLine) -> Bool {
        line.raw.unicodeScalars.allSatisfy { $0 == " " || $0 == "\r" }
    }

    /// A line holding only a tab (and spaces): the cell boundary between two paragraphs' margins.
    static func isSeparator(_ item: BodyItem) -> Bool {
        guard case .line(let l) = item, l.origin == .textLine else { return false }
        return l.isBlank && l.raw.utf8.contains(0x09)
    }

    /// The item after the group starting at `start`: it ends before two empty lines in a row,
    /// before a table, or at a line of another origin.
    private static func groupEnd(_ items: [BodyItem], from start: Int) -> Int {
        var i = start
        while i < items.count, case .line(let l) = items[i], l.origin == .textLine {
            if isMargin(l) {
                var k = i
                while k < items.count, case .line(let b) = items[k], b.origin == .textLine, isMargin(b) { k += 1 }
                guard k - i < 2, k < items.count, case .line = items[k] else { return i }
            }
            i += 1
        }
        return i
    }

    /// The group's cells, each its paragraphs, or nil where it is no row: no tab, or no
    /// paragraph margin between its lines.
    private static func cells(_ group: [SourceLine]) -> [[String]]? {
        guard group.contains(where: { $0.raw.utf8.contains(0x09) }), group.contains(where: isMargin) else { return nil }
        let text = group.map(\.raw).joined(separator: "\n")
        // A line of only `&nbsp;` is an empty cell's paragraph: kept (as "") so that a note one
        // blank line under an empty last cell is not taken for that cell's text.
        let cells = text.split(separator: "\t", omittingEmptySubsequences: false).map { cell in
            cell.split(separator: "\n").filter { !$0.unicodeScalars.allSatisfy { $0 == " " || $0 == "\r" } }
                .map { String($0).trimmingWhitespace() }
        }
        return cells.count >= 2 ? cells : nil
    }

    /// A row as a spreadsheet writes it: cells between tabs, a cell of several paragraphs
    /// quoted (quotes inside doubled) with a line each.
    private static func written(_ cells: [[String]]) -> [String] {
        let row = cells.map { paragraphs -> String in
            let joined = paragraphs.joined(separator: "\n")
            guard paragraphs.count > 1 || joined.hasPrefix("\"") else { return joined }
            return "\"" + joined.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return row.joined(separator: "\t").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
