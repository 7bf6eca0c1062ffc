/// Reads the funds and indicator blocks of a self-evaluation form that arrived as lines of text,
/// whatever shape the copy gave them: one cell per line (empty cells as a lone NBSP or
/// vanished), pipe rows (trailing `||||`, a row broken over two lines), the runs of spaces of a
/// `pdftotext -layout` dump, single spaces, or a whole row or form on one line.
///
/// Three steps, the same for every shape: the header is found by its vocabulary (`FormHeader`);
/// the body is read as one stream of cells, up to where the form ends (prose, a heading, the
/// 评价结论/项目负责人 lines, the next block's header); the cells are placed into rows and
/// columns by what each holds against the header's column order (`RowAligner`), line starts
/// counting as likely row starts. Merged level labels stay blank under their first row; the
/// indicator reader carries them down.
enum TextFormReader {
    struct Form {
        var header: FormHeader
        var grid: TableGrid
        /// Index of the first cell after the form.
        var end: Int
    }

    /// The form whose header starts at `cells[start]`. `raw` gives a cell's line as written
    /// (a layout dump's indentation and column gaps), by the cell's item.
    static func read(_ cells: [TextCell], at start: Int, raw: (Int) -> String = { _ in "" }) -> Form? {
        guard let (header, bodyStart) = FormHeader.find(in: cells, at: start) else { return nil }
        var roles = header.roles
        var names = header.names
        // A funds header names only the amounts when its row label (项目资金（万元）) stands on
        // the next line: the rows still start with a label.
        if header.kind == .funds, roles.first == .other {
            roles[0] = .label
        } else if header.kind == .funds, roles.first != .label {
            roles.insert(.label, at: 0)
            names.insert("", at: 0)
        }
        // A score table whose label column's word the vocabulary does not know (`评价指标`,
        // `考核内容`) starts its header at the figures' words (`分值 | 实际得分`): its rows still
        // start with the item's label (`投入 | 15分 | 15.00分`), which needs a column of its own.
        // Only a header of those two words alone, each on a line of its own (the table copied one
        // cell a line): `分值 | 执行率 | 得分` is the tail of a funds header a dump cut from its
        // amounts, and `权重   得分` in a layout dump's line the end of a header wrapped over lines;
        // their rows are no score items.
        if header.kind == .scores, !roles.isEmpty, roles.allSatisfy({ $0 == .weight || $0 == .score }),
           cells[start..<bodyStart].allSatisfy({ $0.lineCells == 1 }) {
            roles.insert(.label, at: 0)
            names.insert("", at: 0)
        }
        // A funds block's 得分计算方法 holds the rule's words once, in the merged cell of its first
        // row, and is placed as the score column it explains: no column a row's label may go on
        // into (a label-only row after a row's figures, `其他`, starts the next row).
        if header.kind == .funds { roles = roles.map { $0 == .criterion ? .score : $0 } }
        var body: [TextCell] = []
        var k = bodyStart
        var afterTotal = false
        while k < cells.count {
            let cell = cells[k]
            let c = cell.text.compacted
            if afterTotal {
                // A total row ends the block: its figures and its grade (`总分 | 100 | 96 | 优`), then nothing.
                // A figure may carry the points word (`总分 | 100分`).
                guard CellKind.of(c) == .number || IndicatorReader.pointsFigure(c) != nil || c.isEmpty || ScoresReader.isGradeWord(c),
                      !(cell.startsLine && cell.lineCells > 1) else { break }
                body.append(cell)
                k += 1
                continue
            }
            if cell.startsLine, endsForm(cells, at: k) { break }
            // A signature after a blank line: the body's name or a date. Right under the last row
            // (a copy that lost its empty lines), the body's name alone is one where it ends the
            // text or a date line follows it: a note's wrapped end is never a whole name so placed.
            if cell.startsLine, cell.lineCells == 1, k > 0, !body.isEmpty {
                let afterBlank = cell.item > cells[k - 1].item + 1
                if afterBlank || k + 1 == cells.count || isDateLine(cells, at: k + 1) {
                    if OrganizationNames.isOrganization(c) && OrganizationNames.hasPlace(c) { break }
                    if afterBlank, c.count <= 12, DateText.iso(c) != nil { break }
                }
            }
            // Inside a row only a label cell of its own closes the form (a note may start with 存在问题).
            if cell.startsLine || c.count <= 8, startsWithClosingLabel(c) { break }
            if header.kind == .funds, endsFunds(cells, at: k) { break }
            if k > bodyStart, let (next, after) = FormHeader.find(in: cells, at: k) {
                // A header repeated after a page break is skipped; another block's ends this one.
                guard next.kind == header.kind, next.names == header.names else { break }
                k = after
                continue
            }
            if cell.lineCells == 1, c.count >= 10, isRunningTitle(c) {
                // A running header repeating the title at a page break.
                k += 1
                continue
            }
            body.append(cell)
            if header.kind != .funds, ScoresReader.totalLabels.contains(c) { afterTotal = true }
            k += 1
        }
        guard !body.isEmpty else { return nil }
        let (notes, afterNotes) = notesRows(cells, at: k)
        if header.kind == .indicators, var grid = layoutGrid(cells[start..<bodyStart], body, raw: raw) {
            grid.rows += notes
            grid = TableGrid(rows: grid.rows, headerRowCount: 1, positional: true)
            return Form(header: header, grid: grid, end: afterNotes)
        }
        let (fused, kinds) = fuse(body, roles: roles)
        let aligner = RowAligner(roles: roles)
        let places = fused.map { RowAligner.Place(startsLine: $0.startsLine, lineCells: $0.lineCells) }
        var rows = aligner.alignStream(fused.map(\.text), places: places, kinds: kinds)
        rows = joinContinuations(rows, roles: roles)
        let grid = TableGrid(rows: [names] + rows.map { $0.map { $0 ?? "" } } + notes, headerRowCount: 1, positional: true)
        return Form(header: header, grid: grid, end: afterNotes)
    }

    /// The form's own notes (说明 / 注：1.… 2.…) where the body ended: they stay in the table, one
    /// row a line, up to a blank line or a heading.
    private static func notesRows(_ cells: [TextCell], at k: Int) -> ([[String]], Int) {
        guard k < cells.count, cells[k].startsLine else { return ([], k) }
        let c = cells[k].text.compacted
        guard ["说明", "注:", "注：", "备注", "填表说明"].contains(where: { c.hasPrefix($0) }) else { return ([], k) }
        var rows: [[String]] = []
        var j = k
        var lastItem = cells[k].item
        while j < cells.count, cells[j].item <= lastItem + 1, rows.count < 12 {
            if cells[j].startsLine, j > k, let (n, _) = HeadingNumber.parse(cells[j].text), n.style <= .parenChinese { break }
            let item = cells[j].item
            var row: [String] = []
            while j < cells.count, cells[j].item == item { row.append(cells[j].text); j += 1 }
            rows.append(row)
            lastItem = item
        }
        return (rows, j)
    }

    /// An indicator block of a layout dump, read by where its cells stand (`LayoutRows`): when
    /// the header is one line of column gaps and so are most body lines with several cells.
    private static func layoutGrid(_ headerCells: ArraySlice<TextCell>, _ body: [TextCell], raw: (Int) -> String) -> TableGrid? {
        guard let first = headerCells.first else { return nil }
        let headerPieces = LayoutRows.pieces(raw(first.item))
        guard headerPieces.count >= 3, TextCells.hasGap(raw(first.item).trimmingWhitespace()) else { return nil }
        var bodyItems: [Int] = []
        for c in body where bodyItems.last != c.item { bodyItems.append(c.item) }
        let multi = bodyItems.filter { LayoutRows.pieces(raw($0)).count >= 2 }
        let gapped = multi.filter { TextCells.hasGap(raw($0).trimmingWhitespace()) }
        guard !multi.isEmpty, gapped.count * 10 >= multi.count * 7 else { return nil }
        var columns = headerPieces.map { LayoutRows.Column(name: $0.text.compacted, role: .other, start: $0.start) }
        var headerItems: [Int] = []
        for c in headerCells where c.item != first.item && headerItems.last != c.item { headerItems.append(c.item) }
        for item in headerItems {
            for p in LayoutRows.pieces(raw(item)) {
                let k = LayoutRows.column(of: p, in: columns)
                columns[k].name += p.text.compacted
            }
        }
        for k in columns.indices { columns[k].role = FormHeader.role(columns[k].name) ?? .other }
        let lines = bodyItems.map { LayoutRows.pieces(raw($0)) }
        // Positions decide only where the dump kept its columns: most cells start under a column
        // name. Rows merely split by runs of spaces are read as a stream.
        let pieces = lines.flatMap { $0 }
        let underColumns = pieces.filter { p in columns.contains { abs($0.start - p.start) <= 2 } }.count
        guard underColumns * 10 >= pieces.count * 7 else { return nil }
        let rows = LayoutRows.rows(lines, columns: columns)
        guard !rows.isEmpty else { return nil }
        return TableGrid(rows: [columns.map(\.name)] + rows.map { $0.map { $0 ?? "" } }, headerRowCount: 1, positional: true)
    }

    /// A page's running header: the form's or report's title, maybe marked as continued (（续）).
    static func isRunningTitle(_ c: String) -> Bool {
        var t = c
        for mark in ["（续）", "(续)", "续表"] where t.hasSuffix(mark) { t = String(t.dropLast(mark.count)) }
        return ["报告", "自评表", "评价表", "目标表"].contains { t.hasSuffix($0) }
    }

    /// A line of one short cell holding a date (`2024年5月26日`).
    private static func isDateLine(_ cells: [TextCell], at k: Int) -> Bool {
        guard k < cells.count, cells[k].startsLine, cells[k].lineCells == 1 else { return false }
        let c = cells[k].text.compacted
        return c.count <= 20 && DateText.iso(c) != nil
    }

    /// Lines that close a form: its conclusion, problems, signatures.
    static let closingLabels = ["评价结论", "自评结论", "绩效自评结论", "存在问题", "改进措施", "项目负责人", "财务负责人", "单位负责人",
                                "填报人", "填表人", "填报单位", "审核人", "联系电话", "联系人", "填报日期", "说明:", "说明：", "注:", "注：", "备注:",
                                "备注：", "说明", "附件", "偏差大或目标未完成原因"]
    /// Their first characters: asked of every body cell before the labels themselves are.
    private static let closingFirstScalars = Set(closingLabels.compactMap(\.unicodeScalars.first))

    /// Whether a compacted text starts with one of `closingLabels`, whatever follows it; the first
    /// character is asked first (this runs on many cells).
    static func startsWithClosingLabel(_ c: String) -> Bool {
        guard let first = c.unicodeScalars.first, closingFirstScalars.contains(first) else { return false }
        return closingLabels.contains { c.hasPrefix($0) }
    }

    /// Labels that start the next block of a funds table's form: the funds block ends there.
    static let nextBlockLabels = ["年度总体目标", "总体目标", "年度绩效目标", "资金管理情况", "绩效目标", "总体目标完成情况"]

    /// Whether the line starting at `cells[k]` is no part of a table: a numbered heading, or
    /// prose with no table cells after it.
    private static func endsForm(_ cells: [TextCell], at k: Int) -> Bool {
        let t = cells[k].text
        // A heading has words; a figure (`20`, `100%`) is none.
        if t.utf8.count >= 4, t.unicodeScalars.contains(where: { $0.properties.isIdeographic }),
           let (n, _) = HeadingNumber.parse(t), n.style <= .parenChinese, !NumberedFormRow.isRow(cells, at: k) { return true }
        guard cells[k].lineCells == 1, isProse(t) else { return false }
        // A long note inside the table is followed by more rows; prose after it is not.
        var seen = 0
        var figures = 0
        var j = k + 1
        while j < cells.count, seen < 8 {
            let kind = CellKind.of(cells[j].text)
            if [.number, .percent, .quantity, .operatorSign, .level1, .level2, .unit].contains(kind) { figures += 1 }
            if !cells[j].text.isEmpty { seen += 1 }
            j += 1
        }
        return figures < 2
    }

    static func isProse(_ t: String) -> Bool {
        let c = t.compacted
        return c.count > 60 || (c.count > 30 && (c.includes("。") || c.includes("；")))
    }

    /// Whether the line at `cells[k]` leaves the funds block: no figure, and its first cell names
    /// no source of funds (年度总体目标, 资金管理情况…).
    private static func endsFunds(_ cells: [TextCell], at k: Int) -> Bool {
        let c = cells[k].text.compacted
        if nextBlockLabels.contains(c) { return true }
        guard cells[k].startsLine else { return false }
        var j = k
        var line: [String] = []
        while j < cells.count, j == k || !cells[j].startsLine { line.append(cells[j].text); j += 1 }
        // Empty cells and the template's blanks (`/`, `—`) end nothing: they are a row's cells.
        guard let first = line.first(where: { CellKind.of($0) != .empty }) else { return false }
        if line.contains(where: { ValueParser.amount($0) != nil || ValueParser.percent($0) != nil }) { return false }
        if FundsReader.isFundsItem(first) || FundsReader.isGroupLabel(first) || FundsReader.isBlockLabel(first) { return false }
        // One cell per line: the next lines may hold this row's figures, or, after a note the
        // form merged down its 原因 column (`1.预算执行率=…`), the next source's row.
        if line.count == 1 {
            var n = j
            while n < cells.count, cells[n].text.isEmpty { n += 1 }
            if n < cells.count, ValueParser.amount(cells[n].text) != nil { return false }
            if n + 1 < cells.count, FundsReader.isFundsItem(cells[n].text), ValueParser.amount(cells[n + 1].text) != nil { return false }
        }
        return true
    }

    /// Joins pieces the copy split: a bare `指标` to the level label it ends (`产出` + `指标`), a
    /// lone comparison to its number and a number to its unit where the form has no column for
    /// them; drops the funds block's own label cells (项目资金（万元）) from the rows.
    static func fuse(_ cells: [TextCell], roles: [ColumnRole]) -> (cells: [TextCell], kinds: [CellKind]) {
        let hasOperator = roles.contains(.operatorSign)
        let hasUnit = roles.contains(.unit)
        var out: [TextCell] = []
        var kinds: [CellKind] = []
        for cell in cells {
            let c = cell.text.compacted
            // A row the template left for more indicators (指标2:, ……) holds nothing: its name
            // cell is an empty cell.
            if roles.contains(.name), isUnfilledName(c) {
                var blank = cell
                blank.text = ""
                out.append(blank)
                kinds.append(.unfilledName)
                continue
            }
            // The end of a level label wrapped onto the next line: `产出` + `指标`, `满意度指` + `标`,
            // `服务对象` + `满意度`.
            if labelTails.contains(c), let i = out.indices.reversed().prefix(12).first(where: { completesLabel(out[$0].text, with: c) }) {
                out[i].text = out[i].text.compacted + c
                kinds[i] = CellKind.of(out[i].text)
                continue
            }
            if roles.first == .label, FundsReader.isBlockLabel(c) {
                continue
            }
            let kind = CellKind.of(c)
            if let last = out.last {
                let lastKind = kinds[kinds.count - 1]
                let opThenNumber = !hasOperator && lastKind == .operatorSign && ValueParser.operatorSign(last.text) != nil
                    && [.number, .percent, .quantity].contains(kind)
                // A unit goes with its number on the same line, or at the start of the next line
                // when a row's cell wrapped there (`≥850` / `人次 | 906`).
                let numberThenUnit = !hasUnit && [.number, .quantity].contains(lastKind) && kind == .unit
                    && (!cell.startsLine || max(cell.lineCells, last.lineCells) > 1) && ValueParser.parseQuantity(last.text)?.unit == nil
                if opThenNumber || numberThenUnit {
                    out[out.count - 1].text = last.text.compacted + c
                    kinds[kinds.count - 1] = CellKind.of(out[out.count - 1].text)
                    continue
                }
            }
            out.append(cell)
            kinds.append(kind)
        }
        return (out, kinds)
    }

    /// Every ending of a level label (`标`, `指标`, `满意度`, `度指标`…): the pieces a wrapped
    /// label may leave on the next line.
    static let labelTails: Set<String> = {
        var words = IndicatorLevels.level1Names
        for (stem, _) in IndicatorLevels.level2Parents { words += [stem, stem + "指标"] }
        var tails: Set<String> = []
        for w in words {
            let chars = Array(w)
            for k in 1..<chars.count where chars.count - k <= 5 { tails.insert(String(chars[k...])) }
        }
        return tails
    }()

    /// `指标2:`, `……`: a name cell of the template left unfilled.
    static func isUnfilledName(_ c: String) -> Bool {
        guard (c.hasPrefix("指标") && c != "指标") || c.hasPrefix("…") else { return false }
        return IndicatorReader.isPlaceholder(c)
    }

    /// Whether `piece` is the wrapped end of the level label `label`: the label is cut, and with
    /// the piece is a label of the templates (`产出` + `指标`, `服务对象` + `满意度`).
    static func completesLabel(_ label: String, with piece: String) -> Bool {
        let l = label.compacted
        guard !l.isEmpty, !l.hasSuffix("指标") else { return false }
        let joined = l + piece
        if IndicatorLevels.level1Names.contains(joined) { return true }
        let stem = joined.hasSuffix("指标") ? String(joined.dropLast(2)) : joined
        guard IndicatorLevels.level2Parents.contains(where: { $0.stem == stem }) else { return false }
        // `社会效益` is whole without its 指标; only `指标` may follow it.
        return piece == "指标" || !IndicatorLevels.level2Parents.contains(where: { $0.stem == l })
    }

    /// A row holding one piece of text alone (a name or a note) is part of a cell wrapped over
    /// lines: the start of the next row's name when that row's name is a short tail
    /// (`工程款支付及时` / `率  100%  100%`), else the end of the row above
    /// (`农产品质量安全抽检合` / `格率`).
    private static func joinContinuations(_ rows: [[String?]], roles: [ColumnRole]) -> [[String?]] {
        func filled(_ row: [String?]) -> [Int] { row.indices.filter { !($0 < row.count ? row[$0] ?? "" : "").trimmingWhitespace().isEmpty } }
        var out: [[String?]] = []
        var carried: (col: Int, text: String)?
        for (index, original) in rows.enumerated() {
            var row = original
            if let c = carried {
                if let tail = row[c.col] { row[c.col] = c.text + "\n" + tail } else { out.append(rowWith(c, roles.count)) }
                carried = nil
            }
            let f = filled(row)
            if f.count == 1, let col = f.first, [.name, .note, .target, .actual].contains(roles[col]),
               CellKind.of(row[col]!) == .text, row[col]!.count <= 16 || roles[col] == .note {
                if index + 1 < rows.count, case let next = rows[index + 1], roles[col] == .name, let tail = next[col], tail.compacted.count <= 3,
                   !filled(next).contains(where: { [.level1, .level2].contains(roles[$0]) }) {
                    carried = (col, row[col]!)
                    continue
                }
                // The end of the cell the row above ended with, when that cell is text.
                if var last = out.last, let end = last.lastIndex(where: { !($0 ?? "").trimmingWhitespace().isEmpty }),
                   [.name, .note, .target, .actual].contains(roles[end]), let above = last[end], CellKind.of(above) == .text {
                    last[end] = above + "\n" + row[col]!
                    out[out.count - 1] = last
                    continue
                }
            }
            out.append(row)
        }
        if let c = carried { out.append(rowWith(c, roles.count)) }
        return out
    }

    private static func rowWith(_ cell: (col: Int, text: String), _ width: Int) -> [String?] {
        var row = [String?](repeating: nil, count: width)
        row[cell.col] = cell.text
        return row
    }
}
