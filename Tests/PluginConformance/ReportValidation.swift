import Foundation
import ReportCore
import ReportModel

/// The model's invariants, as `docs/canonical-report.md` states them, checked on a finished
/// report: what every plugin's output must satisfy whatever it decoded.
public enum ReportValidation {
    /// The contract's required top-level JSON keys.
    static let topLevelKeys: Set<String> = ["schemaVersion", "contentId", "source", "metadata", "funding", "indicators",
                                            "goals", "scores", "sections", "tables", "warnings"]
    static let level1Names: Set<String> = ["产出指标", "效益指标", "满意度指标", "成本指标"]

    /// One sentence per broken invariant; empty when the report is valid.
    public static func problems(_ report: Report) -> [String] {
        var problems: [String] = []
        do {
            let json = try JSONExporter.export(report)
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            let missing = topLevelKeys.subtracting(object?.keys.map { $0 } ?? [])
            if !missing.isEmpty { problems.append("JSON lacks \(missing.sorted())") }
        } catch {
            problems.append("JSON export fails or is not JSON: \(error)")
        }
        if report.schemaVersion != 1 { problems.append("schemaVersion \(report.schemaVersion)") }
        let hex = report.contentId.dropFirst("sha256:".count)
        if !report.contentId.hasPrefix("sha256:") || hex.count != 64 || !hex.allSatisfy(\.isHexDigit) {
            problems.append("contentId '\(report.contentId)' is not sha256:<64 hex>")
        }
        if (try? ContentID.compute(for: report)) != report.contentId { problems.append("contentId does not match the content") }
        if report.source.sha256.count != 64 { problems.append("source.sha256 is not a hex digest") }

        for (t, table) in report.tables.enumerated() {
            let width = table.rows.first?.count ?? 0
            if table.rows.contains(where: { $0.count != width }) { problems.append("table \(t) is not rectangular") }
            var covered = Set<[Int]>()
            for span in table.spans {
                if span.rowSpan < 1 || span.columnSpan < 1 || span.rowSpan * span.columnSpan < 2 {
                    problems.append("table \(t): span \(span) covers no other cell")
                }
                if span.row < 0 || span.column < 0 || span.row + span.rowSpan > table.rows.count || span.column + span.columnSpan > width {
                    problems.append("table \(t): span \(span) runs outside the \(table.rows.count)×\(width) grid")
                    continue
                }
                for r in span.row..<(span.row + span.rowSpan) {
                    for c in span.column..<(span.column + span.columnSpan) where !covered.insert([r, c]).inserted {
                        problems.append("table \(t): spans overlap at row \(r), column \(c)")
                    }
                }
            }
            if let pages = table.rowPages, pages.count != table.rows.count { problems.append("table \(t): rowPages does not match the rows") }
        }
        for indicator in report.indicators {
            if let level1 = indicator.level1, !level1Names.contains(level1) {
                problems.append("indicator '\(indicator.name)': level1 '\(level1)' is not one of \(level1Names.sorted())")
            }
        }
        for warning in report.warnings {
            if warning.code.isEmpty || !warning.code.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }) {
                problems.append("warning code '\(warning.code)' is not kebab-case")
            }
            if warning.message.isEmpty { problems.append("warning '\(warning.code)' has no message") }
        }
        for text in allText(report) {
            if text.precomposedStringWithCanonicalMapping != text {
                problems.append("text is not NFC: '\(text.prefix(40))'")
                break
            }
            if text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }) {
                problems.append("text holds control characters: '\(text.prefix(40).debugDescription)'")
                break
            }
        }
        return problems
    }

    private static func allText(_ report: Report) -> [String] {
        var out: [String] = [report.metadata.title, report.metadata.issuer].compactMap { $0 }
        func walk(_ sections: [Section]) {
            for s in sections {
                out.append(s.title)
                out += s.paragraphs
                walk(s.sections)
            }
        }
        walk(report.sections)
        out += report.tables.flatMap { $0.rows.flatMap { $0 } }
        out += report.indicators.flatMap { [$0.name, $0.level2 ?? ""] }
        return out
    }
}
