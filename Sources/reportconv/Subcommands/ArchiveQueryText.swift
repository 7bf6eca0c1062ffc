import ReportArchive

/// Query results as text: RFC 4180 CSV, or a table aligned for a terminal where Chinese
/// characters take two columns.
enum QueryResultText {
    static func csv(_ result: QueryResult) -> String {
        var out = line(result.columns)
        for row in result.rows { out += line(row.map(\.cellText)) }
        return out
    }

    private static func line(_ fields: [String]) -> String {
        fields.map { f in
            f.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : f
        }.joined(separator: ",") + "\r\n"
    }

    static func table(_ result: QueryResult) -> String {
        // Line breaks inside a cell would break the alignment; they are shown as ⏎.
        let cells = [result.columns] + result.rows.map { $0.map { $0.cellText.replacingOccurrences(of: "\n", with: "⏎") } }
        var widths = Array(repeating: 0, count: result.columns.count)
        for row in cells { for (i, c) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], width(c)) } }
        func render(_ row: [String]) -> String {
            row.enumerated().map { i, c in
                i == row.count - 1 ? c : c + String(repeating: " ", count: widths[i] - width(c))
            }.joined(separator: "  ") + "\n"
        }
        var out = render(cells[0])
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in cells.dropFirst() { out += render(row) }
        out += "(\(result.rows.count) row\(result.rows.count == 1 ? "" : "s"))\n"
        return out
    }

    /// Terminal columns: East Asian wide and full-width characters take two.
    static func width(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { sum, u in
            let v = u.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
            return sum + (wide ? 2 : 1)
        }
    }
}
