import OfficeOpenXML
import ReportCore
import ReportModel

/// One `w:tbl`: a data table becomes a `TableGrid` with its merges as spans; a layout table
/// (one that frames the page rather than holding data) gives back its cells' content as blocks.
///
/// `w:gridSpan` is a column span. `w:vMerge="restart"` opens a vertical merge that following
/// rows' `w:vMerge` cells (no value, or `continue`) extend, also across a page break, since a
/// Word table is one table however many pages it covers.
///
/// A table is layout when it holds a nested table, has a single row or a single column, or a
/// cell holds a whole article — the shapes a word processor user makes to frame text, never a
/// form's data.
enum DOCXTable {
    /// Word tables have at most 63 columns; a larger span is damaged or hostile.
    static let maximumColumns = 63

    private struct Cell {
        var blocks: [Block]
        var column: Int
        var span: Int
        var merge: Merge
    }

    private enum Merge { case none, restart, `continue` }

    static func read(_ table: MarkupElement, context: inout DOCXContext) -> [Block] {
        var rows: [[Cell]] = []
        var headerRows = 0
        var stillHeader = true
        for tr in rowElements(table) {
            let trPr = tr.child("trPr")
            var column = clamp(trPr?.child("gridBefore")?[attribute: "val"])
            var cells: [Cell] = []
            for tc in cellElements(tr) {
                let tcPr = tc.child("tcPr")
                let span = max(1, clamp(tcPr?.child("gridSpan")?[attribute: "val"]))
                let merge: Merge = tcPr?.child("vMerge").map { $0[attribute: "val"] == "restart" ? .restart : .continue } ?? .none
                cells.append(Cell(blocks: DOCXBlockWalker.blocks(tc, context: &context), column: column, span: span, merge: merge))
                column += span
            }
            if stillHeader, DOCXInline.isOn(trPr?.child("tblHeader")) { headerRows += 1 } else { stillHeader = false }
            rows.append(cells)
        }
        let width = rows.map { $0.last.map { $0.column + $0.span } ?? 0 }.max() ?? 0
        let isLayout = rows.count <= 1 || width <= 1
            || rows.contains { $0.contains { cell in cell.blocks.contains(where: isTable) || holdsAnArticle(cell.blocks) } }
        if isLayout {
            return rows.flatMap { $0.flatMap(\.blocks) }
        }
        return [.table(grid(rows, width: width, headerRows: headerRows))]
    }

    private static func grid(_ rows: [[Cell]], width: Int, headerRows: Int) -> TableGrid {
        var texts = Array(repeating: Array(repeating: "", count: width), count: rows.count)
        // Merges by their top-left position: (rowSpan, columnSpan).
        var merges: [[Int]: (Int, Int)] = [:]
        // The vertical merge open in each column: its top-left position.
        var open: [Int: [Int]] = [:]
        for (r, row) in rows.enumerated() {
            for cell in row {
                let text = cell.blocks.map(\.text).filter { !$0.isEmpty }.joined(separator: "\n")
                if cell.merge == .continue, let origin = open[cell.column] {
                    merges[origin, default: (1, cell.span)].0 = r - origin[0] + 1
                    if !text.isEmpty {
                        let above = texts[origin[0]][origin[1]]
                        texts[origin[0]][origin[1]] = above.isEmpty ? text : above + "\n" + text
                    }
                    continue
                }
                for c in cell.column..<(cell.column + cell.span) { open[c] = nil }
                texts[r][cell.column] = text
                if cell.span > 1 || cell.merge == .restart { merges[[r, cell.column]] = (1, cell.span) }
                if cell.merge == .restart { open[cell.column] = [r, cell.column] }
            }
        }
        let spans = merges.filter { $0.value.0 > 1 || $0.value.1 > 1 }
            .map { CellSpan(row: $0.key[0], column: $0.key[1], rowSpan: $0.value.0, columnSpan: $0.value.1) }
            .sorted { ($0.row, $0.column) < ($1.row, $1.column) }
        return TableGrid(rows: texts, spans: spans, headerRowCount: headerRows, positional: true)
    }

    /// The rows of a table, through content controls and custom XML around them.
    private static func rowElements(_ table: MarkupElement) -> [MarkupElement] {
        wrapped(table, name: "tr")
    }

    private static func cellElements(_ row: MarkupElement) -> [MarkupElement] {
        wrapped(row, name: "tc")
    }

    private static func wrapped(_ parent: MarkupElement, name: String) -> [MarkupElement] {
        parent.elements.flatMap { e -> [MarkupElement] in
            if e.name == name { return [e] }
            if e.name == "sdt" { return e.child("sdtContent").map { wrapped($0, name: name) } ?? [] }
            if e.name == "customXml" { return wrapped(e, name: name) }
            return []
        }
    }

    private static func clamp(_ value: String?) -> Int {
        min(max(value.flatMap { Int($0) } ?? 0, 0), maximumColumns)
    }

    private static func isTable(_ block: Block) -> Bool {
        if case .table = block.kind { return true }
        return false
    }

    /// A cell holding a whole article: very long, or two or more top-level sections (`一、`).
    private static func holdsAnArticle(_ blocks: [Block]) -> Bool {
        let text = blocks.map(\.text).joined(separator: "\n")
        guard text.utf8.count > 300 else { return false }
        if text.unicodeScalars.count > 1_500 { return true }
        let sections = text.split(separator: "\n").filter { line in
            let numeral = line.prefix { "一二三四五六七八九十".contains($0) }
            return !numeral.isEmpty && line.dropFirst(numeral.count).first == "、"
        }
        return sections.count >= 2
    }
}
