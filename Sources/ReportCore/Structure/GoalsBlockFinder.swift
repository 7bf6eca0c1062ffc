/// Finds the 年度总体目标 block of a self-evaluation form among lines of text, whatever shape the
/// copy gave it, and hands it on as a table for `GoalsReader`.
///
/// The block is a label (年度总体目标, 总体目标…), a planned column (年初设定目标, 预期目标…) and an
/// achieved column (全年实际完成情况…), then the two cells' text. A copy keeps those in many
/// shapes: the three labels on one line or one a line; the two cells one a line with a closing
/// ` |`, or separated by blank lines, or with their lines wrapped and nothing marking a cell's end;
/// both cells on one line; or a `pdftotext -layout` dump that keeps each cell under its column.
/// The block runs to the next form's header (绩效指标 …), a closing label or a blank line.
enum GoalsBlockFinder {
    /// The block whose header starts on line `start`, as a table, and the item after it.
    static func find(_ items: [BodyItem], at start: Int, before limit: Int, stop: (Int) -> Bool) -> (TableGrid, Int)? {
        guard let header = header(items, at: start, before: limit) else { return nil }
        var k = header.next
        // Content lines, each with its pieces as a layout dump placed them.
        var lines: [SourceLine] = []
        var blanks = 0
        while k < limit, case .line(let l) = items[k], lines.count < 60 {
            if l.isBlank {
                blanks += 1
                // A printed form's padding: blank lines between the labels' line and the cells'
                // lines of a layout dump.
                if lines.isEmpty, header.rest.isEmpty, blanks < 6, header.columns != nil || layoutNext(items, after: k, before: limit) {
                    k += 1
                    continue
                }
                // Cells separated by blank lines (the copy's shape since the header) go on.
                if !header.blankSeparated || blanks >= 2 { break }
                k += 1
                continue
            }
            if stop(k) || endsBlock(l.text) || startsSpelledLabel(items, at: k, before: limit) { break }
            if blanks > 0, header.blankSeparated { lines.append(SourceLine(raw: "", origin: l.origin, page: l.page, emphasized: false, startsBlock: false)) }
            blanks = 0
            lines.append(l)
            k += 1
        }
        // A blank line right before what ended the block is not a cell boundary.
        while lines.last?.isBlank == true { lines.removeLast() }
        guard !lines.isEmpty || !header.rest.isEmpty else { return nil }
        let labelRow = [header.label, header.planned, header.achieved]
        var rows: [[String]]
        var positional = false
        if case .line(let headerLine) = items[header.next - 1], let split = GoalsLayout.split(headerLine.raw, header: header, lines) {
            rows = split
            positional = true
        } else if let columns = header.columns, lines.contains(where: { TextCells.hasGap($0.raw.trimmingWhitespace()) }) {
            rows = layoutRows(lines, columns)
            positional = true
        } else {
            // The content stands under the planned and achieved labels, not under the block's.
            rows = cellRows(lines, rest: header.rest).map { $0.count < labelRow.count ? [""] + $0 : $0 }
        }
        return (TableGrid(rows: [labelRow] + rows, positional: positional), k)
    }

    /// Whether the next line with text after `k` is a layout line: runs of spaces part its text.
    private static func layoutNext(_ items: [BodyItem], after k: Int, before limit: Int) -> Bool {
        var j = k + 1
        while j < limit, case .line(let l) = items[j] {
            if !l.isBlank { return TextCells.hasGap(l.text) || l.raw.hasPrefix("  ") }
            j += 1
        }
        return false
    }

    // MARK: - Header

    struct Header {
        var label: String
        var planned: String
        var achieved: String
        /// Content cells after the labels on the header's last line (a row or form on one line).
        var rest: [String]
        /// Where the planned and achieved columns start, when the labels stood in a layout line.
        var columns: (planned: Int, achieved: Int)?
        /// Whether the header's labels were separated by blank lines (every cell is, then).
        var blankSeparated: Bool
        var next: Int
    }

    /// The labels, on one line or over up to four lines (one a line, perhaps with blank lines
    /// between): a planned label before an achieved one, every cell a short label.
    static func header(_ items: [BodyItem], at start: Int, before limit: Int) -> Header? {
        var labels: [String] = []
        var k = start
        var blankSeparated = false
        var lineCount = 0
        while k < limit, case .line(let l) = items[k], lineCount < 4 {
            if l.isBlank {
                // Blank lines between labels: only once a label was read.
                guard !labels.isEmpty, k + 1 < limit else { return nil }
                blankSeparated = true
                k += 1
                continue
            }
            // Before the labels, a line holds one of these words or is a line of empty cells. Most
            // lines are neither, and this runs from every line: they are turned away unsplit.
            if labels.isEmpty, !l.raw.includes("目标"), !l.raw.includes("年度"), !l.raw.includes("总体") {
                guard k - start < 8, l.raw.unicodeScalars.allSatisfy({ $0 == "|" || $0 == "｜" || $0.isSpaceLike }) else { return nil }
                k += 1
                continue
            }
            // Empty cells between labels (`年度总体目标 |  | 年初设定目标`) are passed over.
            let split = TextCells.split(l.raw)
            let cells = split.map(\.compacted).filter { !$0.isEmpty }
            // Lines of empty cells (` |`, a lone NBSP) before the labels: the previous row's end.
            if labels.isEmpty, cells.isEmpty, k - start < 8 {
                k += 1
                continue
            }
            guard let first = cells.first, isLabel(first) else { return nil }
            // The block's own label comes first; a line of column labels needs one before it.
            // A line of the planned and achieved labels alone names the block too (its own label
            // set down the side, below them).
            if labels.isEmpty, !isBlockLabel(first), !(cells.count >= 2 && isPlannedLabel(cells[1]) || cells.count >= 3 && isPlannedLabel(cells[0])
                                                       || cells.count == 2 && isPlannedLabel(cells[0]) && isAchievedLabel(cells[1])) {
                return nil
            }
            lineCount += 1
            for (n, c) in cells.enumerated() {
                guard isLabel(c) else { return nil }
                labels.append(c)
                if isAchievedLabel(c), labels.dropLast().contains(where: isPlannedLabel) {
                    let planned = labels.dropLast().last(where: isPlannedLabel)!
                    let label = labels.first == planned ? "" : labels.first!
                    var columns: (planned: Int, achieved: Int)?
                    let pieces = LayoutRows.pieces(l.raw)
                    if TextCells.hasGap(l.text), n == cells.count - 1,
                       let p = pieces.first(where: { $0.text.compacted == planned }), let a = pieces.last {
                        columns = (p.start, a.start)
                    }
                    // The rest of the line: the cells after the achieved label.
                    let rest = Array(split.drop { $0.compacted != c }.dropFirst())
                    return Header(label: label, planned: planned, achieved: c, rest: rest,
                                  columns: columns, blankSeparated: blankSeparated, next: k + 1)
                }
            }
            k += 1
        }
        return nil
    }

    static func isLabel(_ c: String) -> Bool {
        !c.isEmpty && c.count <= 12 && !c.contains(where: { "，。；;,:：、（）()".contains($0) || $0.isNumber })
    }

    /// The block's label, or a piece of one a layout dump split (`年度` / `总体` / `目标`).
    static func isBlockLabel(_ c: String) -> Bool {
        c.hasSuffix("目标") || c.hasSuffix("目标完成情况") || ["年度", "总体", "年度总体"].contains(c)
    }

    static func isPlannedLabel(_ c: String) -> Bool { c.hasSuffix("目标") && !c.includes("完成") }

    static func isAchievedLabel(_ c: String) -> Bool { c.includes("完成情况") || c.includes("实际完成") }

    /// A line that is not the goals' text: the 绩效指标 header, a closing label.
    private static func endsBlock(_ text: String) -> Bool {
        let c = text.compacted
        if ["绩效指标", "一级指标", "二级指标", "三级指标"].contains(where: { c.hasPrefix($0) }) { return true }
        return TextFormReader.startsWithClosingLabel(c)
    }

    /// A merged label written one character a line (`绩` / `效` / `指` / `标`): the next block.
    private static func startsSpelledLabel(_ items: [BodyItem], at k: Int, before limit: Int) -> Bool {
        func single(_ i: Int) -> Bool {
            guard i < limit, case .line(let l) = items[i] else { return false }
            let t = l.text
            return t.count == 1 && t.unicodeScalars.first!.properties.isIdeographic
        }
        return single(k) && single(k + 1)
    }

    // MARK: - Rows

    /// Rows of the cells' text. A line ending in ` |` closes its cell, as does a blank line in a
    /// blank-separated copy; where two such cells result, they are the planned and achieved ones.
    /// One cell a line with nothing closing a cell is one cell holding both lists; lines of
    /// several cells are rows of those cells. `GoalsReader` decides which lines go on and where
    /// the second list starts.
    private static func cellRows(_ lines: [SourceLine], rest: [String]) -> [[String]] {
        if !rest.isEmpty, lines.isEmpty { return [rest] }
        let barred = lines.contains { l in l.text.hasSuffix("|") || l.text.hasSuffix("｜") }
        let blanks = lines.contains(where: \.isBlank)
        let oneCellALine = lines.allSatisfy { TextCells.split($0.raw).count <= 1 }
        if oneCellALine, !barred, !blanks {
            // Nothing marks where the planned cell ends: the text is one cell, as the copy left it.
            return (rest.isEmpty ? [] : [rest]) + [[lines.map(\.text).joined(separator: "\n")]]
        }
        if oneCellALine {
            var cells: [String] = []
            var current: [String] = []
            for l in lines {
                if !l.isBlank { current += TextCells.split(l.raw) }
                let closes = barred ? (l.text.hasSuffix("|") || l.text.hasSuffix("｜")) : l.isBlank
                if closes { cells.append(current.joined(separator: "\n")); current = [] }
            }
            if !current.isEmpty { cells.append(current.joined(separator: "\n")) }
            cells = rest + cells.filter { !$0.trimmingWhitespace().isEmpty }
            if cells.count == 2 { return [cells] }
        }
        var rows = rest.isEmpty ? [] : [rest]
        for l in lines where !l.isBlank { rows.append(TextCells.split(l.raw)) }
        return rows
    }

    /// Rows of a layout dump: each piece goes to the column it stands under (a piece left of the
    /// planned column is the label's).
    private static func layoutRows(_ lines: [SourceLine], _ columns: (planned: Int, achieved: Int)) -> [[String]] {
        var rows: [[String]] = []
        for l in lines where !l.isBlank {
            var row = ["", "", ""]
            for p in LayoutRows.pieces(l.raw) {
                let column = p.start < columns.planned - 2 ? 0 : (p.start < (columns.planned + columns.achieved) / 2 ? 1 : 2)
                row[column] += row[column].isEmpty ? p.text : " " + p.text
            }
            rows.append(row)
        }
        return rows
    }
}
