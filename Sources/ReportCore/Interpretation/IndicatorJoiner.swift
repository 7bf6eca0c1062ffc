import ReportModel

/// Joins results given in a separate table (指标 | 完成情况) to the targets by indicator name.
/// Results with no target become rows of their own; targets without a result keep
/// `actual: null`. No row is dropped.
///
/// One joiner serves a whole report and keeps its name index between tables, adding only the
/// rows appended since the last join: rebuilding it for every results table made a long report
/// (a 100 MB text of many reports) quadratic in its indicator rows.
struct IndicatorJoiner {
    private var index: [String: Int] = [:]
    /// `rows[..<indexed]` are in `index`.
    private var indexed = 0

    static func key(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        for s in name.compacted.unicodeScalars {
            // Fold full-width ASCII so 「（」 and 「(」 match.
            if (0xFF01...0xFF5E).contains(s.value), let h = Unicode.Scalar(s.value - 0xFEE0) { out.append(h) } else { out.append(s) }
        }
        return String(out)
    }

    /// - Parameter rows: the report's rows so far; between calls they may only grow at the end.
    mutating func join(results: [Indicator], into rows: inout [Indicator]) {
        if indexed > rows.count { (index, indexed) = ([:], 0) }
        while indexed < rows.count {
            let k = Self.key(rows[indexed].name)
            if index[k] == nil { index[k] = indexed }
            indexed += 1
        }
        for result in results {
            if let i = index[Self.key(result.name)], rows[i].actual == nil {
                rows[i].actual = result.actual
                rows[i].note = rows[i].note ?? result.note
                rows[i].weight = rows[i].weight ?? result.weight
                rows[i].score = rows[i].score ?? result.score
            } else {
                rows.append(result)
            }
        }
    }
}
