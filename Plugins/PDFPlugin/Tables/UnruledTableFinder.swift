/// The fallback for tables drawn without lines: rows of text fragments aligned in columns.
///
/// Consecutive lines that each break into several fragments separated by wide gaps are a table
/// when there are at least three such lines (or two with three columns). Columns are the
/// horizontal extents the fragments share: fragments of different rows that overlap sideways
/// stand in the same column.
enum UnruledTableFinder {
    /// Splits `lines` (one page, top to bottom) into tables and the lines left over.
    static func find(in lines: [TextLine], page: Int) -> (tables: [PageTable], rest: [TextLine]) {
        var tables: [PageTable] = []
        var rest: [TextLine] = []
        var group: [TextLine] = []

        func flush() {
            defer { group = [] }
            let columns = group.map(\.runs.count).min() ?? 0
            guard group.count >= 3 || (group.count == 2 && columns >= 3), let table = table(from: group, page: page)
            else {
                rest.append(contentsOf: group)
                return
            }
            tables.append(table)
        }

        for line in lines {
            if isMultiColumn(line) {
                if let last = group.last, line.centerY - last.centerY > 3 * line.em { flush() }
                group.append(line)
            } else {
                flush()
                rest.append(line)
            }
        }
        flush()
        return (tables, rest)
    }

    /// A line of two or more fragments, all separated by gaps of at least two ems.
    static func isMultiColumn(_ line: TextLine) -> Bool {
        guard line.runs.count >= 2 else { return false }
        for index in line.runs.indices.dropFirst() where line.runs[index].box.x0 - line.runs[index - 1].box.x1 < 2 * line.em {
            return false
        }
        return true
    }

    private static func table(from group: [TextLine], page: Int) -> PageTable? {
        // Column extents: union of overlapping fragment extents across rows.
        var intervals: [(x0: Double, x1: Double)] = []
        for run in group.flatMap(\.runs).sorted(by: { $0.box.x0 < $1.box.x0 }) {
            if let last = intervals.last, run.box.x0 <= last.x1 {
                intervals[intervals.count - 1].x1 = max(last.x1, run.box.x1)
            } else {
                intervals.append((run.box.x0, run.box.x1))
            }
        }
        guard intervals.count >= 2 else { return nil }
        var rows: [[String]] = []
        for line in group {
            var row = [String](repeating: "", count: intervals.count)
            for run in line.runs {
                let column = intervals.firstIndex { run.box.x0 >= $0.x0 - 0.5 && run.box.x0 <= $0.x1 } ?? 0
                row[column] = row[column].isEmpty ? run.text : row[column] + " " + run.text
            }
            rows.append(row)
        }
        var edges = intervals.map(\.x0)
        edges.append(intervals.last!.x1)
        let box = group.dropFirst().reduce(group[0].box) { $0.union($1.box) }
        return PageTable(box: box, columnEdges: edges, rows: rows, spans: [],
                         rowPages: Array(repeating: page, count: rows.count), ruled: false)
    }
}
