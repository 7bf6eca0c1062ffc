import Foundation
import ReportArchive
import ReportCore

/// `/compare`: one indicator (by name) or one funds line (by item) across every report that has
/// it, by issuer and year: a table, a bar chart of the mean per issuer and year (execution rate
/// for funds; the actual value, or else the score, for an indicator), and the same rows as CSV.
enum ComparePage {
    /// Rows shown in the page; the CSV has all.
    static let tableLimit = 500
    /// Bars in the chart: the first issuers and years, in order.
    static let chartLimit = 40
    /// Names offered when nothing is picked yet.
    static let pickLimit = 40

    static func line(_ q: QueryParameters) -> ComparedLine? {
        if let name = q["indicator"] { return .indicator(name) }
        if let item = q["funding"] { return .funding(item) }
        return nil
    }

    static func link(_ line: ComparedLine, csv: Bool = false) -> String {
        let path = csv ? "/compare.csv" : "/compare"
        switch line {
        case .indicator(let name): return path + QueryParameters.encode([("indicator", name)])
        case .funding(let item): return path + QueryParameters.encode([("funding", item)])
        }
    }

    static func renderPicker(indicators: [ComparableName], funding: [ComparableName]) -> HTML {
        let list = { (names: [ComparableName], line: (String) -> ComparedLine) -> HTML in
            HTML(names.map { n in "<li><a href=\"\(link(line(n.name)))\">\(n.name)</a> <span class=\"muted\">\(n.reports)</span></li>" as HTML })
        }
        return PageLayout.page(title: "对比", """
            <h1>对比 Compare across reports</h1>
            <form class="filters" method="get" action="/compare">
            <label>指标名称 Indicator<input type="text" name="indicator" size="30"></label><button type="submit">对比</button></form>
            <form class="filters" method="get" action="/compare">
            <label>资金项目 Funds line<input type="text" name="funding" size="30"></label><button type="submit">对比</button></form>
            <h2>常见指标 Frequent indicators</h2><ul id="indicator-names">\(list(indicators, ComparedLine.indicator))</ul>
            <h2>资金项目 Funds lines</h2><ul id="funding-items">\(list(funding, ComparedLine.funding))</ul>
            """)
    }

    static func render(_ line: ComparedLine, points: [ComparisonPoint]) -> HTML {
        let (what, name) = describe(line)
        let shown = points.prefix(tableLimit)
        let more: HTML = points.count > shown.count ? "<p class=\"muted\">显示前 \(shown.count) 行，共 \(points.count) 行；CSV 含全部。</p>" : .empty
        return PageLayout.page(title: "对比：\(name)", """
            <h1>对比 Compare: \(what) “\(name)”</h1>
            <p id="count">\(points.count) 行 rows · <a href="\(link(line, csv: true))" id="csv">下载 CSV download</a></p>
            \(chart(line, points))
            \(table(line, Array(shown)))\(more)
            """)
    }

    private static func describe(_ line: ComparedLine) -> (String, String) {
        switch line {
        case .indicator(let name): return ("指标 indicator", name)
        case .funding(let item): return ("资金 funds line", item)
        }
    }

    /// The mean per issuer and year, so many reports of one county and year are one bar.
    private static func chart(_ line: ComparedLine, _ points: [ComparisonPoint]) -> HTML {
        let useScore: Bool
        let caption: String
        switch line {
        case .funding:
            useScore = false
            caption = "执行率 execution rate, mean per issuer and year"
        case .indicator:
            useScore = !points.contains { $0.value != nil }
            caption = useScore ? "得分 score, mean per issuer and year" : "实际值 actual value, mean per issuer and year"
        }
        var groups: [(key: String, values: [Double])] = []
        var index: [String: Int] = [:]
        for p in points {
            guard let v = useScore ? p.score : p.value else { continue }
            let key = "\(p.issuer ?? "?") \(p.year.map(String.init) ?? "")"
            if let i = index[key] { groups[i].values.append(v) } else {
                index[key] = groups.count
                groups.append((key, [v]))
            }
        }
        let bars = groups.prefix(chartLimit).map { BarChart.Bar(label: $0.key, value: $0.values.reduce(0, +) / Double($0.values.count)) }
        let unit: String
        switch line {
        case .funding: unit = "%"
        case .indicator: unit = useScore ? "" : points.first { $0.value != nil }?.unit ?? ""
        }
        let note: HTML = groups.count > bars.count ? "<p class=\"muted\">图中为前 \(bars.count) 组，共 \(groups.count) 组。</p>" : .empty
        return "\(BarChart.svg(bars, caption: caption, unit: unit))\(note)"
    }

    private static func table(_ line: ComparedLine, _ points: [ComparisonPoint]) -> HTML {
        let header = columns(line).map { "<th>\($0)</th>" as HTML }
        let body = points.map { p -> HTML in
            let cells = row(line, p).enumerated().map { i, cell -> HTML in
                i == 2 ? "<td><a href=\"\(ReportDetailPage.link(p.contentId))\">\(cell)</a></td>" : "<td>\(cell)</td>"
            }
            return p.met == false ? "<tr class=\"unmet\">\(HTML(cells))</tr>" : "<tr>\(HTML(cells))</tr>"
        }
        return "<table id=\"comparison\"><thead><tr>\(HTML(header))</tr></thead><tbody>\(HTML(body))</tbody></table>"
    }

    static func columns(_ line: ComparedLine) -> [String] {
        switch line {
        case .indicator: return ["issuer", "year", "title", "target", "actual", "actualValue", "unit", "met", "score", "contentId"]
        case .funding: return ["issuer", "year", "title", "budget", "executed", "executionRate", "unit", "contentId"]
        }
    }

    static func row(_ line: ComparedLine, _ p: ComparisonPoint) -> [String] {
        let head = [p.issuer ?? "", p.year.map(String.init) ?? "", p.title ?? ""]
        switch line {
        case .indicator:
            return head + [p.target ?? "", p.actual ?? "", NumberText.show(p.value), p.unit ?? "",
                           p.met.map { $0 ? "true" : "false" } ?? "", NumberText.show(p.score), p.contentId]
        case .funding:
            return head + [NumberText.show(p.budget), NumberText.show(p.executed), NumberText.show(p.value), p.unit ?? "", p.contentId]
        }
    }

    /// The view as CSV (RFC 4180, as `convert --to csv` writes it), every row.
    static func csv(_ line: ComparedLine, _ points: [ComparisonPoint]) -> String {
        ([columns(line)] + points.map { row(line, $0) })
            .map { $0.map(CSVExporter.quote).joined(separator: ",") + "\r\n" }.joined()
    }
}
