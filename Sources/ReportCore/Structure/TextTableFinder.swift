import Foundation

/// Finds tables among plain lines, in the three shapes text copies of tables take:
/// pipe-separated rows (`a | b | c`), whitespace-separated rows (one row per indented line,
/// cells split by spaces, wrapped cells continuing on unindented lines), and tables flattened
/// one cell per line (a header of column names, then the cells, empty ones often vanished).
///
/// Tables found here are not positional, except flattened ones, which `RowAligner` rebuilds
/// into columns from the header.
enum TextTableFinder {
    static func find(in items: [BodyItem]) -> [BodyItem] {
        var out: [BodyItem] = []
        var i = 0
        // A whitespace region that failed is not tried again from each of its lines: that would
        // be quadratic on long indented dumps.
        var noWhitespaceTableBefore = 0
        while i < items.count {
            guard case .line(let line) = items[i] else {
                out.append(items[i]); i += 1; continue
            }
            var found = pipeTable(items, at: i) ?? flattenedTable(items, at: i)
            if found == nil, i >= noWhitespaceTableBefore {
                switch whitespaceTable(items, at: i) {
                case .table(let grid, let next): found = (grid, next)
                case .rejected(let regionEnd): noWhitespaceTableBefore = regionEnd
                case .none: break
                }
            }
            if let (grid, next) = found {
                var g = grid
                g.page = line.page
                out.append(.table(g))
                i = next
                continue
            }
            out.append(.line(line))
            i += 1
        }
        return out
    }

    // MARK: - Pipe tables

    static func pipeCount(_ s: String) -> Int { s.reduce(0) { $0 + ($1 == "|" || $1 == "｜" ? 1 : 0) } }

    private static func pipeTable(_ items: [BodyItem], at start: Int) -> (TableGrid, Int)? {
        var rows: [[String]] = []
        var i = start
        // Two-column tables written `a | b` have one pipe a line: a run of such lines counts.
        guard case .line(let first) = items[start], pipeCount(first.text) >= 1 else { return nil }
        var minimum = 2
        if pipeCount(first.text) == 1, start + 1 < items.count, case .line(let second) = items[start + 1], pipeCount(second.text) >= 1 {
            minimum = 1
        }
        while i < items.count, case .line(let l) = items[i], pipeCount(l.text) >= minimum {
            let t = l.text
            if t.range(of: #"^[|｜:\-\s—]+$"#, options: .regularExpression) == nil {  // markdown rule rows
                var cells = t.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "|" || $0 == "｜" })
                    .map { String($0).trimmingWhitespace() }
                if t.hasPrefix("|") || t.hasPrefix("｜"), cells.first == "" { cells.removeFirst() }
                rows.append(cells)
            }
            i += 1
        }
        guard rows.count >= 2 else { return nil }
        return (TableGrid(rows: trimTrailingEmptyColumns(rows), positional: false), i)
    }

    // MARK: - Tables flattened one cell per line

    private static func isFlatBreak(_ line: SourceLine) -> Bool {
        let t = line.text
        if line.raw.leadingIndent >= 2, !t.isEmpty { return true }
        if t.count > 60 { return true }
        if t.includes("。"), t.count > 30 { return true }
        if let (n, _) = HeadingNumber.parse(t), n.style <= .parenChinese { return true }
        return false
    }

    private static func flattenedTable(_ items: [BodyItem], at start: Int) -> (TableGrid, Int)? {
        guard case .line(let first) = items[start], first.origin == .textLine, ColumnRole.isHeaderWord(first.text),
              first.raw.leadingIndent < 2 else { return nil }
        var header: [String] = []
        var i = start
        // Header: consecutive header-word lines, blank lines between them allowed.
        while i < items.count, case .line(let l) = items[i], l.origin == .textLine {
            if l.raw.trimmingCharacters(in: .whitespaces).isEmpty && !l.raw.includes("\u{00A0}") { i += 1; continue }
            guard l.raw.leadingIndent < 2, ColumnRole.isHeaderWord(l.text) else { break }
            header.append(l.text)
            i += 1
        }
        let roles = header.map(ColumnRole.of)
        let indicatorTable = roles.contains(where: { [.name, .level1, .level2].contains($0) })
            && roles.contains(where: { [.target, .actual, .weight, .score, .operatorSign].contains($0) })
        let fundsTable = roles.filter { $0 == .amount }.count >= 2
        guard header.count >= 2, indicatorTable || fundsTable else { return nil }
        var cells: [String] = []
        var end = i
        while i < items.count, case .line(let l) = items[i], l.origin == .textLine {
            // Three header words in a row start the next table of a form flattened whole.
            if startsHeaderRun(items, at: i) { break }
            if l.raw.trimmingCharacters(in: .whitespaces).isEmpty {
                // An NBSP-only line is an empty cell that survived; a truly blank line separates.
                if l.raw.includes("\u{00A0}") || l.raw.includes("\u{3000}") { cells.append("") ; end = i + 1 }
                i += 1
                continue
            }
            if isFlatBreak(l) { break }
            cells.append(l.text)
            i += 1
            end = i
        }
        guard cells.count >= header.count else { return nil }
        let rows = RowAligner(roles: roles).alignStream(cells).map { $0.map { $0 ?? "" } }
        return (TableGrid(rows: [header] + rows, headerRowCount: 1, positional: true), end)
    }

    /// Whether three consecutive non-blank lines from `start` are header words.
    private static func startsHeaderRun(_ items: [BodyItem], at start: Int) -> Bool {
        var found = 0
        var i = start
        while i < items.count, found < 3, case .line(let l) = items[i] {
            if l.raw.trimmingCharacters(in: .whitespaces).isEmpty && !l.raw.includes("\u{00A0}") { i += 1; continue }
            guard ColumnRole.isHeaderWord(l.text) else { return false }
            found += 1
            i += 1
        }
        return found == 3
    }

    // MARK: - Whitespace-separated rows

    private static func tokens(_ s: String, layout: Bool) -> [String] {
        let pieces: [String]
        if layout {
            pieces = s.components(separatedBy: "  ").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            return pieces
        }
        pieces = s.split(separator: " ", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
        var cells = pieces
        while cells.first == "" { cells.removeFirst() }
        while cells.last == "" { cells.removeLast() }
        return cells
    }

    private enum WhitespaceResult {
        case table(TableGrid, Int)
        /// The region starting here was looked at and is not a table; it ends at the index given.
        case rejected(Int)
    }

    private static func whitespaceTable(_ items: [BodyItem], at start: Int) -> WhitespaceResult? {
        guard case .line(let first) = items[start], first.origin == .textLine, first.raw.leadingIndent >= 1,
              tokens(first.raw, layout: false).filter({ !$0.isEmpty }).count >= 2 else { return nil }
        // The region: until a blank line.
        var region: [SourceLine] = []
        var i = start
        while i < items.count, case .line(let l) = items[i], l.origin == .textLine, !l.isBlank {
            region.append(l)
            i += 1
        }
        let indented = region.filter { $0.raw.leadingIndent >= 1 }
        let interiorGaps = indented.filter { $0.raw.trimmingWhitespace().includes("  ") }.count
        let layout = interiorGaps * 10 >= indented.count * 6
        var rows: [[String]] = []
        for l in region {
            let cells = tokens(l.raw, layout: layout)
            if l.raw.leadingIndent >= 1 || rows.isEmpty {
                rows.append(cells)
            } else if cells.count == 1, var last = rows.popLast() {
                // A wrapped cell goes on on an unindented line.
                if let k = last.lastIndex(where: { !$0.isEmpty }) { last[k] += "\n" + cells[0] } else { last.append(cells[0]) }
                rows.append(last)
            } else if var last = rows.popLast() {
                last.append(contentsOf: cells)
                rows.append(last)
            }
        }
        let multi = rows.filter { $0.filter { !$0.isEmpty }.count >= 2 }
        guard multi.count >= 3 else { return .rejected(i) }
        let headerLike = rows.contains { row in row.filter { ColumnRole.isHeaderWord($0.replacingOccurrences(of: "\n", with: "")) }.count >= 2 }
        let cellLike = multi.count >= 4 && multi.allSatisfy { row in
            let ne = row.filter { !$0.isEmpty }
            return ne.count >= 3 && ne.map(\.count).reduce(0, +) / ne.count <= 15
        }
        guard headerLike || cellLike else { return .rejected(i) }
        return .table(TableGrid(rows: rows, positional: false), i)
    }

    private static func trimTrailingEmptyColumns(_ rows: [[String]]) -> [[String]] {
        let width = rows.map(\.count).max() ?? 0
        var keep = width
        while keep > 1, rows.allSatisfy({ $0.count < keep || $0[keep - 1].isEmpty }) { keep -= 1 }
        return rows.map { Array($0.prefix(keep)) }
    }
}
