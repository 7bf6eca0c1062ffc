import ReportModel

/// Joins results given in a separate table (指标 | 完成情况) to the targets by indicator name.
/// Results with no target become rows of their own; targets without a result keep
/// `actual: null`. No row is dropped.
enum IndicatorJoiner {
    static func key(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        for s in name.compacted.unicodeScalars {
            // Fold full-width ASCII so 「（」 and 「(」 match.
            if (0xFF01...0xFF5E).contains(s.value), let h = Unicode.Scalar(s.value - 0xFEE0) { out.append(h) } else { out.append(s) }
        }
        return String(out)
    }

    static func join(results: [Indicator], into rows: inout [Indicator]) {
        var index: [String: Int] = [:]
        for (i, r) in rows.enumerated() where index[key(r.name)] == nil { index[key(r.name)] = i }
        for result in results {
            if let i = index[key(result.name)], rows[i].actual == nil {
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
