import Foundation
import OfficeOpenXML
import ReportModel
import ReportCore

/// One worksheet's cells as shown, and how they become blocks.
///
/// A sheet often holds more than a table: a form's title rows above it (`XX年度项目支出绩效
/// 自评表`, `（2023年度）`), a note below it, and sometimes several tables with lines of text
/// between them. Rows with a single filled cell at the top and bottom are those lines; in the
/// middle, a single cell in the first column that is not merged across columns starts a new
/// piece of text between tables (a section row merged across the table stays in it, a line
/// merged wider than the tables on both sides does not). A band merged exactly across a table
/// narrower than the sheet, right on top of it, is the table's first row; a caption a converter
/// put into a table's top-left cell is a line before it. Empty rows are dropped, and so are
/// columns empty in the whole table.
struct XLSXSheetGrid {
    /// Non-empty cell texts by row, then column (1-based).
    private var cells: [Int: [Int: String]] = [:]
    /// Merged ranges by their top-left cell.
    private var merges: [XLSXCellReference: XLSXCellReference] = [:]
    /// Top-left cells of the sheet's hyperlinks.
    private var links: Set<XLSXCellReference> = []

    init(_ sheet: MarkupElement, strings: [String], formats: XLSXCellFormats) {
        var rowNumber = 0
        for row in sheet.child("sheetData")?.children("row") ?? [] {
            rowNumber = row[attribute: "r"].flatMap { Int($0) } ?? rowNumber + 1
            var column = 0
            for c in row.children("c") {
                column = c[attribute: "r"].flatMap { XLSXCellReference($0)?.column } ?? column + 1
                let text = Self.text(of: c, strings: strings, formats: formats).replacingOccurrences(of: "\u{00A0}", with: " ")
                if !text.allSatisfy(\.isWhitespace) { cells[rowNumber, default: [:]][column] = text }
            }
        }
        for merge in sheet.child("mergeCells")?.children("mergeCell") ?? [] {
            guard let (from, to) = merge[attribute: "ref"].flatMap({ XLSXCellReference.range($0) }), from != to else { continue }
            merges[from] = to
        }
        for link in sheet.child("hyperlinks")?.children("hyperlink") ?? [] {
            if let ref = link[attribute: "ref"], let from = XLSXCellReference.range(ref)?.0 ?? XLSXCellReference(ref) { links.insert(from) }
        }
    }

    /// A cell's text as Excel shows it.
    static func text(of c: MarkupElement, strings: [String], formats: XLSXCellFormats) -> String {
        let value = c.child("v")?.text
        switch c[attribute: "t"] {
        case "s":
            guard let index = value.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), index >= 0, index < strings.count else { return "" }
            return strings[index]
        case "inlineStr":
            guard let inline = c.child("is") else { return "" }
            return inline.child("t")?.text ?? inline.children("r").map { $0.child("t")?.text ?? "" }.joined()
        case "b":
            return value == "1" ? "TRUE" : value == "0" ? "FALSE" : value ?? ""
        case "str", "e", "d":
            return value ?? ""
        default:
            guard let value else { return "" }
            guard let number = Double(value.trimmingCharacters(in: .whitespaces)) else { return value }
            let code = formats.code(style: c[attribute: "s"].flatMap { Int($0) })
            return XLSXNumberFormat.format(number, code: code, date1904: formats.date1904)
        }
    }

    /// Excel's and WPS's default sheet names, which say nothing about the content.
    static func isDefaultName(_ name: String) -> Bool {
        let letters = name.lowercased().filter { !$0.isNumber && !$0.isWhitespace }
        return letters.isEmpty || letters == "sheet" || letters == "工作表"
    }

    /// Prose (40 characters or more, or a sentence ending in `。`) or a line numbered as a section
    /// (`四、`, `（一）`, `2.`).
    static func looksLikeText(_ text: String) -> Bool {
        if text.count >= 40 || text.trimmingCharacters(in: .whitespaces).hasSuffix("。") { return true }
        let trimmed = text.drop { $0 == "(" || $0 == "（" }
        let numeral = trimmed.prefix { "一二三四五六七八九十".contains($0) || $0.isASCII && $0.isNumber }
        guard !numeral.isEmpty, let after = trimmed.dropFirst(numeral.count).first else { return false }
        return "、)）.．".contains(after)
    }

    /// Rows of a link list: two or more non-empty rows running that each hold one cell, wholly a
    /// hyperlink (`相关链接` under a page flattened into a sheet: 国家医疗保障局, 省医疗保障局…).
    /// They are a site's navigation, not the report's, as the HTML plugin judges link-dense blocks.
    func linkListRows() -> Set<Int> {
        let rows = cells.keys.sorted()
        let isLink = rows.map { row in
            cells[row]!.count == 1 && links.contains(XLSXCellReference(row: row, column: cells[row]!.first!.key))
        }
        var out: Set<Int> = []
        var start = 0
        while start < rows.count {
            var end = start
            while end < rows.count, isLink[end] { end += 1 }
            if end - start >= 2 { out.formUnion(rows[start..<end]) }
            start = max(end, start + 1)
        }
        return out
    }

    func blocks() -> [Block] {
        let dropped = linkListRows()
        let rows = cells.keys.sorted().filter { !dropped.contains($0) }
        guard !rows.isEmpty else { return [] }
        let isTableRow = rows.map { cells[$0]!.count > 1 }
        var isLine = isTableRow.map(!)
        // Lines at the top and bottom are the form's title and notes; in the middle, an
        // unmerged single cell in the first column, or a merged one holding prose or a numbered
        // heading, is text between tables; a short merged label (`产出指标`) is a table row,
        // unless its merge reaches past the tables on both sides: a band across the table lies
        // within the table's columns, while a line of the page around the tables (a title, a
        // widget a converter put between them) spans the whole sheet.
        let firstColumn = cells.values.flatMap(\.keys).min() ?? 1
        let runs = TableRuns(rows: rows, isTableRow: isTableRow, grid: self)
        if let firstTable = isTableRow.firstIndex(of: true), let lastTable = isTableRow.lastIndex(of: true) {
            for i in firstTable...lastTable where isLine[i] {
                let (column, text) = cells[rows[i]]!.first!
                let end = mergeEnd(row: rows[i], column: column)
                let within = end <= max(runs.above(i)?.reach ?? 0, runs.below(i)?.reach ?? 0)
                isLine[i] = column == firstColumn && (end == column || Self.looksLikeText(text) || !within)
            }
        }
        // A short merged row directly on top of a table, spanning exactly the table's columns
        // where the sheet's other rows reach further, is the table's own first row (`绩效指标`
        // over 一级指标 | 二级指标 | …, a `<th colspan>` in the page the sheet was made from): its
        // width is the table's, not the page's. Where the table is as wide as the sheet, a row
        // over it may as well be its caption (`资金支出明细`) and stays a line. Core lifts a
        // title or year row out of a table's top again, so a form's title reads the same either way.
        let sheetReach = reach(rows)
        for i in rows.indices.dropLast() where isLine[i] && isTableRow[i + 1] && rows[i + 1] == rows[i] + 1 {
            let (column, text) = cells[rows[i]]!.first!
            guard let table = runs.below(i), table.reach < sheetReach else { continue }
            if column == table.left, mergeEnd(row: rows[i], column: column) == table.reach, !Self.looksLikeText(text) {
                isLine[i] = false
            }
        }
        var blocks: [Block] = []
        var start = 0
        while start < rows.count {
            var end = start
            while end + 1 < rows.count, isLine[end + 1] == isLine[start] { end += 1 }
            let piece = Array(rows[start...end])
            if isLine[start] || piece.count == 1 {
                blocks += piece.map { row in
                    let texts = cells[row]!.sorted { $0.key < $1.key }
                    let merged = texts.count == 1 && mergeEnd(row: row, column: texts[0].key) > texts[0].key
                    return Block.paragraph(texts.map(\.value).joined(separator: " "), emphasized: merged)
                }
            } else {
                var grid = table(piece)
                if let caption = Self.liftCaption(&grid) { blocks.append(.paragraph(caption, emphasized: true)) }
                blocks.append(.table(grid))
            }
            start = end + 1
        }
        return blocks
    }

    /// The last column a cell covers: its merge's, or its own.
    fileprivate func mergeEnd(row: Int, column: Int) -> Int {
        merges[XLSXCellReference(row: row, column: column)].map { max($0.column, column) } ?? column
    }

    /// The last column the given rows reach with their cells and merges.
    private func reach(_ rows: [Int]) -> Int {
        rows.flatMap { row in cells[row]!.keys.map { mergeEnd(row: row, column: $0) } }.max() ?? 0
    }

    /// The runs of table rows (rows of two or more cells) of a sheet, and the columns each
    /// covers, computed once: a sheet may hold thousands of rows.
    private struct TableRuns {
        struct Run { var left: Int; var reach: Int }
        private var runs: [Run] = []
        /// For each row index, the run just above it and the run at or below it (nil: none).
        private var runAbove: [Int?], runBelow: [Int?]

        init(rows: [Int], isTableRow: [Bool], grid: XLSXSheetGrid) {
            var runOf = [Int?](repeating: nil, count: rows.count)
            for (i, row) in rows.enumerated() where isTableRow[i] {
                let columns = grid.cells[row]!.keys
                let left = columns.min()!, reach = columns.map { grid.mergeEnd(row: row, column: $0) }.max()!
                if i > 0, isTableRow[i - 1], let id = runOf[i - 1] {
                    runs[id].left = min(runs[id].left, left)
                    runs[id].reach = max(runs[id].reach, reach)
                    runOf[i] = id
                } else {
                    runs.append(Run(left: left, reach: reach))
                    runOf[i] = runs.count - 1
                }
            }
            runAbove = Array(repeating: nil, count: rows.count)
            runBelow = Array(repeating: nil, count: rows.count)
            var last: Int?
            for i in rows.indices {
                runAbove[i] = last
                if let id = runOf[i] { last = id }
            }
            last = nil
            for i in rows.indices.reversed() {
                if let id = runOf[i] { last = id }
                runBelow[i] = last
            }
        }

        /// The nearest run of table rows above row index `i`.
        func above(_ i: Int) -> Run? { runAbove[i].map { runs[$0] } }
        /// The nearest run of table rows below row index `i` (for a single-cell row).
        func below(_ i: Int) -> Run? { runBelow[i].map { runs[$0] } }
    }

    /// A table's caption that a converter put into its top-left cell, over the header word
    /// (`部门整体支出资金情况表` and `资金来源` in one cell, as Calc imports an HTML `<caption>`):
    /// the cell's first line, when it names a table (ends in 表) and more lines follow. The
    /// caption is taken out of the cell and returned, to stand as a line before the table.
    static func liftCaption(_ grid: inout TableGrid) -> String? {
        guard let cell = grid.rows.first?.first else { return nil }
        let lines = cell.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard lines.count >= 2, let caption = lines.first, caption.count >= 4, caption.count <= 40, caption.hasSuffix("表"),
              !caption.contains(where: { "：:，,。；;".contains($0) }) else { return nil }
        grid.rows[0][0] = lines.dropFirst().joined(separator: "\n")
        return caption
    }

    /// The rows as one table: columns empty in all of them dropped, merges clipped to what is kept.
    private func table(_ rows: [Int]) -> TableGrid {
        var used = Set<Int>()
        for row in rows { used.formUnion(cells[row]!.keys) }
        let columns = used.sorted()
        let columnIndex = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
        let rowIndex = Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($1, $0) })
        let grid = rows.map { row in columns.map { cells[row]?[$0] ?? "" } }
        var spans: [CellSpan] = []
        for (from, to) in merges {
            guard let r = rowIndex[from.row], let c = columnIndex[from.column] else { continue }
            let rowSpan = Self.count(in: rows, from: from.row, to: to.row)
            let columnSpan = Self.count(in: columns, from: from.column, to: to.column)
            if rowSpan > 1 || columnSpan > 1 { spans.append(CellSpan(row: r, column: c, rowSpan: rowSpan, columnSpan: columnSpan)) }
        }
        spans.sort { ($0.row, $0.column) < ($1.row, $1.column) }
        return TableGrid(rows: grid, spans: spans, positional: true)
    }

    /// How many of the sorted `values` lie in `from...to` (binary search: a sheet may hold
    /// thousands of merges over thousands of rows).
    static func count(in values: [Int], from: Int, to: Int) -> Int {
        func firstIndex(notBelow bound: Int) -> Int {
            var low = 0, high = values.count
            while low < high {
                let mid = (low + high) / 2
                if values[mid] < bound { low = mid + 1 } else { high = mid }
            }
            return low
        }
        return max(0, firstIndex(notBelow: to + 1) - firstIndex(notBelow: from))
    }
}
