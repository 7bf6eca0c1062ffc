import Foundation
import ReportModel

/// Markdown for reading: title, a metadata table, the heading tree with paragraphs, funds,
/// indicators, goals and scores, every raw table, warnings.
///
/// Merged cells: GFM has no spans, so a merged cell's text stands in its top-left cell and
/// the cells it covers are left empty; the spans are listed under the table.
public enum MarkdownExporter {
    public static func export(_ report: Report) -> String {
        var out: [String] = []
        let m = report.metadata
        out.append("# " + escapeInline(m.title ?? report.source.file))
        out.append("")
        out.append(table(["字段", "值"], [
            ["kind", m.kind.rawValue], ["issuer", m.issuer ?? ""], ["year", m.year.map(String.init) ?? ""],
            ["publishedOn", m.publishedOn ?? ""], ["indexNumber", m.indexNumber ?? ""],
            ["source", "\(report.source.file) (\(report.source.format)\(report.source.encoding.map { ", " + $0 } ?? ""))"],
            ["contentId", report.contentId],
        ]))
        for section in report.sections { render(section, into: &out) }
        if !report.funding.isEmpty {
            out += ["", "## 资金投入 (万元)", ""]
            out.append(table(["项目", "全年预算数", "全年执行数", "执行率(%)"], report.funding.map {
                [$0.item, num($0.budget), num($0.executed), num($0.executionRate)]
            }))
        }
        if !report.goals.planned.isEmpty || !report.goals.achieved.isEmpty {
            out += ["", "## 年度总体目标", "", "年初设定目标:", ""]
            out += report.goals.planned.map { "- " + escapeInline($0) }
            out += ["", "全年实际完成情况:", ""]
            out += report.goals.achieved.map { "- " + escapeInline($0) }
        }
        if !report.indicators.isEmpty {
            out += ["", "## 绩效指标", ""]
            out.append(table(["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "达成", "分值", "得分", "偏差原因"],
                             report.indicators.map {
                                 [$0.level1 ?? "", $0.level2 ?? "", $0.name, $0.target?.raw ?? "", $0.actual?.raw ?? "",
                                  $0.met.map { $0 ? "是" : "否" } ?? "", num($0.weight), num($0.score), $0.note ?? ""]
                             }))
        }
        if let s = report.scores {
            out += ["", "## 自评得分", ""]
            var rows = s.items.map { [$0.name, num($0.max), num($0.score)] }
            rows.append(["合计", "", num(s.total)])
            out.append(table(["项目", "分值", "得分"], rows))
            if let g = s.grade { out += ["", "评价等级: " + g] }
        }
        if !report.tables.isEmpty {
            out += ["", "## 原始表格"]
            for (i, t) in report.tables.enumerated() {
                out += ["", "### 表 \(i + 1)" + (t.page.map { " (第 \($0) 页)" } ?? ""), ""]
                guard let first = t.rows.first else { continue }
                out.append(table(first, Array(t.rows.dropFirst())))
                if !t.spans.isEmpty {
                    out += ["", "合并单元格 (行, 列 从 1 起): " + t.spans.map {
                        "(\($0.row + 1), \($0.column + 1)) 跨 \($0.rowSpan) 行 \($0.columnSpan) 列"
                    }.joined(separator: "; ")]
                }
            }
        }
        if !report.warnings.isEmpty {
            out += ["", "## 警告", ""]
            out += report.warnings.map { w in
                "- [\(w.severity.rawValue)] `\(w.code)`: " + escapeInline(w.message) + (w.page.map { " (第 \($0) 页)" } ?? "")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func render(_ s: Section, into out: inout [String]) {
        let hashes = String(repeating: "#", count: min(6, s.level + 1))
        let heading = [s.number ?? "", s.title].joined()
        if !heading.isEmpty { out += ["", hashes + " " + escapeInline(heading)] }
        for p in s.paragraphs { out += ["", escapeInline(p)] }
        for child in s.sections { render(child, into: &out) }
    }

    private static func num(_ d: Double?) -> String { d.map(JSONWriter.number) ?? "" }

    /// A GFM pipe table; pipes escaped, line breaks in cells as `<br>`.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        let width = max(header.count, rows.map(\.count).max() ?? 0)
        func line(_ cells: [String]) -> String {
            let padded = cells + Array(repeating: "", count: width - cells.count)
            return "| " + padded.map(cell).joined(separator: " | ") + " |"
        }
        var lines = [line(header), "|" + Array(repeating: " --- |", count: width).joined()]
        lines += rows.map(line)
        return lines.joined(separator: "\n")
    }

    static func cell(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\r\n", with: "<br>").replacingOccurrences(of: "\n", with: "<br>")
    }

    private static func escapeInline(_ s: String) -> String {
        // A paragraph that starts like Markdown syntax would be read as a list or heading.
        var t = s.replacingOccurrences(of: "\n", with: " ")
        if let f = t.first, "#>*+-|".contains(f) { t = "\\" + t }
        if t.range(of: #"^\d+\."#, options: .regularExpression) != nil, let dot = t.firstIndex(of: ".") {
            t.replaceSubrange(dot...dot, with: "\\.")
        }
        return t
    }
}
