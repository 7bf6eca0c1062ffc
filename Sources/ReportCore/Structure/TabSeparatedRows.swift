/// A form copied out of a spreadsheet (or saved from it as tab-separated text): one line a row,
/// cells between tabs, every row as wide as the sheet, an empty cell kept as nothing between
/// two tabs, and a cell holding line breaks quoted (`"1.参保率95%；` … `2.基金平衡。"`, a quote
/// inside doubled), as Excel's clipboard and its "text (tab delimited)" writer do.
///
/// Read as layout gaps, the tabs lose the empty cells (merged cells, blank results), so a row's
/// later cells slide left, and a quoted cell's lines run into the next rows. Read here as cells,
/// every cell keeps its column: rows that hold two or more cells, or one cell off the first
/// column (a row label under a merged band), are a table whose cells are positional; a row
/// holding one cell in the first column is a line of text (the title above the form, a note
/// below it, a section of a report kept in the sheet) where it opens or closes the block or is
/// too long or numbered for a label, and a table row (a label whose figures were left blank)
/// elsewhere.
///
/// Tabs that only align text to tab stops (a varying number of them between words) are not
/// cells: a block is read so only where at least `minimumRows` rows stand together, one of them
/// heads three or more columns with the templates' words, and every row is as wide as the
/// others, or, from a writer that leaves rows' trailing empty cells out (which keeps every
/// other cell in its column, and ends no row in an empty cell), rows keep empty cells in their
/// places. Words merely separated by tabs are left to the readers of text rows, which place
/// cells by what they hold; a browser's copy of a web table (ragged, since it leaves out the
/// cells merged cells cover, and ending rows in empty cells) to `BrowserTableCopy`.
enum TabSeparatedRows {
    static let minimumRows = 3
    /// A quoted cell may run over this many lines at most; past it the quote is text.
    static let maximumCellLines = 40
    /// A lone cell in the first column longer than this is text, not a row label.
    static let maximumLabelLength = 12

    static func lift(_ items: [BodyItem]) -> [BodyItem] {
        guard items.contains(where: { if case .line(let l) = $0 { return l.raw.utf8.contains(0x09) } else { return false } }) else {
            return items
        }
        var out: [BodyItem] = []
        out.reserveCapacity(items.count)
        var i = 0
        while i < items.count {
            guard case .line(let first) = items[i], first.origin == .textLine, first.raw.utf8.contains(0x09) else {
                out.append(items[i])
                i += 1
                continue
            }
            if let (rows, next) = read(items, from: i) {
                out += converted(rows, like: first)
                i = next
                continue
            }
            guard let end = rawRows(items, from: i)?.next else {
                out.append(items[i])
                i += 1
                continue
            }
            // Refused as a whole, the block is read once more from its first row that names
            // columns (a title's or metadata's rows above a form), and no more: trying it again
            // from every line would take time growing with the square of its length (a long
            // tab-separated table of other data).
            let header = (i + 1..<end).first { k in
                if case .line(let l) = items[k], l.raw.utf8.contains(0x09) { return namesColumns(plainCells(l.raw)) }
                return false
            } ?? end
            out += items[i..<header]
            if header < end, case .line(let line) = items[header], let (rows, next) = read(items, from: header) {
                out += converted(rows, like: line)
                i = next
            } else {
                out += items[header..<end]
                i = end
            }
        }
        return out
    }

    /// The block starting at `start` as a spreadsheet's copy, else as a browser's.
    private static func read(_ items: [BodyItem], from start: Int) -> (rows: [[String]], next: Int)? {
        block(items, from: start) ?? BrowserTableCopy.block(items, from: start)
    }

    /// The rows of a tab-separated block starting at `start`, padded to its width, and the item
    /// after it; nil when the lines there are no such block.
    static func block(_ items: [BodyItem], from start: Int) -> (rows: [[String]], next: Int)? {
        guard let (rows, i) = rawRows(items, from: start) else { return nil }
        let widest = rows.map(\.count).max() ?? 0
        // A form: a row heads three or more of its columns by the templates' words (年初预算数,
        // 三级指标, 实际完成值 …), where a page's metadata copied as tab-separated pairs or
        // tab-stop alignment holds none. Every row as wide as the sheet; or, from a writer that
        // leaves trailing empty cells out (so it ends no row in an empty cell), rows that keep
        // empty cells in their places. A browser's copy of a web table is ragged too, but
        // because it leaves out the cells merged cells cover, and it ends rows in empty cells
        // (a blank note, a blank score): `BrowserTableCopy` reads it.
        let aligned = rows.allSatisfy { $0.count == widest }
        // A browser's copy may end no row in an empty cell either: where its short rows' cells
        // fall under their headers only aligned on the right, it is left to `BrowserTableCopy`.
        let trimmedWriter = !aligned && rows.allSatisfy { $0.last != "" } && rows.contains(where: keepsEmptyCells)
            && !BrowserTableCopy.alignsRight(rows)
        guard rows.contains(where: namesColumns), aligned || trimmedWriter else { return nil }
        return (rows.map { $0 + Array(repeating: "", count: widest - $0.count) }, i)
    }

    /// The rows of the tab-separated lines starting at `start` (at least `minimumRows`), as
    /// found, and the item after them.
    /// `joiningItems`: a browser writes a cell's `<br>` lines unquoted, so such a cell breaks
    /// its row; where the next line (its first cell, or the whole of a line without a tab) goes
    /// on with the last cell (`BrowserTableCopy.joint`), it is joined to it, the line's further
    /// cells to its row.
    static func rawRows(_ items: [BodyItem], from start: Int, joiningItems: Bool = false) -> (rows: [[String]], next: Int)? {
        var rows: [[String]] = []
        var widest = 0
        var i = start
        // A row's first line holds a tab, or opens a quoted cell whose lines end in one; a short
        // label alone between two rows is a row whose trailing empty cells a writer left out.
        while i < items.count, case .line(let l) = items[i], l.origin == .textLine {
            // Pipes separate the cells of another copy (`| 产出指标 | …`), read by its own reader.
            if l.raw.unicodeScalars.contains(where: { $0 == "|" || $0 == "｜" }) { break }
            let previousCell = rows.last?.last ?? ""
            if l.raw.utf8.contains(0x09) || l.raw.utf8.first == UInt8(ascii: "\"") {
                guard let (cells, next) = row(items, from: i), cells.count >= 2 else { break }
                if joiningItems, let last = rows.last,
                   let joint = BrowserTableCopy.joint(of: previousCell, and: cells[0], rowIsShort: last.count < widest) {
                    rows[rows.count - 1][last.count - 1] += joint + cells[0]
                    rows[rows.count - 1] += cells.dropFirst()
                } else {
                    rows.append(cells)
                }
                widest = max(widest, rows[rows.count - 1].count)
                i = next
            } else if joiningItems, let last = rows.last, !l.isBlank,
                      let joint = BrowserTableCopy.joint(of: previousCell, and: l.text, lineHasNoTab: true) {
                rows[rows.count - 1][last.count - 1] += joint + l.text
                i += 1
            } else if !rows.isEmpty, i + 1 < items.count, case .line(let after) = items[i + 1], after.origin == .textLine,
                      let label = loneLabel(l.raw),
                      after.raw.utf8.contains(0x09) || (joiningItems && CutFormWords.progress(label) == .partial) {
                // (A form word's first piece, its rest on the lines after it, is such a label.)
                rows.append([label])
                i += 1
            } else {
                break
            }
        }
        guard rows.count >= minimumRows else { return nil }
        return (rows, i)
    }

    /// A short label alone on its line: no heading number, no figure, no sentence.
    private static func loneLabel(_ raw: String) -> String? {
        let text = raw.trimmingWhitespace()
        guard !text.isEmpty, text.count <= maximumLabelLength, HeadingNumber.parse(text) == nil,
              !text.containsDigit, !text.hasSuffix("。") else { return nil }
        return text
    }

    /// An empty cell before a filled one: a copy that keeps every cell's place (under a merged
    /// label, a result left blank). Text that only separates its words by tabs has none.
    static func keepsEmptyCells(_ cells: [String]) -> Bool {
        guard let last = cells.lastIndex(where: { !$0.isEmpty }) else { return false }
        return cells[..<last].contains("")
    }

    /// Three or more cells of the row head a form's columns.
    static func namesColumns(_ cells: [String]) -> Bool {
        cells.count { !$0.isEmpty && ![.other, .stub].contains(ColumnRole.of(header: $0)) } >= 3
    }

    /// The cells of the row starting on line `start` and the item after it. A quoted cell that
    /// does not close on its line goes on over the next lines; one that never closes (within
    /// `maximumCellLines`) was no quoted cell, and the line is read with its quotes as text.
    static func row(_ items: [BodyItem], from start: Int) -> (cells: [String], next: Int)? {
        guard case .line(let first) = items[start] else { return nil }
        var text = first.raw
        var next = start + 1
        while true {
            if let cells = quotedCells(text) { return (cells, next) }
            guard next < items.count, next - start < maximumCellLines, case .line(let l) = items[next],
                  l.origin == .textLine else { return (plainCells(first.raw), start + 1) }
            text += "\n" + l.raw
            next += 1
        }
    }

    /// The cells of a text, quotes taken off and doubled quotes made one; nil while a quoted
    /// cell is still open at its end.
    private static func quotedCells(_ text: String) -> [String]? {
        var cells: [String] = []
        var cell = String.UnicodeScalarView()
        var inQuotes = false
        var atCellStart = true
        let scalars = Array(text.unicodeScalars)
        var k = 0
        while k < scalars.count {
            let u = scalars[k]
            k += 1
            if inQuotes {
                if u == "\"" {
                    if k < scalars.count, scalars[k] == "\"" { cell.append("\""); k += 1 } else { inQuotes = false }
                } else {
                    cell.append(u)
                }
                continue
            }
            if u == "\t" {
                cells.append(String(cell).trimmingWhitespace())
                cell = String.UnicodeScalarView()
                atCellStart = true
                continue
            }
            if u == "\"", atCellStart { inQuotes = true; atCellStart = false; continue }
            atCellStart = false
            cell.append(u)
        }
        guard !inQuotes else { return nil }
        cells.append(String(cell).trimmingWhitespace())
        return cells
    }

    static func plainCells(_ text: String) -> [String] {
        text.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
    }

    /// The block as body items: text lines and tables, in order.
    static func converted(_ rows: [[String]], like template: SourceLine) -> [BodyItem] {
        let filled = rows.map { r in r.indices.filter { !r[$0].isEmpty } }
        // The rows that hold a table's cells; the first and last such row bound the tables.
        let isMetadata = rows.map(MetadataLineReader.isLabelledRow)
        let isTableRow = rows.indices.map { k in
            !isMetadata[k] && (filled[k].count >= 2 || (filled[k].count == 1 && filled[k][0] > 0))
        }
        let firstTable = isTableRow.firstIndex(of: true) ?? rows.count
        let lastTable = isTableRow.lastIndex(of: true) ?? -1
        var out: [BodyItem] = []
        var table: [[String]] = []
        func flushTable() {
            guard !table.isEmpty else { return }
            out.append(.table(withoutEmptyColumns(table, page: template.page)))
            table = []
        }
        func addText(_ text: String) {
            flushTable()
            for piece in TextLines.split(text) {
                var line = template
                line.raw = piece
                out.append(.line(line))
            }
        }
        for (k, r) in rows.enumerated() {
            if filled[k].isEmpty { continue }
            if isMetadata[k] {
                // A page's metadata copied with its cells (`索引号 | 0012/2024-3 | 发布机构 | …`): the
                // metadata lines' reader takes the labelled values from a line.
                addText(r.filter { !$0.isEmpty }.joined(separator: "  "))
                continue
            }
            if isTableRow[k] {
                table.append(r)
                continue
            }
            let cell = r[0]
            // A lone label between a form's rows (a funds row left blank) stays a row.
            let isLabel = k > firstTable && k < lastTable && !cell.contains("\n") && cell.count <= maximumLabelLength
                && HeadingNumber.parse(cell) == nil
            if isLabel { table.append(r) } else { addText(cell) }
        }
        flushTable()
        return out
    }

    /// A grid of the rows, columns empty in all of them dropped (the sheet's margins, a column
    /// only another table used).
    private static func withoutEmptyColumns(_ rows: [[String]], page: Int?) -> TableGrid {
        let width = rows.map(\.count).max() ?? 0
        let used = (0..<width).filter { c in rows.contains { c < $0.count && !$0[c].isEmpty } }
        return TableGrid(rows: rows.map { r in used.map { c in c < r.count ? r[c] : "" } }, page: page, positional: true)
    }
}
