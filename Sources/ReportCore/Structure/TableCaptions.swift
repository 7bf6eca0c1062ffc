import Foundation

/// A form's title rows lifted out of its table.
///
/// Self-evaluation forms made in Word or Excel carry their title and year as merged rows at the
/// top of the table (`项目支出绩效自评表`, `（2023年度）`); a text copy of the same form shows them
/// as lines above it, and a printed page may draw them inside the table's ruling. So that every
/// format reads the same, such leading single-cell rows become lines before the table (they stay
/// in the table too: `tables` keeps cells as found).
enum TableCaptions {
    static func lift(_ items: [BodyItem]) -> [BodyItem] {
        var out: [BodyItem] = []
        for item in items {
            guard case .table(let grid) = item else { out.append(item); continue }
            var captions = 0
            for row in grid.rows {
                let cells = Set(row.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty })
                guard cells.count == 1, let text = cells.first, isCaption(text) else { break }
                captions += 1
            }
            // A table that is nothing but captions is left alone.
            guard captions > 0, grid.rows.count - captions >= 2 else { out.append(item); continue }
            for row in grid.rows.prefix(captions) {
                let text = row.first { !$0.trimmingWhitespace().isEmpty } ?? ""
                for line in TextLines.split(text) {
                    out.append(.line(SourceLine(raw: line, origin: .paragraph, page: grid.page, emphasized: true, startsBlock: true)))
                }
                out.append(.line(SourceLine(raw: "", origin: .paragraph, page: grid.page, emphasized: false, startsBlock: false)))
            }
            out.append(item)
        }
        return out
    }

    /// A form title, or the year (or unit) line under it.
    static func isCaption(_ text: String) -> Bool {
        let c = text.compacted
        if TitleWords.looksLikeTitle(c) { return true }
        return isYearLine(c)
    }

    /// `(2023年度)`, `2023年`: a year alone, perhaps in brackets.
    static func isYearLine(_ c: String) -> Bool {
        // Most lines are longer or have no 年: no expression is run on them.
        guard c.utf8.count <= 16, c.includes("年") else { return false }
        return c.range(of: #"^[(（]?(19|20)\d{2}年度?[)）]?$"#, options: .regularExpression) != nil
    }
}
