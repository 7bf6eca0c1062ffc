import Foundation
import ReportCore
import ReportModel

/// Turns page layouts into the document's blocks: paragraphs, headings, tables, furniture.
///
/// Lines join into one paragraph unless something says a new one starts: a wider gap than the
/// usual pitch, a first-line indent, the previous line ending short of the margin, a change of
/// size or weight, or a numbered heading after a sentence end. A paragraph or a table at the
/// foot of a page continues at the head of the next when nothing says otherwise; a table
/// continuing on the next page becomes one table.
struct BlockAssembler {
    let pages: [PageLayout]
    let furniture: Set<ItemRef>
    let statistics: LayoutStatistics

    init(pages: [PageLayout]) {
        self.pages = pages
        furniture = FurnitureDetector.furniture(in: pages)
        statistics = LayoutStatistics(pages: pages, furniture: furniture)
    }

    /// One unit of output before heading levels are known.
    private enum Unit {
        case lines([TextLine])
        case table(PageTable)
        case furniture(TextLine)
    }

    func blocks() -> [Block] {
        let units = assemble()
        // Heading levels: the distinct sizes of large text, largest first.
        let headingEms = Set(units.compactMap { unit -> Int? in
            guard case .lines(let lines) = unit, statistics.isLarge(lines[0]) else { return nil }
            return Int(lines[0].em.rounded())
        }).sorted(by: >)
        return units.map { unit in
            switch unit {
            case .furniture(let line):
                return Block.furniture(line.text, page: line.page)
            case .table(let table):
                return Block.table(TableGrid(rows: table.rows, spans: table.spans, page: table.page,
                                             headerRowCount: table.headerRowCount, positional: true,
                                             rowPages: table.rowPages))
            case .lines(let lines):
                let text = lines.dropFirst().reduce(lines[0].text) { TextJoiner.joinWrapped($0, $1.text) }
                    .trimmingCharacters(in: .whitespaces)
                if statistics.isLarge(lines[0]), let level = headingEms.firstIndex(of: Int(lines[0].em.rounded())) {
                    return Block.heading(text, level: level + 1, page: lines[0].page)
                }
                let emphasized = lines.allSatisfy(\.isBold) || (lines.count == 1 && isCentred(lines[0]))
                return Block.paragraph(text, page: lines[0].page, emphasized: emphasized)
            }
        }
    }

    // MARK: - Grouping

    private func assemble() -> [Unit] {
        var units: [Unit] = []
        var paragraph: [TextLine] = []
        var table: PageTable?
        /// What the last body item was, and on which page: continuation across a page break
        /// only holds for the last body item of one page and the first of the next.
        var lastBodyPage = -1

        /// Furniture met while a paragraph or table was open: written after it, so that a
        /// paragraph running over a page break is not cut by the footer between its parts.
        var heldFurniture: [Unit] = []

        func flushParagraph() {
            if !paragraph.isEmpty { units.append(.lines(paragraph)) }
            paragraph = []
            units += heldFurniture
            heldFurniture = []
        }
        func flushTable() {
            if let table { units.append(.table(table)) }
            table = nil
            units += heldFurniture
            heldFurniture = []
        }

        for (pageIndex, page) in pages.enumerated() {
            var firstBodyOnPage = true
            for (itemIndex, item) in page.items.enumerated() {
                if furniture.contains(ItemRef(page: pageIndex, item: itemIndex)), case .line(let line) = item {
                    if paragraph.isEmpty && table == nil { units.append(.furniture(line)) } else { heldFurniture.append(.furniture(line)) }
                    continue
                }
                let crossPage = firstBodyOnPage && lastBodyPage >= 0 && lastBodyPage == pageIndex - 1
                switch item {
                case .table(let found):
                    flushParagraph()
                    if let current = table, crossPage, TableContinuation.canContinue(current, with: found) {
                        table = TableContinuation.merge(current, found)
                    } else {
                        flushTable()
                        table = found
                    }
                case .line(let line):
                    // Text of a merged cell that a page break cut (a workbook's 绩效指标 over rows
                    // on two pages, its label printed in the margin under the table or over its
                    // rest): held, so that the table goes on over the break.
                    if let current = table, paragraph.isEmpty,
                       isCutCellText(line, of: current, page: page, nextPage: crossPage),
                       crossPage || page.items.indices.dropFirst(itemIndex + 1).allSatisfy({ index in
                           if furniture.contains(ItemRef(page: pageIndex, item: index)) { return true }
                           guard case .line(let after) = page.items[index] else { return false }
                           return isCutCellText(after, of: current, page: page, nextPage: false)
                       }) {
                        heldFurniture.append(.lines([line]))
                        continue
                    }
                    flushTable()
                    if let last = paragraph.last, continues(last, line, crossPage: crossPage, first: paragraph.count == 1) {
                        paragraph.append(line)
                    } else {
                        flushParagraph()
                        paragraph = [line]
                    }
                }
                firstBodyOnPage = false
                lastBodyPage = pageIndex
            }
            if !firstBodyOnPage {
                // Something on this page; a paragraph left open may still continue.
            } else if lastBodyPage != pageIndex {
                // A page with no body (blank or scanned) ends whatever was open.
                flushParagraph()
                flushTable()
            }
        }
        flushParagraph()
        flushTable()
        return units
    }

    /// Whether `next` carries on the paragraph whose last line is `previous`.
    private func continues(_ previous: TextLine, _ next: TextLine, crossPage: Bool, first: Bool) -> Bool {
        let em = max(previous.em, next.em)
        // The same words again are a second line of their own (a page's title over its form's
        // caption of the same words); a list item, and a field of the page's metadata block
        // (`发布时间:…` centred under a title as long as the line), start on their own lines.
        let previousText = previous.text, nextText = next.text
        if previousText == nextText || ListBullet.starts(nextText) || MetadataFieldLine.opens(nextText) { return false }
        let previousLarge = statistics.isLarge(previous), nextLarge = statistics.isLarge(next)
        guard previousLarge == nextLarge else { return false }
        // Sizes compare only where both are measured on ideographs.
        if previous.hasIdeographs && next.hasIdeographs && abs(previous.em - next.em) > 0.15 * em { return false }
        guard previous.page == next.page || crossPage else { return false }
        let delta = next.centerY - previous.centerY
        if previousLarge {
            // Titles wrap over lines of one size; they are centred, so line length says nothing.
            return !crossPage && previous.isBold == next.isBold && delta > 0 && delta <= 1.9 * em
        }
        guard previous.isBold == next.isBold else { return false }
        guard previous.runs.count == 1 || !UnruledTableFinder.isMultiColumn(previous),
              next.runs.count == 1 || !UnruledTableFinder.isMultiColumn(next) else { return false }
        if !crossPage {
            guard delta > 0.5 * em, delta <= statistics.pitch + 0.45 * em else { return false }
        }
        let previousMargins = statistics.margins(for: pages[previous.page - 1])
        let nextMargins = statistics.margins(for: pages[next.page - 1])
        // A line starting far right of the margin is centred or set right (a title, a
        // signature, a date): it stands alone; unless it is a first line indented deep that
        // fills most of the column and whose paragraph runs on at the margin.
        if previous.box.x0 > previousMargins.left + 3 * em {
            let column = previousMargins.right - previousMargins.left
            guard first, previous.box.width >= 0.5 * column, next.box.x0 <= nextMargins.left + 0.8 * em else {
                return false
            }
        }
        // The previous line stopped short of the margin with room for what follows: its
        // paragraph ended there.
        guard WrapJudge.wrapped(previous, before: next, left: previousMargins.left,
                                      right: previousMargins.right) else { return false }
        // A first-line indent starts a paragraph; a centred line wrapped onto a centred rest of
        // it does not (a caption too long for the line: the rest stands in the middle below,
        // on the same axis; a paragraph indented 2 em stands an em off it).
        let reference = crossPage ? nextMargins.left : previous.box.x0
        let centredTogether = abs(previous.box.midX - next.box.midX) <= 0.5 * em
        guard next.box.x0 <= reference + 0.8 * em || centredTogether else { return false }
        // Lines centred on one axis over a table far wider than the first of them are lines of
        // their own (a workbook's caption rows, each merged across the sheet: the page's title,
        // then its 发布日期 line): a caption wraps only where it fills the width it is centred in.
        if centredTogether && !crossPage, let table = widestTable(on: previous.page),
           previous.box.x0 > table.x0 + 3 * em, previous.box.x1 < table.x1 - 3 * em {
            return false
        }
        let endsSentence = previousText.unicodeScalars.last?.isSentenceFinal ?? false
        if endsSentence && HeadingNumber.starts(nextText) { return false }
        return true
    }

    /// Whether a line is the text of one of `table`'s merged cells standing outside it where a
    /// page break cut the cell: short, within one column whose cell in the table's last row is
    /// empty or holds the same words, under the table on its last page (with only such lines
    /// after it there), or in the top quarter of the next page before anything else.
    private func isCutCellText(_ line: TextLine, of table: PageTable, page: PageLayout, nextPage: Bool) -> Bool {
        guard table.ruled, line.text.count <= 6, let lastRow = table.rows.last else { return false }
        if nextPage {
            guard line.box.y1 < page.height * 0.25 else { return false }
        } else {
            // Under the table's rows; they may stand inside its box, when the part of a row that
            // the page break cut off was dropped from an open-bottomed table.
            guard line.page == table.rowPages.last, line.box.y0 > table.box.y0 else { return false }
        }
        let edges = table.columnEdges
        guard let column = (0..<table.columnCount).first(where: {
            line.box.x0 >= edges[$0] - 2 && line.box.x1 <= edges[$0 + 1] + 2
        }) else { return false }
        // Empty there, or holding the same label (Calc prints a cut merged cell's text on both
        // pages: in the cell on one, outside the table on the other).
        return lastRow[column].isEmpty || lastRow[column].contains(line.text)
    }

    /// The extent of the widest table on a page (1-based), if it has one.
    private func widestTable(on page: Int) -> (x0: Double, x1: Double)? {
        var widest: (x0: Double, x1: Double)?
        for case .table(let table) in pages[page - 1].items
        where widest.map({ table.box.x1 - table.box.x0 > $0.x1 - $0.x0 }) ?? true {
            widest = (table.box.x0, table.box.x1)
        }
        return widest
    }

    private func isCentred(_ line: TextLine) -> Bool {
        let margins = statistics.margins(for: pages[line.page - 1])
        let middle = (margins.left + margins.right) / 2
        return line.box.x0 > margins.left + 2 * line.em && abs(line.box.midX - middle) < 1.5 * line.em
    }
}
