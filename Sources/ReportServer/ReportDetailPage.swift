import ReportArchive
import ReportCore
import ReportModel

/// `/report/{contentId}`: everything the archive holds about one report.
///
/// The body is the report as read from its first source file (by path); every source is listed
/// with its own warnings, its original bytes and its exports, since each file may have been read
/// with different warnings.
enum ReportDetailPage {
    static func link(_ contentId: String) -> String { "/report/" + contentId }

    static func render(_ report: Report, sources: [(listing: SourceListing, report: Report)]) -> HTML {
        let m = report.metadata
        return PageLayout.page(title: m.title ?? report.contentId, """
            <h1 id="title">\(m.title ?? "（无标题 untitled）")</h1>
            \(metadata(report))
            <h2>资金 Funds</h2>\(funds(report.funding))
            <h2>绩效指标 Indicators</h2>\(indicators(report.indicators))
            <h2>绩效目标 Goals</h2>\(goals(report.goals))
            <h2>评分 Scores</h2>\(scores(report.scores))
            <h2>来源文件 Source files</h2>\(sourceTable(sources.map(\.listing)))
            <h2>警告 Warnings</h2>\(HTML(sources.map { warnings($0.listing, $0.report.warnings) }))
            <h2>章节 Sections</h2>\(sections(report.sections))
            """)
    }

    private static func metadata(_ r: Report) -> HTML {
        let m = r.metadata
        let rows: [(String, String?)] = [
            ("类型 Kind", m.kind.rawValue), ("单位 Issuer", m.issuer), ("年度 Year", m.year.map(String.init)),
            ("发布日期 Published", m.publishedOn), ("索引号 Index number", m.indexNumber), ("网址 URL", r.source.url),
            ("总分 Total score", NumberText.show(r.scores?.total)), ("等级 Grade", r.scores?.grade), ("contentId", r.contentId),
        ]
        let items = rows.compactMap { label, value -> HTML? in
            guard let value, !value.isEmpty else { return nil }
            return "<dt>\(label)</dt><dd>\(value)</dd>"
        }
        return "<dl class=\"meta\">\(HTML(items))</dl>"
    }

    private static func funds(_ rows: [FundingRow]) -> HTML {
        guard !rows.isEmpty else { return none }
        let body = rows.map { f -> HTML in
            """
            <tr><td><a href="\(ComparePage.link(.funding(f.item)))">\(f.item)</a></td><td class="n">\(NumberText.show(f.budget))</td>
            <td class="n">\(NumberText.show(f.executed))</td><td class="n">\(NumberText.show(f.executionRate))</td><td>\(f.unit)</td></tr>
            """
        }
        return """
            <table id="funds"><thead><tr><th>项目 Item</th><th>预算数 Budget</th><th>执行数 Executed</th><th>执行率 Rate (%)</th>
            <th>单位 Unit</th></tr></thead><tbody>\(HTML(body))</tbody></table>
            """
    }

    /// Unmet targets (`met == false`) get their row marked and a ✗ in the 达成 column; their
    /// notes (the report's stated reasons) stay in the last column.
    private static func indicators(_ rows: [Indicator]) -> HTML {
        guard !rows.isEmpty else { return none }
        let unmet = rows.filter { $0.met == false }.count
        let body = rows.map { i -> HTML in
            let met: HTML = i.met == true ? "✓ 达成" : i.met == false ? "<span class=\"unmet-mark\">✗ 未达成 unmet</span>" : .empty
            let rowClass: HTML = i.met == false ? " class=\"unmet\"" : .empty
            return """
                <tr\(rowClass)><td>\(i.level1)</td><td>\(i.level2)</td>
                <td><a href="\(ComparePage.link(.indicator(i.name)))">\(i.name)</a></td><td>\(i.target?.raw)</td>
                <td>\(i.actual?.raw)</td><td class="n">\(NumberText.show(i.weight))</td><td class="n">\(NumberText.show(i.score))</td>
                <td>\(met)</td><td>\(i.note)</td></tr>
                """
        }
        return """
            <p class="muted">\(rows.count) 项指标 indicators, \(unmet) 项未达成 unmet</p>
            <table id="indicators"><thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标 Name</th><th>目标值 Target</th>
            <th>实际值 Actual</th><th>分值 Weight</th><th>得分 Score</th><th>达成 Met</th><th>偏差原因 Note</th></tr></thead>
            <tbody>\(HTML(body))</tbody></table>
            """
    }

    private static func goals(_ g: Goals) -> HTML {
        guard !g.planned.isEmpty || !g.achieved.isEmpty else { return none }
        let list = { (items: [String]) -> HTML in
            items.isEmpty ? none : "<ol>\(HTML(items.map { "<li>\($0)</li>" as HTML }))</ol>"
        }
        return "<h3>年度目标 Planned</h3>\(list(g.planned))<h3>实际完成 Achieved</h3>\(list(g.achieved))"
    }

    private static func scores(_ s: Scores?) -> HTML {
        guard let s, !s.items.isEmpty || s.total != nil || s.grade != nil else { return none }
        let body = s.items.map { item -> HTML in
            "<tr><td>\(item.name)</td><td class=\"n\">\(NumberText.show(item.max))</td><td class=\"n\">\(NumberText.show(item.score))</td></tr>"
        }
        return """
            <table id="scores"><thead><tr><th>项目 Item</th><th>满分 Max</th><th>得分 Score</th></tr></thead><tbody>\(HTML(body))
            <tr><th>合计 Total</th><td></td><td class="n">\(NumberText.show(s.total))</td></tr></tbody></table>
            <p>等级 Grade: \(s.grade ?? "—")</p>
            """
    }

    private static func sourceTable(_ sources: [SourceListing]) -> HTML {
        let body = sources.map { s -> HTML in
            let base = Downloads.base(s.sha256)
            let csv = CSVTable.allCases.map { t -> HTML in " <a href=\"\(base)/\(t.rawValue).csv\">\(t.rawValue).csv</a>" }
            return """
                <tr><td>\(s.file)</td><td>\(s.format)</td><td class="n">\(s.size)</td><td class="n">\(NumberText.show(s.pages))</td>
                <td class="muted">\(s.path)</td><td><a href="\(base)/original">原件 original</a> <a href="\(base)/report.json">JSON</a>
                <a href="\(base)/report.md">Markdown</a>\(HTML(csv))</td></tr>
                """
        }
        return """
            <table id="sources"><thead><tr><th>文件 File</th><th>格式 Format</th><th>字节 Bytes</th><th>页 Pages</th>
            <th>路径 Path</th><th>下载 Download</th></tr></thead><tbody>\(HTML(body))</tbody></table>
            """
    }

    private static func warnings(_ source: SourceListing, _ warnings: [ReportWarning]) -> HTML {
        guard !warnings.isEmpty else { return "<p class=\"muted\">\(source.file): 无警告 no warnings</p>" }
        let body = warnings.map { w -> HTML in
            let cls: HTML = w.severity == .error ? " class=\"warning-error\"" : .empty
            return """
                <tr\(cls)><td>\(w.severity.rawValue)</td><td>\(w.code)</td><td>\(w.message)</td>
                <td class="n">\(NumberText.show(w.page))</td><td class="n">\(NumberText.show(w.row))</td></tr>
                """
        }
        return """
            <h3>\(source.file)</h3><table class="warnings"><thead><tr><th>Severity</th><th>Code</th><th>Message</th><th>Page</th>
            <th>Row</th></tr></thead><tbody>\(HTML(body))</tbody></table>
            """
    }

    /// The heading tree in document order, each heading indented by its level (walked with a
    /// stack, so a deep tree cannot exhaust the thread's stack).
    private static func sections(_ roots: [Section]) -> HTML {
        guard !roots.isEmpty else { return none }
        var out: [HTML] = []
        var stack = Array(roots.reversed())
        while let s = stack.popLast() {
            let level = min(max(s.level, 1), 6)
            let heading = [s.number, s.title].compactMap { $0 }.joined(separator: " ")
            let paragraphs = s.paragraphs.map { "<pre class=\"text\">\($0)</pre>" as HTML }
            out.append("<div class=\"sec\" style=\"margin-left:\(level - 1)em\"><h4>\(heading)</h4>\(HTML(paragraphs))</div>")
            stack.append(contentsOf: s.sections.reversed())
        }
        return "<div id=\"sections\">\(HTML(out))</div>"
    }

    private static let none: HTML = "<p class=\"muted\">—</p>"
}
