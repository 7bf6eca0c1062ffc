/// Rows of a web table copied with each cell's text on lines of its own, as the page's source
/// indented it, and the pipe between two cells starting the next cell's line:
///
///     绩效
///            指标
///             | 一级指标
///             | 二级指标
///             |
///     项目决策
///             | 数量指标
///
/// A line that starts with indentation and a pipe goes on with the row above (the next cell); an
/// indented line without a pipe goes on with the cell above (its text broke: `绩效` / `指标`); a
/// line at the margin starts a row. The lines are joined into the pipe rows the table readers
/// know (`绩效指标 | 一级指标 | 二级指标 |`). A blank line ends a row.
///
/// Only a run of lines holding at least `minimumPipeLed` pipe-led lines with a cell's text is
/// joined: indented lines alone are common (a page that indents every line), and so are bars alone
/// closing cells written one a line; both are left as they are.
enum PipeLedCells {
    static let minimumPipeLed = 4

    static func join(_ items: [BodyItem]) -> [BodyItem] {
        var out: [BodyItem] = []
        out.reserveCapacity(items.count)
        var i = 0
        while i < items.count {
            guard case .line = items[i] else { out.append(items[i]); i += 1; continue }
            var end = i
            while end < items.count, case .line = items[end] { end += 1 }
            out += joinRun(items[i..<end])
            i = end
        }
        return out
    }

    /// A line that starts with indentation, then the pipe before one cell at most (`| 一级指标`,
    /// `| `, `| |`): a pipe row whose first cell is empty (` | 产出指标 | 数量指标 | …`) holds more
    /// and is a row of its own.
    static func isPipeLed(_ raw: String) -> Bool {
        guard raw.leadingIndent > 0 else { return false }
        let t = raw.trimmingWhitespace()
        guard t.hasPrefix("|") else { return false }
        return t.split(separator: "|").filter { !String($0).trimmingWhitespace().isEmpty }.count <= 1
    }

    /// A pipe-led line that carries a cell's text: the shape's mark. Bars alone (` |`, `  |`)
    /// also close cells written one a line with their bars after them, another shape.
    static func carriesCell(_ raw: String) -> Bool {
        isPipeLed(raw) && raw.contains { $0 != "|" && !$0.isWhitespace }
    }

    private static func joinRun(_ run: ArraySlice<BodyItem>) -> [BodyItem] {
        let lines = run.compactMap { item -> SourceLine? in if case .line(let l) = item { return l } else { return nil } }
        // A pipe alone on its line whose cell's text stands on the indented line after it counts
        // as one that carries it.
        let cellsLed = lines.indices.count { k in
            carriesCell(lines[k].raw) || (isPipeLed(lines[k].raw) && k + 1 < lines.count && !lines[k + 1].isBlank
                && lines[k + 1].raw.leadingIndent > 0 && !lines[k + 1].text.hasPrefix("|"))
        }
        guard cellsLed >= minimumPipeLed else { return Array(run) }
        var out: [BodyItem] = []
        // The row being joined, and whether its last line ended a cell with a pipe.
        var row: SourceLine?
        func flush() {
            if let r = row { out.append(.line(r)) }
            row = nil
        }
        for line in lines {
            if line.isBlank {
                flush()
                out.append(.line(line))
                continue
            }
            let text = line.text
            if var r = row, line.raw.leadingIndent > 0, !text.hasPrefix("|") || isPipeLed(line.raw) {
                // `row` lets go of the text first, so that it grows in place: a copy per line
                // would make a run of thousands of cells quadratic.
                row = nil
                if text.hasPrefix("|") {
                    r.raw += " " + text
                } else if r.raw.trimmingWhitespace().hasSuffix("|") {
                    // A cell's text on the line after its pipe.
                    r.raw += " " + text
                } else {
                    // The cell above broke over two lines: one text.
                    r.raw += text
                }
                row = r
                continue
            }
            flush()
            row = line
        }
        flush()
        return out
    }
}
