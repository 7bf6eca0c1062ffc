/// A web table copied out of a browser (select all, copy; or a page's `innerText`): one line a
/// row, cells between tabs, an empty cell kept as nothing between two tabs, but the cells that
/// a merged cell covers left out. A form's merged cells are its labels: the level-1 and level-2
/// names of the indicator rows, `项目资金` beside the funds rows, `年度总体目标` beside the
/// goals, each spanning the rows below it from the left. So a row shorter than the rows above
/// it lacks its first cells, and its cells stand in their columns once it is aligned on the
/// right, where a form keeps its figures and where the copy keeps even empty cells (a blank
/// note, a blank score).
///
/// Read as layout gaps, the tabs lose the empty cells and the covered columns, so a row's
/// figures slide under the wrong headers; read here, each row shorter than the widest row
/// before it is padded on the left to that width, and the block is handed to core as a
/// positional table like a spreadsheet's (`TabSeparatedRows.converted`). A row of one cell (a
/// title or note spanning the table) is not aligned: it stays a line, or a row label between
/// rows.
///
/// `TabSeparatedRows.lift` asks here for a block its own reading refuses, from the same first
/// line (a part of a copy's rows may look like a spreadsheet's). Read so are at least `minimumRows` rows,
/// one of them heading three or more columns with the templates' words, rows of different
/// widths, and an empty cell kept (at a row's end or between two filled cells), which only a
/// writer that keeps every cell writes; tab-stop alignment and words merely separated by tabs
/// write none.
enum BrowserTableCopy {
    /// The block's rows aligned on the right, and the item after it; nil where the lines there
    /// are no browser's copy of a form.
    static func block(_ items: [BodyItem], from start: Int) -> (rows: [[String]], next: Int)? {
        guard let (rows, next) = TabSeparatedRows.rawRows(items, from: start, joiningItems: true),
              rows.contains(where: TabSeparatedRows.namesColumns),
              Set(rows.map(\.count)).count > 1,
              rows.contains(where: { $0.count >= 2 && ($0.last == "" || TabSeparatedRows.keepsEmptyCells($0)) }) else { return nil }
        return (aligned(rows), next)
    }

    /// Each row of two or more cells padded on the left to the widest row before it.
    static func aligned(_ rows: [[String]]) -> [[String]] {
        var width = 0
        return rows.map { row in
            guard row.count >= 2 else { return row }
            width = max(width, row.count)
            return Array(repeating: "", count: width - row.count) + row
        }
    }

    /// Whether rows shorter than the header above them put their rates and level names under
    /// the header's columns when aligned on the right (a browser's copy, the covered cells left
    /// out) more often than on the left (a writer that trims trailing empty cells). A copy with
    /// no empty cell at a row's end looks like the trimming writer's, and only its cells tell.
    static func alignsRight(_ rows: [[String]]) -> Bool {
        var left = 0
        var right = 0
        var header: [ColumnRole] = []
        for row in rows {
            if TabSeparatedRows.namesColumns(row) {
                header = row.map { ColumnRole.of(header: $0) }
                continue
            }
            guard row.count >= 2, row.count < header.count else { continue }
            let shift = header.count - row.count
            for (k, cell) in row.enumerated() {
                guard let role = evidentRole(cell) else { continue }
                if header[k] == role { left += 1 }
                if header[k + shift] == role { right += 1 }
            }
        }
        return right > left
    }

    /// The column a cell belongs in by what it holds alone: a percentage under a rate, a
    /// template's level name under its level.
    private static func evidentRole(_ cell: String) -> ColumnRole? {
        if cell.hasSuffix("%"), Double(cell.dropLast()) != nil { return .rate }
        if IndicatorLevels.level1Names.contains(cell) { return .level1 }
        if cell.hasSuffix("指标"), IndicatorLevels.isLevel2(cell) { return .level2 }
        return nil
    }

    /// How a cell that a browser's copy broke over lines goes on with `text` (the next line's
    /// first cell, or a line without a tab): nothing between the pieces of a form word it cut
    /// (`一级` / `指标`; over several lines `绩` / `效` / `指` / `标`, only on tabless lines), a
    /// line break before the next item of its list (`2.` after `1.`: on a line of further cells
    /// only while the row is shorter than the rows before it) or, on a tabless line, the rest of
    /// a sentence its last line leaves open after a clause mark (`…随访困难；` / `下一步…`);
    /// nil where `text` starts a row of its own.
    static func joint(of cell: String, and text: String, rowIsShort: Bool = false, lineHasNoTab: Bool = false) -> String? {
        if lineHasNoTab ? CutFormWords.continues(cell, with: text) : CutFormWords.completes(cell, with: text) { return "" }
        if (rowIsShort || lineHasNoTab) && EnumeratedItem.follows(text, cell) { return "\n" }
        if lineHasNoTab, leavesSentenceOpen(cell), HeadingNumber.parse(text) == nil { return "\n" }
        return nil
    }

    /// A cell whose text ends in a clause mark (`，` `；` `、` `：`): its sentence goes on.
    private static func leavesSentenceOpen(_ cell: String) -> Bool {
        guard let last = cell.unicodeScalars.last else { return false }
        return "，,；;、：:".unicodeScalars.contains(last)
    }
}
