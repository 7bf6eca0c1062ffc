import Foundation
import ReportModel

/// A reader's safety net: figures that contradict each other become warnings.
enum CrossChecks {
    /// A stated 执行率 that differs from B/A by more than its rounding: 0.05 points, or 0.5 for a
    /// rate stated in whole percents (`86%` for 85.75%).
    static func rates(_ funding: [FundingRow]) -> [ReportWarning] {
        funding.enumerated().compactMap { i, row in
            guard let a = row.budget, let b = row.executed, let stated = row.executionRate, a > 0 else { return nil }
            let computed = b / a * 100
            let tolerance = stated == stated.rounded() ? 0.5 : 0.05
            guard abs(computed - stated) > tolerance else { return nil }
            return ReportWarning(code: "rate-mismatch", message: String(
                format: "funding row %d (%@): stated 执行率 %@%% but 执行数/预算数 = %.2f%%", i + 1, row.item,
                JSONWriter.number(stated), computed), row: i)
        }
    }

    /// A report that says how many 三级指标 it set (三级指标32个) when another number was found.
    static func indicatorCount(lines: [String], found: Int) -> [ReportWarning] {
        for line in lines {
            // The pattern needs 三级指标.
            guard line.unicodeScalars.contains("级") else { continue }
            let c = line.compacted
            guard c.includes("三级指标"), let m = countPattern.firstMatch(in: c, range: NSRange(c.startIndex..., in: c)),
                  let r = Range(m.range(at: 1), in: c), let stated = Int(c[r]) else { continue }
            if stated != found {
                return [ReportWarning(code: "indicator-count-mismatch", message:
                    "the text says \(stated) 三级指标 were set, but \(found) indicator rows were found")]
            }
            return []
        }
        return []
    }

    private static let countPattern = try! NSRegularExpression(pattern: #"三级指标(?:共)?(\d{1,3})个"#)

    /// Sets `met` on every row and warns for each row whose actual misses its target.
    static func met(_ rows: inout [Indicator]) -> [ReportWarning] {
        var warnings: [ReportWarning] = []
        for i in rows.indices {
            rows[i].met = evaluate(rows[i])
            if rows[i].met == false {
                warnings.append(ReportWarning(code: "target-missed", message:
                    "indicator \(i + 1) '\(rows[i].name)': actual '\(rows[i].actual?.raw ?? "")' misses target '\(rows[i].target?.raw ?? "")'",
                    row: i))
            }
        }
        return warnings
    }

    /// true/false where target and actual are numeric in the same or convertible units, else nil.
    static func evaluate(_ row: Indicator) -> Bool? {
        guard let t = row.target, let tv = t.value, let a = row.actual, let av = a.value else { return nil }
        guard let factor = Units.factor(from: a.unit, to: t.unit) else { return nil }
        let actual = av * factor
        let eps = 1e-9 * max(1, abs(tv))
        switch t.operator {
        case .atLeast: return actual >= tv - eps
        case .atMost: return actual <= tv + eps
        case .greater: return actual > tv
        case .less: return actual < tv
        case .equal: return abs(actual - tv) <= eps
        case nil:
            // A bare value states no direction: met when reached exactly, else unknown.
            return abs(actual - tv) <= eps ? true : nil
        }
    }
}
