/// The form's own words put back together where a plain `pdftotext` dump (no `-layout`) of a
/// printed form cut them: a narrow cell wraps its word (`年初预` / `算数`, `一级指` / `标`, `产出指` /
/// `标（50` / `分）`), and the dump writes cells in reading order, so the word's pieces do not
/// follow one another: the first line of every cell of a row comes first, their second lines
/// after (`年初预 / 全年预 / 全年执 / 分值 / … / 算数 / 算数 / 行数`, or `年初预算 全年预算 全年执行` /
/// `数` / `数` / `数` when the cells share a line).
///
/// A piece is a cut word when it starts one of the templates' header or level words
/// (`vocabulary`) without being one; a later piece that goes on with it (the two still start the
/// word, or make it) is its tail, taken by the earliest cut word it goes on with. Each whole word
/// then stands where its first piece stood, so that the readers of cells one a line see the
/// header they know. Only lines of short pieces one space apart are read, among lines of no other
/// shape (a `-layout` dump's column gaps, pipe rows), and a tail is looked for only a few lines down.
enum CutFormWords {
    /// The words of the national templates' headers, blocks and levels that a narrow cell cuts.
    static let vocabulary: [String] = {
        var words = [
            "绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "年度指标值", "实际完成值", "全年实际完成值", "全年实际值",
            "实际完成情况", "全年实际完成情况", "全年完成值", "分值", "得分", "权重", "偏差原因分析及改进措施", "未完成原因分析",
            "未完成原因分析及改进措施", "指标性质", "度量单位", "年初预算数", "全年预算数", "全年执行数", "调整后预算数", "执行率",
            "预算执行率", "项目资金（万元）", "资金情况（万元）", "年度预算资金（万元）", "年度资金总额", "年度总体目标", "预期目标",
            "年初设定目标", "年度目标完成情况", "总体目标完成情况",
        ]
        words += IndicatorLevels.level1Names
        for (stem, _) in IndicatorLevels.level2Parents { words.append(stem + "指标") }
        return words
    }()

    /// The first characters of the vocabulary: a piece starting with none is no cut word.
    private static let firstScalars = Set(vocabulary.compactMap(\.unicodeScalars.first))

    /// How far a text goes in a word of the vocabulary.
    enum Progress: Equatable {
        /// It starts a word (or a word and the start of its points, `产出指标（50`).
        case partial
        /// It is a word, maybe with its points (`产出指标（50分）`).
        case whole
        case none
    }

    static func progress(_ text: String) -> Progress {
        guard let first = text.unicodeScalars.first, firstScalars.contains(first) else { return .none }
        var best = Progress.none
        for word in vocabulary {
            if word == text { return .whole }
            if word.hasPrefix(text) {
                best = .partial
            } else if text.hasPrefix(word) {
                switch pointsProgress(text.dropFirst(word.count)) {
                case .whole: return .whole
                case .partial: best = .partial
                case .none: break
                }
            }
        }
        return best
    }

    /// Whether `tail` completes the cut word `head` ends with: `一级` and `指标`, `产出` and
    /// `指标`.
    static func completes(_ head: String, with tail: String) -> Bool {
        guard !head.isEmpty, !tail.isEmpty, !head.contains("\n") else { return false }
        return progress(head) == .partial && progress(head + tail) == .whole
    }

    /// Whether `piece` goes on with the cut word `head` ends with, whole or still cut
    /// (`绩效` and `指`).
    static func continues(_ head: String, with piece: String) -> Bool {
        guard !head.isEmpty, !piece.isEmpty, !head.contains("\n") else { return false }
        return progress(head) == .partial && progress(head + piece) != .none
    }

    /// How far a text goes in a level's points in brackets: `（50分）`, `(10分)`.
    static func pointsProgress(_ s: Substring) -> Progress {
        var state = 0  // 0: bracket, 1: digits, 2: more digits, 分 or point, 3: closing bracket
        for ch in s {
            switch state {
            case 0:
                guard ch == "（" || ch == "(" else { return .none }
                state = 1
            case 1:
                guard ch.isASCII, ch.isNumber else { return .none }
                state = 2
            case 2:
                if ch.isASCII, ch.isNumber || ch == "." { continue }
                guard ch == "分" else { return .none }
                state = 3
            default:
                return (ch == "）" || ch == ")") && s.last == ch && s.firstIndex(of: ch) == s.index(before: s.endIndex) ? .whole : .none
            }
        }
        return s.isEmpty ? .none : .partial
    }

    /// Lines searched below a cut word for its tails.
    static let window = 16
    /// The longest piece read: a cell of a narrow column.
    static let maxPiece = 8

    static func join(_ items: [BodyItem]) -> [BodyItem] {
        // Pieces of each plain line, nil for a line that is not one of short pieces one space apart.
        let pieces: [[String]?] = items.map { item in
            guard case .line(let l) = item, l.origin == .textLine else { return nil }
            return shortPieces(l.raw)
        }
        var out = items
        var changed = false
        // Per line, its pieces as they stand (joined words grow, tails go).
        var current = pieces
        // Lines of another shape end a search: a `-layout` dump's rows, pipe rows, tables.
        let stops: [Bool] = items.map { item in
            guard case .line(let l) = item else { return true }
            return l.origin != .textLine || isOtherShape(l.raw)
        }
        // Stops before each line, so that a head among lines of another shape (a `-layout` dump's
        // margin lines, `年度总` / `体目标`) is passed over in one subtraction.
        var stopsBefore = [0]
        for s in stops { stopsBefore.append(stopsBefore.last! + (s ? 1 : 0)) }
        var k = 0
        while k < items.count {
            let near = max(0, k - window)..<min(items.count, k + window + 1)
            guard let linePieces = current[k], stopsBefore[near.upperBound] == stopsBefore[near.lowerBound] else { k += 1; continue }
            // A head of one character is a label written one character a line (绩 / 效 / 指 / 标),
            // which the table readers join themselves.
            for p in linePieces.indices where linePieces[p].count >= 2 && progress(linePieces[p]) == .partial {
                guard let cut = current[k]?[p], progress(cut) == .partial else { continue }
                if let joined = takeTails(of: cut, from: k, after: p, in: &current, stops: stops) {
                    current[k]?[p] = joined
                    changed = true
                }
            }
            k += 1
        }
        guard changed else { return items }
        var result: [BodyItem] = []
        result.reserveCapacity(items.count)
        for (i, item) in out.enumerated() {
            guard let now = current[i], now != pieces[i], case .line(var l) = item else { result.append(item); continue }
            let kept = now.filter { !$0.isEmpty }
            // A line all of whose pieces were tails is gone: they stand in their words now.
            if kept.isEmpty { continue }
            l.raw = kept.joined(separator: " ")
            result.append(.line(l))
        }
        out = result
        return out
    }

    /// The word `cut` (a piece of line `line`, at `index`) makes with the tails after it, which
    /// are emptied where they stood; nil, and nothing emptied, unless they make a whole word.
    private static func takeTails(of cut: String, from line: Int, after index: Int, in current: inout [[String]?],
                                  stops: [Bool]) -> String? {
        var word = cut
        var taken: [(line: Int, piece: Int)] = []
        var k = line
        var first = index + 1
        while k < current.count, k <= line + window, !stops[k] {
            // Blank lines and long ones are passed over: cells print blank lines between rows, and
            // a wide cell's lines between the pieces of narrow ones.
            if let ps = current[k] {
                for p in first..<max(first, ps.count) {
                    let tail = ps[p]
                    // A tail is no word of its own: `分值` after `全年预` heads its own column. It may
                    // start one (`数` starts 数量指标).
                    guard !tail.isEmpty, progress(tail) != .whole else { continue }
                    switch progress(word + tail) {
                    case .none: continue
                    case .partial: word += tail; taken.append((k, p))
                    case .whole:
                        for t in taken + [(k, p)] { current[t.line]?[t.piece] = "" }
                        return word + tail
                    }
                }
            }
            k += 1
            first = 0
        }
        return nil
    }

    /// The pieces of a line of short pieces one space apart, or nil: a blank line, one of another
    /// shape (`isOtherShape`), or one with a piece longer than a narrow cell's line.
    static func shortPieces(_ raw: String) -> [String]? {
        guard !raw.trimmingWhitespace().isEmpty, !isOtherShape(raw) else { return nil }
        let parts = raw.split(separator: " ").map(String.init)
        guard !parts.isEmpty, parts.allSatisfy({ $0.count <= maxPiece }) else { return nil }
        return parts
    }

    /// A line no plain dump writes: indented, with a run of spaces (a `-layout` dump's column
    /// gaps), or with a pipe (a row of cells).
    static func isOtherShape(_ raw: String) -> Bool {
        raw.leadingIndent > 0 || TextCells.hasGap(raw.trimmingWhitespace()) || raw.unicodeScalars.contains { $0 == "|" || $0 == "｜" }
    }
}
