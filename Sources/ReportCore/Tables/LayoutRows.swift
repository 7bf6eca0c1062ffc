/// Rows of an indicator block in a `pdftotext -layout` dump, placed by where each cell stands.
///
/// A layout dump keeps each cell under its column but breaks rows apart: a name wrapped over
/// three lines has its figures on the middle one, and a merged 一级/二级 label stands once,
/// centred on its group of rows, perhaps split over lines itself (`满意` / `度指` / `标`). So the
/// lines with figures are the rows; the other lines' pieces join the nearest row (a tie goes up,
/// unless the piece ends open, as `救助资金“` does); a level label covers the rows it is centred
/// on, or, where the labels stand on their group's first row, the rows down to the next label.
enum LayoutRows {
    /// A cell of a layout line and the display columns it spans (CJK characters count two).
    struct Piece: Equatable {
        var text: String
        var start: Int
        var end: Int
    }

    /// The pieces of a line split at runs of two or more spaces.
    static func pieces(_ raw: String) -> [Piece] {
        var out: [Piece] = []
        var text = String.UnicodeScalarView()
        var start = 0
        var column = 0
        var spaces = 0
        func flush() {
            let t = String(text).trimmingWhitespace()
            if !t.isEmpty { out.append(Piece(text: t, start: start, end: column - spaces)) }
            text = String.UnicodeScalarView()
        }
        for u in raw.unicodeScalars {
            if u == " " || u == "\u{00A0}" || u == "\t" || u == "\u{3000}" {
                spaces += u == "\t" ? 2 : (u == "\u{3000}" ? 2 : 1)
                column += u == "\u{3000}" ? 2 : 1
                if spaces >= 2, !text.isEmpty { flush() }
                if !text.isEmpty { text.append(u) }
                continue
            }
            if text.isEmpty { start = column }
            spaces = 0
            text.append(u)
            column += width(u)
        }
        spaces = 0
        flush()
        return out
    }

    static func width(_ u: Unicode.Scalar) -> Int {
        switch u.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    /// The columns a header line gives: each name and the display column it starts at.
    struct Column {
        var name: String
        var role: ColumnRole
        var start: Int
        /// Where the column ends, when known (a wrapped header's span).
        var end: Int = 0
    }

    /// The column a piece stands in: the last whose start is at or left of the piece's start
    /// (a little slack for figures set one space left).
    static func column(of piece: Piece, in columns: [Column]) -> Int {
        var k = 0
        for (i, c) in columns.enumerated() where c.start <= piece.start + 2 { k = i }
        return k
    }

    /// Reads the rows of the block from its body lines (each a list of pieces; blank lines left
    /// out). - Returns: one entry per column and row, nil where nothing stood.
    ///   - wrappedFigures: a line right under a row's figures whose cells in those columns are
    ///     only short ends (`人`, `万人`, `右`) and that holds no figure is their wrapped end, no row.
    static func rows(_ lines: [[Piece]], columns: [Column], wrappedFigures: Bool = false) -> [[String?]] {
        let placed: [[Int: String]] = lines.map { line in
            var cells: [Int: String] = [:]
            for p in line {
                let k = column(of: p, in: columns)
                cells[k] = cells[k].map { $0 + " " + p.text } ?? p.text
            }
            return cells
        }
        let levelColumns = Set(columns.indices.filter { [.level1, .level2, .stub].contains(columns[$0].role) })
        let figureRoles: [ColumnRole] = [.weight, .score, .amount, .rate]
        let anchorRoles: [ColumnRole] = columns.contains { figureRoles.contains($0.role) } ? figureRoles : [.target, .actual, .operatorSign]
        var anchors = placed.indices.filter { l in placed[l].keys.contains { anchorRoles.contains(columns[$0].role) } }
        if wrappedFigures {
            let all = Set(anchors)
            anchors = anchors.filter { l in !(all.contains(l - 1) && isWrappedEnd(placed[l], columns: columns, anchorRoles: anchorRoles)) }
        }
        guard !anchors.isEmpty else { return [] }

        // Each line's non-label pieces join a row.
        var owner = Array(repeating: 0, count: placed.count)
        var a = 0
        for l in placed.indices {
            while a + 1 < anchors.count, anchors[a + 1] <= l { a += 1 }
            if l <= anchors[0] { owner[l] = 0; continue }
            if anchors[a] == l || a + 1 == anchors.count { owner[l] = a; continue }
            let nameColumn = { (line: Int) in placed[line].keys.contains { columns[$0].role == .name } }
            // A name wrapped over several lines below its row stays one chain.
            if l - 1 != anchors[a], owner[l - 1] == a, nameColumn(l - 1), nameColumn(l) { owner[l] = a; continue }
            let up = l - anchors[a], down = anchors[a + 1] - l
            if up != down { owner[l] = up < down ? a : a + 1; continue }
            // A tie: the row below takes the line when the line ends open or the row's own name
            // is only a tail (`率`); otherwise the row above goes on.
            let name = placed[l].first { !levelColumns.contains($0.key) }?.value ?? ""
            let belowName = placed[anchors[a + 1]].first { columns[$0.key].role == .name }?.value.compacted ?? ""
            owner[l] = endsOpen(name) || (!belowName.isEmpty && belowName.count <= 2) ? a + 1 : a
        }
        if wrappedFigures { nameRuns(placed, columns: columns, anchors: anchors, owner: &owner) }
        var rows = Array(repeating: [String?](repeating: nil, count: columns.count), count: anchors.count)
        var top = anchors, bottom = anchors
        for l in placed.indices {
            let r = owner[l]
            top[r] = min(top[r], l)
            bottom[r] = max(bottom[r], l)
            for (k, text) in placed[l].sorted(by: { $0.key < $1.key }) where !levelColumns.contains(k) || isTotal(text) {
                rows[r][k] = rows[r][k].map { $0 + "\n" + text } ?? text
            }
        }
        for k in levelColumns.sorted() {
            let labels = levelLabels(placed.indices.compactMap { l in placed[l][k].flatMap { isTotal($0) ? nil : (l, $0) } }, gap: wrappedFigures ? 2 : 1)
            // A total row (总分) is no row of a level group.
            let totals = Set(rows.indices.filter { r in levelColumns.contains { rows[r][$0].map(isTotal) ?? false } })
            for (r, text) in assign(labels, top: top, bottom: bottom) where rows[r][k] == nil && !totals.contains(r) { rows[r][k] = text }
        }
        return rows
    }

    /// A name wrapped over consecutive lines is one cell: the lines of a run of name pieces are
    /// the rows' whose figures stand among them. Where the block's first line holds figures (cells
    /// set at the top), a run is cut at each row's figures, and lines
    /// before the first figures (a name going on after a page break) keep their nearest row;
    /// else names are centred on their figures: a run over one row's figures is that row's, one
    /// over several is cut half way between them.
    static func nameRuns(_ placed: [[Int: String]], columns: [Column], anchors: [Int], owner: inout [Int]) {
        let hasName = { (l: Int) in placed[l].keys.contains { columns[$0].role == .name } }
        var runs: [(first: Int, last: Int, inside: [Int])] = []
        var l = 0
        while l < placed.count {
            guard hasName(l) else { l += 1; continue }
            var e = l
            // A line without a name piece (a figure line, a level label's) between two lines of
            // the name is inside it; a blank line ends it.
            while e + 1 < placed.count, hasName(e + 1) || (e + 2 < placed.count && !placed[e + 1].isEmpty && !anchors.contains(e + 2) && hasName(e + 2)) { e += 1 }
            runs.append((l, e, anchors.indices.filter { (l...e).contains(anchors[$0]) }))
            l = e + 1
        }
        let withFigures = runs.filter { !$0.inside.isEmpty }
        // Top-set cells put the first row's figures on the block's first line.
        let topAligned = anchors.first == placed.firstIndex { !$0.isEmpty } && withFigures.filter { anchors[$0.inside[0]] == $0.first }.count * 2 >= withFigures.count
        for run in withFigures {
            for x in run.first...run.last {
                if topAligned {
                    if let a = run.inside.last(where: { anchors[$0] <= x }) { owner[x] = a }
                } else if run.inside.count == 1 {
                    owner[x] = run.inside[0]
                } else {
                    var r = run.inside[0]
                    for a in run.inside.dropFirst() where x >= (anchors[a - 1] + anchors[a] + 1) / 2 { r = a }
                    owner[x] = r
                }
            }
        }
    }

    /// A line that holds no figure, and in the figure columns only ends of two characters at
    /// most or units: the end of the cells of the line above.
    static func isWrappedEnd(_ line: [Int: String], columns: [Column], anchorRoles: [ColumnRole]) -> Bool {
        let figureKinds: [CellKind] = [.number, .percent, .quantity, .operatorSign]
        return line.allSatisfy { k, text in
            let c = text.compacted
            guard !text.split(separator: " ").contains(where: { figureKinds.contains(CellKind.of(String($0))) }), !figureKinds.contains(CellKind.of(c)) else { return false }
            return !anchorRoles.contains(columns[k].role) || c.count <= 2 || CellKind.of(c) == .unit
        }
    }

    private static func isTotal(_ text: String) -> Bool { ScoresReader.totalLabels.contains(text.compacted) }

    /// Whether a piece of a name goes on on the next line: it ends inside quotes or brackets, or
    /// on a joining word.
    static func endsOpen(_ text: String) -> Bool {
        guard let last = text.compacted.last else { return false }
        return "“‘（(《【、和及与的或".contains(last)
    }

    /// The labels of a level column: pieces on consecutive lines make one label while it is
    /// incomplete (`产出` / `指标`, `满意` / `度指` / `标`) or the next piece is its weight (`（50分）`).
    /// A centred label may have a row's figure line between its pieces (`社会效` / `20` / `益指标`):
    /// `gap` is how many lines apart two pieces may stand.
    static func levelLabels(_ pieces: [(line: Int, text: String)], gap: Int = 1) -> [(first: Int, last: Int, text: String)] {
        var out: [(first: Int, last: Int, text: String)] = []
        for (line, text) in pieces {
            let t = text.compacted
            if let prev = out.last, line - prev.last <= gap,
               isWeight(t) || TextFormReader.completesLabel(prev.text, with: t) || (!isCompleteLabel(prev.text) && isLabelStart(prev.text + t)) {
                out[out.count - 1] = (prev.first, line, prev.text + t)
                continue
            }
            out.append((line, line, t))
        }
        return out
    }

    /// A level label, whole or cut short (`满意度指`, `服务对象满意`).
    private static func isLabelStart(_ text: String) -> Bool {
        let c = text.compacted
        return IndicatorLevels.level1(of: c) != nil || IndicatorLevels.level2Parent(of: c) != nil
            || (c.count >= 2 && IndicatorLevels.level2Parents.contains { ($0.stem + "指标").hasPrefix(c) })
    }

    private static func isCompleteLabel(_ text: String) -> Bool {
        let c = IndicatorLevels.stripped(text)
        if IndicatorLevels.level1Names.contains(c) { return true }
        let stem = c.hasSuffix("指标") ? String(c.dropLast(2)) : c
        return c.hasSuffix("指标") && IndicatorLevels.level2Parents.contains { $0.stem == stem }
            || (c.count >= 2 && IndicatorLevels.level1(of: c) == nil && IndicatorLevels.level2Parent(of: c) == nil)
    }

    private static func isWeight(_ t: String) -> Bool {
        IndicatorLevels.stripped("产出指标" + t) == "产出指标" && t != ""
    }

    /// Which rows each label covers. Labels on their group's first row cover the rows down to the
    /// next label. Labels centred on their group (the first row has none, or a label stands off
    /// a row's first line) cover the contiguous rows whose span they are centred on: the split
    /// of rows into groups with the least off-centre distance.
    static func assign(_ labels: [(first: Int, last: Int, text: String)], top: [Int], bottom: [Int]) -> [(Int, String)] {
        let n = top.count
        guard !labels.isEmpty, n > 0 else { return [] }
        let rowOf: (Int) -> Int? = { line in (0..<n).first { top[$0] <= line && line <= bottom[$0] } }
        let topAligned = labels.allSatisfy { l in (0..<n).contains { top[$0] == l.first } } && labels[0].first <= top[0]
        var groups: [Range<Int>] = []
        if topAligned {
            let starts = labels.map { l in (0..<n).first { top[$0] == l.first } ?? 0 }
            for (i, s) in starts.enumerated() { groups.append(s..<(i + 1 < starts.count ? max(s + 1, starts[i + 1]) : n)) }
        } else {
            // best[i][j]: least cost with labels 0..<i covering rows 0..<j.
            let k = labels.count
            let inf = Int.max / 4
            var best = Array(repeating: Array(repeating: inf, count: n + 1), count: k + 1)
            var cut = Array(repeating: Array(repeating: 0, count: n + 1), count: k + 1)
            best[0][0] = 0
            for i in 1...k {
                let l = labels[i - 1]
                for j in 1...n where j >= i {
                    for s in (i - 1)..<j where best[i - 1][s] < inf {
                        // The label's own lines must lie within its rows.
                        guard top[s] <= l.first + 1, bottom[j - 1] >= l.last - 1 else { continue }
                        let off = abs((top[s] + bottom[j - 1]) - (l.first + l.last))
                        let c = best[i - 1][s] + off
                        if c < best[i][j] { best[i][j] = c; cut[i][j] = s }
                    }
                }
            }
            guard best[k][n] < inf else {
                // No centred split fits: each label covers its own row and those down to the next.
                return labels.compactMap { l in rowOf(l.first).map { ($0, l.text) } }
            }
            var j = n
            for i in stride(from: k, to: 0, by: -1) {
                let s = cut[i][j]
                groups.insert(s..<j, at: 0)
                j = s
            }
        }
        var out: [(Int, String)] = []
        for (g, label) in zip(groups, labels) {
            for r in g { out.append((r, label.text)) }
        }
        return out
    }
}
