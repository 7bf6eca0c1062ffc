import Foundation
import ReportCore
import ReportModel

/// Reads a `<table>` element: a data table becomes a `TableGrid`, a metadata table becomes
/// `label：value` lines, and a layout table is handed back to be read as ordinary blocks.
///
/// Layout tables only position the page (a site frame, a two-column body); they are recognised
/// by what a data table never has: a table nested inside, a heading in a cell, a cell holding a
/// whole article (very long, or several `一、` sections), a single row or a single column, or
/// `role="presentation"`. A data table inside a layout table is then found
/// when the reader walks into the layout table's cells.
struct HTMLTableReader {
    enum Content: Equatable {
        case data(TableGrid, caption: String?)
        /// The page's metadata block written as a table: one line per field or loose cell.
        case metadata([String])
        case layout
        /// A table with no text at all.
        case empty
    }

    /// One `<td>`/`<th>` of a row, before placement.
    private struct Cell {
        var index: Int
        var rowSpan: Int
        var columnSpan: Int
        var isHeader: Bool
    }

    /// Largest grid (rows × columns) built; beyond it a page is treated as layout, not data.
    static let maximumCells = 250_000

    let tree: HTMLTree
    let metrics: HTMLTextMetrics
    let furniture: HTMLFurniture

    func read(_ table: Int) -> Content {
        let node = tree[table]
        if let role = node.attribute("role")?.lowercased(), role == "presentation" || role == "none" {
            return .layout
        }
        if metrics.tables[table] > 0 { return .layout }
        if metrics.text[table] == 0 { return .empty }

        let (rows, headerFlags, caption) = collectRows(table)
        guard !rows.isEmpty else { return .layout }
        if rows.count == 1 { return .layout }
        if rows.contains(where: { $0.contains { metrics.headings[$0.index] } }) { return .layout }

        let (grid, spans, widthOK) = place(rows)
        guard widthOK else { return .layout }
        let columnCount = grid.first?.count ?? 0
        if columnCount <= 1 { return .layout }
        if grid.allSatisfy({ $0.allSatisfy(\.isEmpty) }) { return .empty }
        if grid.contains(where: { $0.contains(where: HTMLTableReader.holdsAnArticle) }) { return .layout }

        if let lines = metadataLines(grid: grid, spans: spans) { return .metadata(lines) }

        var headerRows = 0
        for flag in headerFlags {
            guard flag else { break }
            headerRows += 1
        }
        let tableGrid = TableGrid(rows: grid, spans: spans, headerRowCount: headerRows, positional: true)
        return .data(tableGrid, caption: caption)
    }

    /// A cell that holds a whole article rather than a value: very long, or with two or more
    /// lines numbered as top-level sections (`一、`, `二、`). Its table frames the page.
    static func holdsAnArticle(_ cell: String) -> Bool {
        guard cell.utf8.count > 300 else { return false }
        if cell.unicodeScalars.count > 1_500 { return true }
        var sectionLines = 0
        for line in cell.split(separator: "\n") {
            let numeral = line.prefix { "一二三四五六七八九十".contains($0) }
            if !numeral.isEmpty, line.dropFirst(numeral.count).first == "、" { sectionLines += 1 }
            if sectionLines >= 2 { return true }
        }
        return false
    }

    // MARK: - Rows and cells

    /// The table's own rows (not those of nested tables), whether each is a header row
    /// (in `<thead>` or made only of `<th>`), and the caption text.
    private func collectRows(_ table: Int) -> ([[Cell]], [Bool], String?) {
        var rows = [[Cell]]()
        var headerFlags = [Bool]()
        var caption: String?
        var rowElements = [(Int, Bool)]()
        for child in tree[table].children where !furniture.excluded[child] {
            switch tree[child].name {
            case "tr": rowElements.append((child, false))
            case "thead", "tbody", "tfoot":
                for row in tree[child].children where tree[row].name == "tr" && !furniture.excluded[row] {
                    rowElements.append((row, tree[child].name == "thead"))
                }
            case "caption": caption = cellText(child)
            default: break
            }
        }
        for (row, inHead) in rowElements {
            var cells = [Cell]()
            for cell in tree[row].children where !furniture.excluded[cell] {
                let name = tree[cell].name
                guard name == "td" || name == "th" else { continue }
                cells.append(Cell(index: cell,
                                  rowSpan: span(tree[cell].attribute("rowspan"), limit: 65_534),
                                  columnSpan: span(tree[cell].attribute("colspan"), limit: 1_000),
                                  isHeader: name == "th"))
            }
            guard !cells.isEmpty else { continue }
            rows.append(cells)
            headerFlags.append(inHead || cells.allSatisfy(\.isHeader))
        }
        return (rows, headerFlags, caption?.isEmpty == false ? caption : nil)
    }

    /// A `rowspan`/`colspan` value as browsers read it: leading digits, at least 1, at most
    /// `limit`; `rowspan="0"` (to the end of the table) is returned as `limit`.
    private func span(_ raw: String?, limit: Int) -> Int {
        guard let raw else { return 1 }
        let digits = raw.trimmingCharacters(in: .whitespaces).prefix { $0.isASCII && $0.isNumber }
        guard let value = Int(digits.prefix(6)) else { return 1 }
        if value == 0 { return limit == 65_534 ? limit : 1 }
        return min(value, limit)
    }

    /// Places cells in a rectangular grid, expanding merges: a merged cell's text at its
    /// top-left, "" on the positions it covers, and a `CellSpan` for every merge. Row spans are
    /// cut at the last row, as browsers do.
    private func place(_ rows: [[Cell]]) -> ([[String]], [CellSpan], Bool) {
        let rowCount = rows.count
        var occupied = Array(repeating: [Bool](), count: rowCount)
        var texts = Array(repeating: [String](), count: rowCount)
        var spans = [CellSpan]()
        var width = 0
        for (r, cells) in rows.enumerated() {
            var c = 0
            for cell in cells {
                while c < occupied[r].count, occupied[r][c] { c += 1 }
                let rowSpan = min(cell.rowSpan, rowCount - r)
                let columnSpan = cell.columnSpan
                guard (c + columnSpan) * rowCount <= HTMLTableReader.maximumCells else { return ([], [], false) }
                for rr in r..<(r + rowSpan) {
                    if occupied[rr].count < c + columnSpan {
                        occupied[rr] += Array(repeating: false, count: c + columnSpan - occupied[rr].count)
                        texts[rr] += Array(repeating: "", count: c + columnSpan - texts[rr].count)
                    }
                    for cc in c..<(c + columnSpan) { occupied[rr][cc] = true }
                }
                texts[r][c] = cellText(cell.index)
                if rowSpan > 1 || columnSpan > 1 {
                    spans.append(CellSpan(row: r, column: c, rowSpan: rowSpan, columnSpan: columnSpan))
                }
                c += columnSpan
                width = max(width, c)
            }
        }
        let grid = texts.map { $0.count < width ? $0 + Array(repeating: "", count: width - $0.count) : $0 }
        return (grid, spans, true)
    }

    /// The text of a cell (or caption): `<br>` and block boundaries are line breaks, `&nbsp;`
    /// is a space, lines are trimmed and empty ones dropped.
    func cellText(_ cell: Int) -> String {
        var buffer = HTMLTextBuffer()
        var stack: [(Int, HTMLStyleState, Bool)] = tree[cell].children.reversed().map { ($0, HTMLStyleState(), false) }
        while let (index, style, isExit) = stack.popLast() {
            let node = tree[index]
            if isExit {
                buffer.lineBreak()
                continue
            }
            if node.isText {
                buffer.append(node.text, style: style)
                continue
            }
            if furniture.excluded[index] { continue }
            if node.name == "br" {
                buffer.lineBreak()
                continue
            }
            let isBlock = HTMLElementKinds.block.contains(node.name)
            if isBlock {
                buffer.lineBreak()
                stack.append((index, style, true))
            } else {
                buffer.boundary()
            }
            let inner = style.entering(node)
            for child in node.children.reversed() { stack.append((child, inner, false)) }
        }
        return buffer.flush()?.text ?? ""
    }

    // MARK: - Metadata tables

    /// When the table is the page's metadata block (label cells such as `索引号` next to their
    /// values), its lines: `label：value` per field, loose cells as they are. Nil otherwise.
    private func metadataLines(grid: [[String]], spans: [CellSpan]) -> [String]? {
        guard grid.count <= 15 else { return nil }
        let covered = coveredPositions(spans)
        var cells = [[String]]()
        for (r, row) in grid.enumerated() {
            cells.append(row.enumerated().filter { !covered.contains([r, $0.offset]) }.map(\.element))
        }
        let nonEmpty = cells.joined().filter { !$0.isEmpty }
        let labelCells = nonEmpty.filter { isLabelCell($0) }.count
        guard labelCells >= 2, labelCells * 3 >= nonEmpty.count else { return nil }

        var lines = [String]()
        for row in cells {
            var c = 0
            while c < row.count {
                let text = row[c]
                defer { c += 1 }
                if text.isEmpty { continue }
                if let label = HTMLMetadataLabels.wholeLabel(text) {
                    // The value is the next cell, unless that is a label too (an empty field).
                    if c + 1 < row.count, HTMLMetadataLabels.wholeLabel(row[c + 1]) == nil {
                        let value = row[c + 1].replacingOccurrences(of: "\n", with: " ")
                        if !value.isEmpty, !HTMLMetadataLabels.isChrome(label) {
                            lines.append(HTMLMetadataLine.line(.init(label: label, value: value)))
                        }
                        c += 1
                    }
                    continue
                }
                for line in text.split(separator: "\n").map(String.init) {
                    if let parsed = HTMLMetadataLine.parse(pieces: [line]) {
                        if let prefix = parsed.prefix { lines.append(prefix) }
                        lines += parsed.fields.map(HTMLMetadataLine.line)
                    } else {
                        lines.append(line)
                    }
                }
            }
        }
        return lines
    }

    private func isLabelCell(_ text: String) -> Bool {
        if HTMLMetadataLabels.wholeLabel(text) != nil { return true }
        guard let parsed = HTMLMetadataLine.parse(pieces: [text]) else { return false }
        return parsed.prefix == nil && !parsed.fields.isEmpty
    }

    private func coveredPositions(_ spans: [CellSpan]) -> Set<[Int]> {
        var covered = Set<[Int]>()
        for span in spans {
            for r in span.row..<(span.row + span.rowSpan) {
                for c in span.column..<(span.column + span.columnSpan) where !(r == span.row && c == span.column) {
                    covered.insert([r, c])
                }
            }
        }
        return covered
    }
}
