import ReportArchive

/// `/`: full-text search with filters by kind, issuer and year, one page of results at a time.
enum SearchPage {
    static let pageSize = 20

    /// What the form asked for, read from the query.
    struct Query: Sendable {
        var filter: ReportFilter
        var page: Int

        init(_ q: QueryParameters) {
            filter = ReportFilter(text: q["q"] ?? "", kind: q["kind"], issuer: q["issuer"], year: q["year"].flatMap { Int($0) })
            page = max(1, min(q["page"].flatMap { Int($0) } ?? 1, 1_000_000))
        }

        /// The link to another page of the same search.
        func link(page: Int) -> String {
            "/" + QueryParameters.encode([("q", filter.text), ("kind", filter.kind), ("issuer", filter.issuer),
                                         ("year", filter.year.map(String.init)), ("page", page > 1 ? String(page) : nil)])
        }
    }

    static func render(_ query: Query, results: ReportResults, facets: ReportFacets) -> HTML {
        let pages = max(1, (results.total + pageSize - 1) / pageSize)
        let title = query.filter.text.isEmpty ? "报告检索" : "检索：\(query.filter.text)"
        return PageLayout.page(title: title, """
            <h1>报告检索 Search the archive</h1>
            \(form(query.filter, facets))
            <p class="muted" id="count">\(results.total) 份报告 reports · 第 \(query.page) / \(pages) 页</p>
            \(table(results.reports))
            \(pager(query, pages: pages))
            """)
    }

    private static func form(_ f: ReportFilter, _ facets: ReportFacets) -> HTML {
        """
        <form class="filters" method="get" action="/">
        <label>全文 Text<input type="search" name="q" value="\(f.text)" placeholder="标题、章节、指标名称" size="30"></label>
        <label>类型 Kind\(select("kind", facets.kinds, selected: f.kind))</label>
        <label>单位 Issuer\(select("issuer", facets.issuers, selected: f.issuer))</label>
        <label>年度 Year\(select("year", facets.years.map(String.init), selected: f.year.map(String.init)))</label>
        <button type="submit">检索 Search</button>
        </form>
        """
    }

    static func select(_ name: String, _ values: [String], selected: String?) -> HTML {
        let options = values.map { v -> HTML in
            v == selected ? "<option value=\"\(v)\" selected>\(v)</option>" : "<option value=\"\(v)\">\(v)</option>"
        }
        return "<select name=\"\(name)\"><option value=\"\">全部 all</option>\(HTML(options))</select>"
    }

    private static func table(_ reports: [ReportListing]) -> HTML {
        guard !reports.isEmpty else { return "<p id=\"results\">没有匹配的报告。No report matches.</p>" }
        let rows = reports.map { r -> HTML in
            """
            <tr><td><a href="\(ReportDetailPage.link(r.contentId))">\(r.title ?? "（无标题 untitled）")</a></td>
            <td>\(r.kind)</td><td>\(r.issuer)</td><td class="n">\(NumberText.show(r.year))</td>
            <td class="n">\(NumberText.show(r.totalScore))</td><td>\(r.grade)</td></tr>
            """
        }
        return """
            <table id="results"><thead><tr><th>标题 Title</th><th>类型 Kind</th><th>单位 Issuer</th><th>年度 Year</th>
            <th>总分 Score</th><th>等级 Grade</th></tr></thead><tbody>\(HTML(rows))</tbody></table>
            """
    }

    private static func pager(_ query: Query, pages: Int) -> HTML {
        let previous: HTML = query.page > 1 ? "<a href=\"\(query.link(page: query.page - 1))\" rel=\"prev\">← 上一页 previous</a>" : .empty
        let next: HTML = query.page < pages ? "<a href=\"\(query.link(page: query.page + 1))\" rel=\"next\">下一页 next →</a>" : .empty
        return "<p class=\"pager\">\(previous)\(next)</p>"
    }
}
