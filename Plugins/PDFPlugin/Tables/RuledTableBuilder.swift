
import ReportModel

/// Builds tables from ruling lines and places glyphs in their cells.
///
/// Lines that touch form a table. Its column edges are the distinct x of its vertical lines,
/// its row edges the distinct y of its horizontal ones; that gives a grid of base cells. Two
/// neighbouring base cells are one merged cell where the line between them is missing (less
/// than half of it drawn). Glyphs go to the cell that holds their centre.
enum RuledTableBuilder {
    /// Lines this close (points) across their axis are the same line.
    static let snap = 2.5

    /// The tables on one page and which glyphs they took.
    ///
    /// - Returns: the tables, and for each glyph whether it belongs to one of them.
    /// - Parameter pageHeight: the page's height, to know its top and bottom edges: there a table
    ///   cut by a page break may show a single rule (the top of its first row, or the foot of
    ///   its last) with its borders hanging from it.
    /// - Parameter readCell: reads a cell's glyphs anew from its box, for a scan: OCR reads a
    ///   cell alone better than a whole page (see `OCRPageReader`). The page's glyphs still
    ///   decide the grid; nil from the reader keeps the page's glyphs for that cell.
    static func tables(from segments: [RuleSegment], glyphs: [Glyph], page: Int, pageHeight: Double,
                       readCell: ((Rect) -> [Glyph]?)? = nil)
        -> (tables: [PageTable], taken: [Bool]) {
        // A stroke of a glyph that escaped the mask is shorter than the glyph; a border runs
        // at least the height of a line of text (or, joined with its neighbours, further).
        let ems = glyphs.filter { !$0.isSpace }.map(\.em).sorted()
        let shortest = ems.isEmpty ? 0 : ems[ems.count / 2]
        // Text never crosses a rule: a line through the middle of glyphs is a stroke of them, or
        // an underline, not a cell border.
        let allHorizontal = joinCollinear(segments.filter { $0.axis == .horizontal })
            .filter { $0.length >= shortest && !crossesText($0, glyphs) }
        // A cell border runs from one horizontal rule to another; anything else upright (a
        // stroke of a glyph, a bar beside a heading) is not a column edge.
        // A piece no longer than a glyph, through text, is judged before it is joined: a glyph's
        // stroke that stands on a border's line just past a rule (the right side of 期 centred
        // over a column border the row does not have) would otherwise carry that border on into
        // the row. (Longer pieces are judged whole: a border that text touches here and there.)
        let borders = joinCollinear(segments.filter { piece in
                piece.axis == .vertical && !(piece.length <= 1.2 * shortest && crossesText(piece, glyphs))
            })
            .filter { $0.length >= shortest && !crossesText($0, glyphs) }.filter { v in
            let touches = { (y: Double) in
                allHorizontal.contains { h in abs(h.position - y) <= snap + 1 && v.position >= h.start - snap && v.position <= h.end + snap }
            }
            // A table cut by the page end may leave a border open at the bottom (browsers draw
            // no rule under a cell that goes on); a long line touching a rule at one end counts.
            let top = touches(v.start), bottom = touches(v.end)
            if (top && bottom) || ((top || bottom) && v.length >= 20) { return true }
            // Open at both ends (beside a merged cell that goes on from the page before to the
            // next), a border still has the rules of the rows beside it ending on it, or the rules
            // of rows it divides crossing it (a form whose merged cells go on across two page
            // breaks: every column border of the middle page is open at both ends).
            let junctions = allHorizontal.filter { h in
                h.position > v.start + snap && h.position < v.end - snap
                    && h.start <= v.position + snap && h.end >= v.position - snap
            }
            return v.length >= 20 && junctions.count >= 2
        }
        let vertical = withoutShadows(borders, within: shortest, glyphs: glyphs)
        // A horizontal rule of a table meets at least one of its column edges.
        let horizontal = allHorizontal.filter { h in vertical.contains { RuleSegment.meet(h, $0, tolerance: snap) } }
        var taken = [Bool](repeating: false, count: glyphs.count)
        var tables: [PageTable] = []
        for component in components(horizontal, vertical, pageHeight: pageHeight) {
            guard let table = table(component.h, component.v, glyphs: glyphs, taken: &taken, page: page,
                                    readCell: readCell) else { continue }
            tables.append(table)
        }
        return (tables.sorted { $0.box.y0 < $1.box.y0 }, taken)
    }

    // MARK: - Lines

    /// Pieces of one line (cut by a crossing glyph mask or drawn cell by cell) become one.
    static func joinCollinear(_ segments: [RuleSegment]) -> [RuleSegment] {
        let sorted = segments.sorted { ($0.position, $0.start) < ($1.position, $1.start) }
        var lines: [[RuleSegment]] = []
        for segment in sorted {
            if let last = lines.last, let first = last.first, abs(first.position - segment.position) <= 1.5 {
                lines[lines.count - 1].append(segment)
            } else {
                lines.append([segment])
            }
        }
        var joined: [RuleSegment] = []
        for line in lines {
            let position = line.map(\.position).reduce(0, +) / Double(line.count)
            var pieces = line.sorted { $0.start < $1.start }
            var current = pieces.removeFirst()
            current.position = position
            for piece in pieces {
                if piece.start <= current.end + 6 {
                    current.end = max(current.end, piece.end)
                } else {
                    joined.append(current)
                    current = piece
                    current.position = position
                }
            }
            joined.append(current)
        }
        return joined
    }

    /// The lines less those that run beside a parallel line at least twice as long, closer than a
    /// line of text (but not so close as to be one edge with it), all their length, with no text
    /// between the two: such a line separates no cells. (Two borders of like length side by side
    /// are a double rule, which the grid's empty sliver columns already fold.) On a
    /// fill, the ground left between a light rule and the glyph mask of text set near it reads
    /// as a short dark line a few points inside the rule (a cell's text block outlined beside
    /// its border); kept, it would cut a sliver column out of the row it stands in.
    static func withoutShadows(_ lines: [RuleSegment], within distance: Double, glyphs: [Glyph]) -> [RuleSegment] {
        let centres = glyphs.filter { !$0.isSpace }.map { (x: $0.centerX, y: $0.centerY) }
        return lines.filter { line in
            !lines.contains { other in
                let gap = abs(other.position - line.position)
                guard other.length >= 2 * line.length, gap > snap, gap < distance,
                      other.start <= line.start + snap, other.end >= line.end - snap else { return false }
                let low = min(other.position, line.position), high = max(other.position, line.position)
                return !centres.contains { point in
                    let (across, along) = line.axis == .vertical ? (point.x, point.y) : (point.y, point.x)
                    return across > low && across < high && along > line.start && along < line.end
                }
            }
        }
    }

    /// Whether text stands across the line over a quarter of its length: it runs through glyphs
    /// (inside their width, less a sliver of side bearing, for an upright line; a band about
    /// their centre line for a level one), or an upright line runs between two letters of a word
    /// or the two words either side of one space. A stroke of a glyph, an underline, a seam
    /// between two fills behind a row of words: no cell border crosses text.
    ///
    /// - Parameter glyphs: the page's glyphs in poppler's order, spaces included.
    static func crossesText(_ line: RuleSegment, _ glyphs: [Glyph]) -> Bool {
        var covered: [(Double, Double)] = []
        var previous: Glyph?
        for glyph in glyphs {
            if glyph.isSpace { continue }
            defer { previous = glyph }
            let b = glyph.box
            switch line.axis {
            case .vertical:
                guard b.y1 > line.start, b.y0 < line.end else { continue }
                let inset = 0.15 * b.width
                if line.position > b.x0 + inset && line.position < b.x1 - inset {
                    covered.append((max(b.y0, line.start), min(b.y1, line.end)))
                } else if let last = previous, last.lineID == glyph.lineID,
                          line.position > last.centerX, line.position < glyph.centerX,
                          b.x0 - last.box.x1 < 0.45 * glyph.em, abs(last.centerY - glyph.centerY) < 0.3 * glyph.em,
                          !standsClear(line.position, of: last.box.x1, and: b.x0) {
                    covered.append((max(min(b.y0, last.box.y0), line.start), min(max(b.y1, last.box.y1), line.end)))
                }
            case .horizontal:
                let band = 0.25 * glyph.em
                guard abs(line.position - glyph.centerY) < band, b.x1 > line.start, b.x0 < line.end else { continue }
                covered.append((max(b.x0, line.start), min(b.x1, line.end)))
            }
        }
        guard !covered.isEmpty else { return false }
        covered.sort { $0.0 < $1.0 }
        var total = 0.0, reach = line.start
        for (a, b) in covered where b > reach {
            total += b - max(a, reach)
            reach = b
        }
        return total > 0.25 * line.length
    }

    /// Whether an upright line stands in the gap between two glyphs touching neither: a border
    /// drawn between two cells whose texts nearly meet (a browser's cells have a pixel of
    /// padding, and poppler reads the two cells' words as one line). A seam between fills behind
    /// a row of words lies on a fill's edge, which is a glyph's (or its space's) edge; text that
    /// runs on across a border has it inside a glyph or against one.
    static func standsClear(_ position: Double, of left: Double, and right: Double) -> Bool {
        // The line's centre is found to within half a pixel of a rendering at one pixel a point;
        // a fill's edge on a glyph's edge is found there too.
        let clearance = 0.5
        return position - left >= clearance && right - position >= clearance
    }

    /// Groups of lines that touch each other, each with at least two lines both ways; or, at the
    /// top or foot of the page, one rule with borders hanging from it to the page's edge.
    private static func components(_ h: [RuleSegment], _ v: [RuleSegment], pageHeight: Double)
        -> [(h: [RuleSegment], v: [RuleSegment])] {
        var parent = Array(0..<(h.count + v.count))
        func find(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        for (i, hs) in h.enumerated() {
            for (j, vs) in v.enumerated() where RuleSegment.meet(hs, vs, tolerance: snap) {
                let a = find(i), b = find(h.count + j)
                if a != b { parent[a] = b }
            }
        }
        var groups: [Int: (h: [RuleSegment], v: [RuleSegment])] = [:]
        for (i, segment) in h.enumerated() { groups[find(i), default: ([], [])].h.append(segment) }
        for (j, segment) in v.enumerated() { groups[find(h.count + j), default: ([], [])].v.append(segment) }
        let edgeBand = pageHeight * 0.15
        // In a fixed order (top first): the tables take glyphs and have their cells read (OCR)
        // in this order, and a dictionary's order changes from one process to the next.
        let ordered = groups.values.sorted { a, b in
            let ta = (a.h.map(\.position) + a.v.map(\.start)).min() ?? 0
            let tb = (b.h.map(\.position) + b.v.map(\.start)).min() ?? 0
            let la = (a.v.map(\.position) + a.h.map(\.start)).min() ?? 0
            let lb = (b.v.map(\.position) + b.h.map(\.start)).min() ?? 0
            return (ta, la, a.h.count, a.v.count) < (tb, lb, b.h.count, b.v.count)
        }
        return ordered.filter { group in
            guard group.v.count >= 2 else { return false }
            if group.h.count >= 2 { return true }
            guard let rule = group.h.first else { return false }
            let above = group.v.allSatisfy { $0.end <= rule.position + snap }
            let below = group.v.allSatisfy { $0.start >= rule.position - snap }
            return (below && group.v.allSatisfy { $0.end >= pageHeight - edgeBand })
                || (above && group.v.allSatisfy { $0.start <= edgeBand })
        }
    }

    /// Sorted distinct positions: values within `snap` of each other are one.
    static func cluster(_ values: [Double]) -> [Double] {
        var result: [Double] = []
        var bucket: [Double] = []
        for value in values.sorted() {
            if let last = bucket.last, value - last > snap {
                result.append(bucket.reduce(0, +) / Double(bucket.count))
                bucket = []
            }
            bucket.append(value)
        }
        if !bucket.isEmpty { result.append(bucket.reduce(0, +) / Double(bucket.count)) }
        return result
    }

    // MARK: - Grid

    private static func table(_ h: [RuleSegment], _ v: [RuleSegment], glyphs: [Glyph], taken: inout [Bool],
                              page: Int, readCell: ((Rect) -> [Glyph]?)?) -> PageTable? {
        let left = h.map(\.start).min() ?? 0, right = h.map(\.end).max() ?? 0
        let top = v.map(\.start).min() ?? 0, bottom = v.map(\.end).max() ?? 0
        var xs = cluster(v.map(\.position))
        var ys = cluster(h.map(\.position))
        // A table open at its sides (no outer verticals) still has columns out to its rules' ends.
        if let first = xs.first, first - left > 3 { xs.insert(left, at: 0) }
        if let last = xs.last, right - last > 3 { xs.append(right) }
        // Open at the top or the bottom: a row cut by a page break (browsers draw no rule where a
        // cell goes on over the page).
        var cutTop = false, cutBottom = false
        if let first = ys.first, first - top > 3 { ys.insert(top, at: 0); cutTop = true }
        if let last = ys.last, bottom - last > 3 { ys.append(bottom); cutBottom = true }
        guard xs.count >= 2, ys.count >= 2, xs.last! - xs.first! >= 20, ys.last! - ys.first! >= 8 else { return nil }

        // The glyphs standing in the table, for judging rows that hold nothing.
        let outline = Rect(x0: xs.first!, y0: ys.first!, x1: xs.last!, y1: ys.last!)
        let inside = glyphs.indices.filter { !taken[$0] && !glyphs[$0].isSpace
            && outline.contains(x: glyphs[$0].centerX, y: glyphs[$0].centerY) }
        let centres = inside.map { (x: glyphs[$0].centerX, y: glyphs[$0].centerY) }
        let ems = inside.map { glyphs[$0].em }.sorted()
        let thinRow = ems.isEmpty ? 6.0 : ems[ems.count / 2]

        let grid = cleanedGrid(xs: xs, ys: ys, h: h, v: v, centres: centres, thinRow: thinRow,
                               openTop: cutTop, openBottom: cutBottom)
        xs = grid.xs
        ys = grid.ys
        let openTop = grid.openTop, openBottom = grid.openBottom
        var cells = mergedCells(xs: xs, ys: ys, h: h, v: v, rectangular: true)
        // A first or last row that is one cell across the whole table and opens with a caption's
        // or a note's label (`Exhibit 9 …`, `Source: …`, `注：…`) is the frame's caption or notes,
        // not a row of the table: its text stays on the page.
        func isCaption(_ row: Int) -> Bool {
            guard cells.list.contains(where: { $0.row == row && $0.rowSpan == 1 && $0.column == 0
                && $0.columnSpan == xs.count - 1 }) else { return false }
            let band = glyphs.indices.filter { !taken[$0] && !glyphs[$0].isSpace && glyphs[$0].centerY > ys[row]
                && glyphs[$0].centerY < ys[row + 1] && glyphs[$0].centerX > xs[0] && glyphs[$0].centerX < xs[xs.count - 1] }
            let text = CellText.lines(band.map { glyphs[$0] }).first?.text ?? ""
            return TableCaption.opensWithLabel(text)
        }
        if !openTop && ys.count >= 4 && xs.count >= 3 && isCaption(0) {
            ys.removeFirst()
            cells = mergedCells(xs: xs, ys: ys, h: h, v: v, rectangular: true)
        }
        if !openBottom && ys.count >= 4 && xs.count >= 3 && isCaption(ys.count - 2) {
            ys.removeLast()
            cells = mergedCells(xs: xs, ys: ys, h: h, v: v, rectangular: true)
        }
        let implied = impliedBorders(xs: xs, ys: ys, cells: cells.list, glyphs: glyphs, taken: taken)
        if !implied.isEmpty {
            cells = mergedCells(xs: xs, ys: ys, h: h, v: v + implied, rectangular: true)
        }
        let rowCount = ys.count - 1, columnCount = xs.count - 1

        // Place glyphs by their centre.
        let box = Rect(x0: xs.first!, y0: ys.first!, x1: xs.last!, y1: ys.last!)
        var cellGlyphs: [Int: [Glyph]] = [:]
        for (index, glyph) in glyphs.enumerated() where !taken[index] {
            let x = glyph.centerX, y = glyph.centerY
            guard box.contains(x: x, y: y) else { continue }
            taken[index] = true
            let c = slot(of: x, in: xs), r = slot(of: y, in: ys)
            cellGlyphs[cells.root[r * columnCount + c], default: []].append(glyph)
        }
        if let readCell {
            for cell in cells.list {
                let frame = Rect(x0: xs[cell.column], y0: ys[cell.row], x1: xs[cell.column + cell.columnSpan],
                                 y1: ys[cell.row + cell.rowSpan])
                if let read = readCell(frame) { cellGlyphs[cell.row * columnCount + cell.column] = read }
            }
        }

        var rows = [[String]](repeating: [String](repeating: "", count: columnCount), count: rowCount)
        var spans: [CellSpan] = []
        var bottomRoom = [Double](repeating: .infinity, count: columnCount)
        let cellLines = cells.list.map { cell in
            (lines: CellText.lines(cellGlyphs[cell.row * columnCount + cell.column] ?? []),
             left: xs[cell.column], right: xs[cell.column + cell.columnSpan])
        }
        let padding = CellText.padding(cellLines)
        for (cell, content) in zip(cells.list, cellLines) {
            let text = CellText.text(content.lines, left: content.left, right: content.right, padding: padding)
            rows[cell.row][cell.column] = text.text
            if cell.row + cell.rowSpan == rowCount {
                for c in cell.column..<(cell.column + cell.columnSpan) { bottomRoom[c] = text.lastRoom }
            }
            if cell.rowSpan > 1 || cell.columnSpan > 1 {
                spans.append(CellSpan(row: cell.row, column: cell.column, rowSpan: cell.rowSpan, columnSpan: cell.columnSpan))
            }
        }
        var table = PageTable(box: box, columnEdges: xs, rows: rows, spans: spans,
                              rowPages: Array(repeating: page, count: rowCount), ruled: true)
        table.openTop = openTop
        table.openBottom = openBottom
        table.bottomRoom = bottomRoom
        // The part of a row cut by the page end that holds no text is no row: its text is all on
        // the other page.
        if openBottom && table.rows.count > 1 && table.rowIsEmptyFragment(table.rows.count - 1) {
            table.removeRow(table.rows.count - 1)
            table.openBottom = false
        }
        if openTop && table.rows.count > 1 && table.rowIsEmptyFragment(0) {
            table.removeRow(0)
            table.openTop = false
        }
        return table
    }

    /// The grid's edges, cleaned of what is no grid line.
    ///
    /// A row at the table's edge that holds no text and is too low for a line of it, or that a
    /// page break cut off at an open edge, goes first. Then, on the merges as found (before they
    /// are made rectangles: a gap between borders drawn apart makes L shapes, whose rectangles
    /// would swallow their neighbours), lines that bound no cell go (a stroke of a glyph near a
    /// border, a rule drawn in one cell only), and so does a row holding no text of its own
    /// that is too low for a line of it or that a merged cell crosses: the gap between two
    /// borders drawn apart (separate cell borders, a merged cell that a browser ended short of
    /// its last row on a page after a break).
    private static func cleanedGrid(xs: [Double], ys: [Double], h: [RuleSegment], v: [RuleSegment],
                                    centres: [(x: Double, y: Double)], thinRow: Double, openTop: Bool,
                                    openBottom: Bool)
        -> (xs: [Double], ys: [Double], openTop: Bool, openBottom: Bool) {
        var xs = xs, ys = ys, openTop = openTop, openBottom = openBottom
        // Edge rows first: the borders that carry on through one (a merged cell reaching to the
        // page end) would join it to all its neighbours.
        func holdsNoText(_ y0: Double, _ y1: Double) -> Bool { !centres.contains { $0.y > y0 && $0.y < y1 } }
        while ys.count > 2, holdsNoText(ys[ys.count - 2], ys[ys.count - 1]),
              openBottom || ys[ys.count - 1] - ys[ys.count - 2] < thinRow {
            ys.removeLast()
        }
        while ys.count > 2, holdsNoText(ys[0], ys[1]), openTop || ys[1] - ys[0] < thinRow {
            ys.removeFirst()
        }
        // A column holding no text and too narrow for any is the gap between two borders drawn
        // apart (a rule and the edge of a shading beside it, a double rule): it goes, with the
        // inner of its two lines at the table's side, else the one drawn shorter. Two lines drawn
        // along no common row are no such pair but one column border that jogs between two parts
        // of a form ruled to different columns (a Word table whose funds rows and indicator rows
        // have their own widths): both bound cells, so both stay, and the sliver joins its
        // neighbours over the line each row lacks. Both must be drawn longer than a glyph's
        // stroke: a stroke near a border, or a table's side with no line drawn, is no jog.
        func columnHoldsNoText(_ x0: Double, _ x1: Double) -> Bool { !centres.contains { $0.x > x0 && $0.x < x1 } }
        func jogs(_ a: Double, _ b: Double) -> Bool {
            drawnAlongside(v, a, b) < thinRow
                && drawnLength(v, at: a, from: ys.first!, to: ys.last!) >= 1.5 * thinRow
                && drawnLength(v, at: b, from: ys.first!, to: ys.last!) >= 1.5 * thinRow
        }
        var c = 0
        while c + 1 < xs.count && xs.count > 2 {
            guard xs[c + 1] - xs[c] < thinRow, columnHoldsNoText(xs[c], xs[c + 1]), !jogs(xs[c], xs[c + 1])
            else { c += 1; continue }
            let drop = c == 0 ? 1 : c + 2 == xs.count ? c
                : drawnLength(v, at: xs[c], from: ys.first!, to: ys.last!)
                    < drawnLength(v, at: xs[c + 1], from: ys.first!, to: ys.last!) ? c : c + 1
            xs.remove(at: drop)
        }
        var cells = mergedCells(xs: xs, ys: ys, h: h, v: v, rectangular: false)
        while true {
            let rowCount = ys.count - 1, columnCount = xs.count - 1
            var usedRows = Set([0, rowCount]), usedColumns = Set([0, columnCount])
            for cell in cells.list {
                usedRows.formUnion([cell.row, cell.row + cell.rowSpan])
                usedColumns.formUnion([cell.column, cell.column + cell.columnSpan])
            }
            var dropRows = Set((0...rowCount).filter { !usedRows.contains($0) })
            let dropColumns = Set((0...columnCount).filter { !usedColumns.contains($0) })
            if dropRows.isEmpty && dropColumns.isEmpty && rowCount > 1 {
                // Text in a row that belongs to a cell starting higher up is that cell's.
                func holdsText(_ r: Int) -> Bool {
                    centres.contains { point in
                        guard point.y > ys[r] && point.y < ys[r + 1] else { return false }
                        return cells.root[r * columnCount + slot(of: point.x, in: xs)] / columnCount == r
                    }
                }
                for r in 0..<rowCount where !holdsText(r)
                    && (ys[r + 1] - ys[r] < thinRow
                        || cells.list.contains { $0.rowSpan > 1 && $0.row <= r && $0.row + $0.rowSpan > r }) {
                    // An empty sliver at the table's edge goes (with it, an open edge: the part
                    // of a row a page break cut off); otherwise the row joins its neighbour over
                    // the inner line drawn shorter.
                    let empty = !centres.contains { $0.y > ys[r] && $0.y < ys[r + 1] }
                    let shorterInner = drawnLength(h, at: ys[r], from: xs.first!, to: xs.last!)
                        < drawnLength(h, at: ys[r + 1], from: xs.first!, to: xs.last!) ? r : r + 1
                    let drop = r == 0 ? (empty ? 0 : 1)
                        : r + 1 == rowCount ? (empty ? rowCount : r)
                        : shorterInner
                    if drop == 0 { openTop = false }
                    if drop == rowCount { openBottom = false }
                    dropRows.insert(drop)
                    break
                }
            }
            guard !dropRows.isEmpty || !dropColumns.isEmpty else { break }
            ys = ys.enumerated().filter { !dropRows.contains($0.offset) }.map(\.element)
            xs = xs.enumerated().filter { !dropColumns.contains($0.offset) }.map(\.element)
            cells = mergedCells(xs: xs, ys: ys, h: h, v: v, rectangular: false)
        }
        return (xs, ys, openTop, openBottom)
    }

    /// Base cells joined where the line between them is missing, as rectangles (or, not
    /// `rectangular`, as found, each listed by its bounding box).
    private static func mergedCells(xs: [Double], ys: [Double], h: [RuleSegment], v: [RuleSegment],
                                    rectangular: Bool) -> (list: [Cell], root: [Int]) {
        let rowCount = ys.count - 1, columnCount = xs.count - 1
        var parent = Array(0..<(rowCount * columnCount))
        func find(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        func union(_ a: Int, _ b: Int) {
            let ra = find(a), rb = find(b)
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        for r in 0..<rowCount {
            for c in 0..<columnCount {
                if c + 1 < columnCount && !drawn(v, at: xs[c + 1], from: ys[r], to: ys[r + 1]) {
                    union(r * columnCount + c, r * columnCount + c + 1)
                }
                if r + 1 < rowCount && !drawn(h, at: ys[r + 1], from: xs[c], to: xs[c + 1]) {
                    union(r * columnCount + c, (r + 1) * columnCount + c)
                }
            }
        }
        return rectangularCells(rowCount: rowCount, columnCount: columnCount, find: find, union: union,
                                expand: rectangular)
    }

    /// The column borders that rows drawn with level rules only imply.
    ///
    /// Many reports rule a table's header into columns and its body with level rules alone
    /// (white rules on a coloured header, a grey band per row). Read by the rules, every body
    /// row would be one cell across the table, its whole text in the first. A row left whole
    /// whose text stands apart at every column border it reaches, in two columns or more, is
    /// cut at the header's borders; a row whose text runs across a border (a note, a caption,
    /// a merged cell's sentence) stays whole.
    private static func impliedBorders(xs: [Double], ys: [Double], cells: [Cell], glyphs: [Glyph],
                                       taken: [Bool]) -> [RuleSegment] {
        let columnCount = xs.count - 1
        guard columnCount >= 2, cells.contains(where: { $0.columnSpan < columnCount }) else { return [] }
        let whole = cells.filter { $0.rowSpan == 1 && $0.column == 0 && $0.columnSpan == columnCount }.map(\.row)
        guard whole.count >= 2 else { return [] }
        var borders: [RuleSegment] = []
        for row in whole {
            let y0 = ys[row], y1 = ys[row + 1]
            let inRow = glyphs.indices.filter { !taken[$0] && !glyphs[$0].isSpace && glyphs[$0].centerY > y0
                && glyphs[$0].centerY < y1 && glyphs[$0].centerX > xs[0] && glyphs[$0].centerX < xs[columnCount] }
            let columns = Set(inRow.map { slot(of: glyphs[$0].centerX, in: xs) })
            guard columns.count >= 2 else { continue }
            let runsAcross = zip(inRow, inRow.dropFirst()).contains { a, b in
                let p = glyphs[a], g = glyphs[b]
                return p.lineID == g.lineID && abs(p.centerY - g.centerY) < 0.3 * g.em
                    && g.box.x0 - p.box.x1 < 0.45 * g.em
                    && slot(of: p.centerX, in: xs) != slot(of: g.centerX, in: xs)
            }
            guard !runsAcross else { continue }
            for x in xs.dropFirst().dropLast() {
                borders.append(RuleSegment(axis: .vertical, position: x, start: y0, end: y1))
            }
        }
        return borders
    }

    /// Whether the line at `position` is drawn over at least half of `from...to`.
    private static func drawn(_ lines: [RuleSegment], at position: Double, from: Double, to: Double) -> Bool {
        drawnLength(lines, at: position, from: from, to: to) >= 0.5 * (to - from)
    }

    /// How long the lines at two positions are drawn side by side (over the same stretch).
    private static func drawnAlongside(_ lines: [RuleSegment], _ a: Double, _ b: Double) -> Double {
        let first = lines.filter { abs($0.position - a) <= snap }
        let second = lines.filter { abs($0.position - b) <= snap }
        var shared = 0.0
        for x in first {
            for y in second { shared += max(0, min(x.end, y.end) - max(x.start, y.start)) }
        }
        return shared
    }

    /// How much of `from...to` the line at `position` covers.
    private static func drawnLength(_ lines: [RuleSegment], at position: Double, from: Double, to: Double) -> Double {
        var covered = 0.0
        for line in lines where abs(line.position - position) <= snap {
            covered += max(0, min(line.end, to) - max(line.start, from))
        }
        return covered
    }

    /// The index of the interval of `edges` holding `value` (clamped to the grid).
    private static func slot(of value: Double, in edges: [Double]) -> Int {
        var index = 0
        while index + 2 < edges.count && value >= edges[index + 1] { index += 1 }
        return index
    }

    /// A merged cell: top-left base cell and extent.
    struct Cell {
        var row: Int
        var column: Int
        var rowSpan: Int
        var columnSpan: Int
    }

    /// Makes every group of merged base cells a rectangle (a merge is always rectangular in a
    /// real table; an L shape means a short line was missed), then lists the cells.
    private static func rectangularCells(rowCount: Int, columnCount: Int, find: (Int) -> Int,
                                         union: (Int, Int) -> Void, expand: Bool = true) -> (list: [Cell], root: [Int]) {
        var changed = true
        var bounds: [Int: (r0: Int, c0: Int, r1: Int, c1: Int)] = [:]
        while changed {
            changed = false
            bounds = [:]
            for r in 0..<rowCount {
                for c in 0..<columnCount {
                    let root = find(r * columnCount + c)
                    if let b = bounds[root] {
                        bounds[root] = (min(b.r0, r), min(b.c0, c), max(b.r1, r), max(b.c1, c))
                    } else {
                        bounds[root] = (r, c, r, c)
                    }
                }
            }
            for (root, b) in bounds where expand {
                for r in b.r0...b.r1 {
                    for c in b.c0...b.c1 where find(r * columnCount + c) != find(root) {
                        union(root, r * columnCount + c)
                        changed = true
                    }
                }
            }
        }
        // Roots are the smallest index, which is the top-left base cell of a rectangle.
        var root = [Int](repeating: 0, count: rowCount * columnCount)
        var list: [Cell] = []
        for index in 0..<(rowCount * columnCount) {
            root[index] = find(index)
            if root[index] == index, let b = bounds[find(index)] {
                list.append(Cell(row: b.r0, column: b.c0, rowSpan: b.r1 - b.r0 + 1, columnSpan: b.c1 - b.c0 + 1))
            }
        }
        return (list, root)
    }
}
