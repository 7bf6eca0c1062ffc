/// The 年度总体目标 block of a `pdftotext -layout` dump of a printed form: the planned and achieved
/// cells side by side, each wrapped over lines, told apart by where their characters stand.
///
/// A printed cell's text fills its column, so the two cells can stand one space apart
/// (`…医药机构日常 聘用辅助人员…`), and a label centred over its cell starts right of the cell's
/// text: neither runs of spaces nor the achieved label's start tell where the achieved cell
/// begins. What does is a column of characters no line uses, left of the achieved label's start,
/// with text on both sides on most lines: the gap between the cells. Where pdftotext set the
/// lines a character apart and no column is free, the cells part at the lines' wide gaps; a line
/// with text across the cut is cut at its space nearest to it.
enum GoalsLayout {
    /// Rows of [label, planned, achieved] text, one a line; nil when the header line does not
    /// hold both labels apart or no line has text on both sides.
    private static let sideLabelScalars = Set("年度总体目标项目绩效".unicodeScalars)

    static func split(_ headerRaw: String, header: GoalsBlockFinder.Header, _ lines: [SourceLine]) -> [[String]]? {
        // Bars mark the cells themselves (`| 完成监测点20个。 |`): no layout to read.
        guard !headerRaw.contains(where: { $0 == "|" || $0 == "｜" }),
              !lines.contains(where: { $0.raw.contains { $0 == "|" || $0 == "｜" } }) else { return nil }
        let head = WrappedLayoutForm.tokens(headerRaw, wide: false)
        guard let planned = head.first(where: { $0.text.compacted == header.planned }),
              let achieved = head.last(where: { $0.text.compacted == header.achieved }), achieved.start > planned.end + 1 else { return nil }
        var body = lines.filter { !$0.isBlank }.map { WrappedLayoutForm.tokens($0.raw, wide: false) }
        // The block's own label set down the side (`年度` / `总体` / `目标`, `项目年` / `度目标`): a
        // line's first piece made of its words' characters, before the cells.
        var side = Array(repeating: "", count: body.count)
        for i in body.indices {
            if let first = body[i].first, body[i].count >= 1, first.text.count <= 6, first.text.unicodeScalars.allSatisfy({ sideLabelScalars.contains($0) }),
               first.start < planned.start {
                side[i] = first.text
                body[i].removeFirst()
            }
        }
        guard !body.isEmpty else { return nil }
        let left = body.compactMap { $0.first?.start }.min() ?? planned.start
        // A free column right of the planned label's start, up to the achieved label's: the one
        // with text on both sides on the most lines (nearest the achieved label among equals).
        let used = Set(body.flatMap { $0.flatMap { Array($0.start..<$0.end) } })
        let twoSides = { (c: Int) in body.filter { l in l.contains { $0.end <= c } && l.contains { $0.start >= c } }.count }
        var cut: Int?
        var most = 0
        for c in (left + 2...max(left + 2, achieved.start)).reversed() where !used.contains(c) {
            let n = twoSides(c)
            if n > most { most = n; cut = c }
        }
        if cut == nil {
            // Lines whose widest gap is two spaces or more say where the cells part.
            let wide = body.compactMap { line -> Int? in
                let gaps = zip(line, line.dropFirst()).map { ($0.end, $1.start) }.filter { $0.1 - $0.0 >= 2 }
                return gaps.max { $0.1 - $0.0 < $1.1 - $1.0 }.map { ($0.0 + $0.1) / 2 }
            }
            cut = wide.isEmpty ? nil : wide.sorted()[wide.count / 2]
        }
        guard let boundary = cut else { return nil }
        var rows: [[String]] = []
        var twoSided = false
        for (i, line) in body.enumerated() {
            var row = [side[i], "", ""]
            // A line with text across the boundary is cut at its gap nearest to it.
            let gaps = zip(line, line.dropFirst()).map { ($0.end + $1.start) / 2 }
            let lineCut = line.contains { $0.start < boundary && $0.end > boundary }
                ? (gaps.min { abs($0 - boundary) < abs($1 - boundary) } ?? boundary) : boundary
            for t in line {
                let column = t.start < lineCut ? 1 : 2
                row[column] = row[column].isEmpty ? t.text : WrappedLayoutForm.joinWrapped(row[column], t.text, space: true)
            }
            if !row[1].isEmpty, !row[2].isEmpty { twoSided = true }
            rows.append(row)
        }
        return twoSided ? rows : nil
    }
}
