/// A page's metadata table whose summary field (`内容概述`, `内容摘要`) holds the attached form's
/// text run together: `…绩效目标自评表(2024年度)转移支付(项目)名称…资金投入情况(万元)全年预算数(A)
/// …年度资金总额:390390100%其中:中央财政资金…`. Government CMS pages (the 政务公开 pages that
/// list an attachment under 索引号 / 发布机构 / 信息名称) fill the field with the first characters
/// of the file, cells run together; the form itself may follow cut short, or not at all.
///
/// The summary is put after the table as a line of its own (its tables found as in any line), and
/// read as any form run together on one line is read (its title, head and funds rows cut by their
/// labels, glued figures by the rate their columns give). A summary that is no form's text (a
/// sentence about the page) stays a cell.
enum SummaryFormCell {
    /// The labels of the summary field.
    static let labels: Set<String> = ["内容概述", "内容摘要", "内容简介", "摘要"]

    /// The form words the summary must start with, within its first `headLength` characters: the
    /// form's title.
    static let formWords = ["自评表", "评价表", "目标表"]
    static let headLength = 80
    /// A summary shorter than this holds no form's cells.
    static let minimumLength = 60

    static func lift(_ items: [BodyItem]) -> [BodyItem] {
        var out: [BodyItem] = []
        out.reserveCapacity(items.count)
        for item in items {
            out.append(item)
            guard case .table(let grid) = item else { continue }
            for text in summaries(grid) {
                // Only the lifted line is looked at for tables: the lines around were already.
                out += TextTableFinder.find(in: [.line(SourceLine(raw: text, origin: .textLine, page: grid.page,
                                                                  emphasized: false, startsBlock: true))])
            }
        }
        return out
    }

    /// The summary cells of a metadata table that hold a form's text.
    static func summaries(_ grid: TableGrid) -> [String] {
        guard MetadataLineReader.isMetadataTable(grid) || MetadataLineReader.metadataPrefix(grid) > 0 else { return [] }
        var found: [String] = []
        for row in grid.rows {
            let cells = row.map { $0.trimmingWhitespace() }
            for k in cells.indices.dropLast() where labels.contains(cells[k].compacted) {
                let text = cells[k + 1]
                if isFormText(text) { found.append(text) }
            }
        }
        return found
    }

    /// A form's text: long, and naming a form in its head.
    static func isFormText(_ text: String) -> Bool {
        let c = text.compacted
        guard c.count >= minimumLength else { return false }
        let head = String(c.prefix(headLength))
        return formWords.contains { head.includes($0) }
    }
}
