/// Reads indicator rows that have no header over them: a form's rows copied without the
/// header line (the page kept only the body), a table continued on a page whose header was not
/// repeated, rows run together on one line.
///
/// With no header, the columns are the national templates' order, which every 自评表 keeps:
/// 一级指标, 二级指标, 三级指标, 指标值, 实际完成值, 分值, 得分, and a note last. A row is
/// recognised by its own cells: optional level labels, then a name, then a target (a quantity,
/// a percentage, or a short qualitative value that more values follow), then what the row goes
/// on with. After the target:
/// - a value with a unit or a percentage, or a short qualitative text, is the actual value
///   (a weight or a score is a bare number);
/// - bare numbers are the weight, then the score; three bare numbers are the actual, weight and
///   score; a lone bare number is the weight (the 分值 column comes before 得分, and a score
///   left empty vanishes from a copy);
/// - a text after the figures is the note.
/// A 合计/总分 label with its figures is the closing total row.
enum HeaderlessRow {
    /// The column names the rows are read under, in the templates' words.
    static let columns = ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分", "备注"]
    static let roles: [ColumnRole] = [.level1, .level2, .name, .target, .actual, .weight, .score, .note]

    /// One row's cells placed under `columns`, or nil when the cells are no indicator row. A row
    /// of level labels alone (a merged label standing on a line of its own) is placed too.
    static func place(_ cells: [String]) -> [String?]? {
        let c = fused(cells.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty })
        guard let (placed, next) = parse(c, from: 0), next == c.count else { return nil }
        return placed
    }

    /// The row that starts at `cells[from]`: its placement and the index after its last cell.
    /// A text after the row's figures is its note only when no row starts there.
    static func parse(_ cells: [String], from start: Int) -> (placed: [String?], next: Int)? {
        var out = [String?](repeating: nil, count: columns.count)
        var i = start
        let n = cells.count
        func kind(_ k: Int) -> CellKind { CellKind.of(cells[k]) }
        if i < n, kind(i) == .level1 { out[0] = cells[i]; i += 1 }
        // A level-2 word followed by a target is the row's name (`群众满意度 | ≥95%`).
        if i < n, kind(i) == .level2, !figureFollows(cells, i) { out[1] = cells[i]; i += 1 }
        if i == n || (i > start && startsRow(cells, at: i) == .labels) {
            // Labels alone label the rows below.
            return i > start ? (out, i) : nil
        }
        if kind(i) == .total {
            out[2] = cells[i]
            i += 1
            var figures: [String] = []
            while i < n, figures.count < 2, kind(i) == .number { figures.append(cells[i]); i += 1 }
            guard !figures.isEmpty else { return nil }
            if figures.count == 2 { out[5] = figures[0]; out[6] = figures[1] } else { out[5] = figures[0] }
            return (out, i)
        }
        guard i < n, isName(cells[i]), i + 1 < n, isTarget(cells, at: i + 1, bareNumber: true) else { return nil }
        out[2] = cells[i]
        out[3] = cells[i + 1]
        i += 2
        // The values after the target, up to the next row or the row's note.
        var actual: String?
        var bare: [String] = []
        while i < n, startsRow(cells, at: i) == nil {
            let kind = CellKind.of(cells[i])
            if kind == .number, bare.count < 3 {
                bare.append(cells[i])
            } else if actual == nil, bare.isEmpty, kind == .percent || kind == .quantity || (kind == .text && isQualitative(cells[i])) {
                actual = cells[i]
            } else {
                break
            }
            i += 1
        }
        if bare.count == 3 {
            // Three bare numbers: the actual written without its unit, the weight, the score.
            guard actual == nil else { return nil }
            actual = bare.removeFirst()
        }
        out[4] = actual
        if let w = bare.first { out[5] = w }
        if bare.count == 2 { out[6] = bare[1] }
        if i < n, CellKind.of(cells[i]) == .text, startsRow(cells, at: i) == nil, !isClosing(cells[i]) {
            out[7] = cells[i]
            i += 1
        }
        return (out, i)
    }

    enum RowStart { case labels, row }

    /// Whether a row starts at `cells[k]`: a level label, or a name followed by a target.
    static func startsRow(_ cells: [String], at k: Int) -> RowStart? {
        guard k < cells.count else { return nil }
        let kind = CellKind.of(cells[k])
        if kind == .total, k + 1 < cells.count, CellKind.of(cells[k + 1]) == .number { return .row }
        // A bare number after a name is no certain target here: it may be a row's weight after a
        // qualitative actual (`达标 | 10`).
        if kind == .level2 { return figureFollows(cells, k) ? .row : .labels }
        if kind == .level1 { return .labels }
        if isName(cells[k]), k + 1 < cells.count, isTarget(cells, at: k + 1, bareNumber: false) { return .row }
        return nil
    }

    /// A 三级指标 name: words, not a sentence, a header word or a closing label. A level-2 word
    /// may be one (`群众满意度`): where a target follows it, the row says so.
    static func isName(_ c: String) -> Bool {
        guard [.text, .level2].contains(CellKind.of(c)) else { return false }
        let t = c.compacted
        guard (2...40).contains(t.count), t.unicodeScalars.contains(where: { $0.properties.isIdeographic }) else { return false }
        if t.includes("。") || t.includes("；") || t.includes(";") { return false }
        return !ColumnRole.isHeaderWord(t) && !isClosing(t)
    }

    /// Whether a quantity or a percentage follows `cells[k]`: a level-2 word before one is the
    /// row's name, not its label.
    private static func figureFollows(_ cells: [String], _ k: Int) -> Bool {
        k + 1 < cells.count && [.quantity, .percent].contains(CellKind.of(cells[k + 1]))
    }

    /// A target: a quantity or a percentage; a qualitative value only when a value follows it
    /// (alone, a short text after a name could be anything).
    private static func isTarget(_ cells: [String], at k: Int, bareNumber: Bool) -> Bool {
        switch CellKind.of(cells[k]) {
        case .quantity, .percent: return true
        case .number: return bareNumber && k + 1 < cells.count && isValue(cells[k + 1])
        case .text: return isQualitative(cells[k]) && k + 1 < cells.count && isValue(cells[k + 1])
        default: return false
        }
    }

    /// A cell that can stand after a target: a figure, or a short qualitative value.
    private static func isValue(_ c: String) -> Bool {
        switch CellKind.of(c) {
        case .number, .percent, .quantity: return true
        case .text: return isQualitative(c)
        default: return false
        }
    }

    /// Short words that state a value (有所提升, 达标, 按时完成), not a sentence or a label.
    private static func isQualitative(_ c: String) -> Bool {
        let t = c.compacted
        return (2...10).contains(t.count) && !t.includes("，") && !t.includes(",") && !t.includes("。") && !t.includes("：") && !t.includes(":")
            && !ColumnRole.isHeaderWord(t) && !isClosing(t)
    }

    /// The labels that close a form (评价结论, 存在问题, 项目负责人…), whatever follows them.
    private static func isClosing(_ t: String) -> Bool { TextFormReader.startsWithClosingLabel(t.compacted) }

    /// A target split over cells as a form with 运算符 / 指标值 / 度量单位 columns prints it
    /// (`≥ | 1200 | 人`), and an actual with its unit apart (`1260 | 人`): one cell again, as the
    /// templates' 指标值 and 实际完成值 columns hold them; `定性 | 优良中差` is the value alone.
    /// `分` after a figure is a score's word, not a unit to join.
    static func fused(_ cells: [String]) -> [String] {
        var out: [String] = []
        for c in cells {
            // `定性` says the value is words: the target is the value alone.
            if let last = out.last, last.compacted == "定性", CellKind.of(c) == .text {
                out[out.count - 1] = c
                continue
            }
            if let last = out.last {
                let lastKind = CellKind.of(last), kind = CellKind.of(c)
                let opThenFigure = lastKind == .operatorSign && ValueParser.operatorSign(last) != nil && [.number, .percent, .quantity].contains(kind)
                let figureThenUnit = kind == .unit && c != "分" && [.number, .quantity].contains(lastKind) && ValueParser.parseQuantity(last)?.unit == nil
                if opThenFigure || figureThenUnit {
                    out[out.count - 1] = last + c
                    continue
                }
            }
            out.append(c)
        }
        return out
    }
}
