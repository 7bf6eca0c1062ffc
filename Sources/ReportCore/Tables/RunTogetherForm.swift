/// Cuts a self-evaluation form whose indicator block was copied with its cells run together: a
/// document-sharing site's text extract, or a converter that drops the cell boundaries, gives
/// `绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因…产出指标(70分)数量指标
/// 安装水尺10≥260米≥260米10水尺宽度10≥40厘米≥40厘米10…总分100100`.
///
/// The header makes such text readable. Four or more of the templates' column words in a row,
/// from 一级指标 on, with nothing between them, say the text is a form's cells run together: a
/// space in it is a wrap, not a separator, and the header says which columns a row fills. The
/// header is cut into its words; the text after it is cut where the templates make the seam
/// certain: level labels, a total label with its figures, the closing labels, and the run of
/// values a row ends with (a comparison, figures with their unit or %). A name keeps the figures
/// inside it (`5000吨稻谷、500吨成品粮储备到位率`): a lone figure followed by words is part of it.
/// `TextFormReader` then reads the cells under the header as it reads any form on one line.
/// Lines below that go on with the rows (the page wrapped the text) are cut the same way.
enum RunTogetherForm {
    /// A line holding a run-together indicator header, cut where the block starts: the text
    /// before it (the form's title, head and funds, run together too; nil when none), and the
    /// block from its header on. The text before stays a line of its own, read as such a line is
    /// read (`GluedLabels`); nil when the line holds no such header.
    static func split(_ line: String) -> (before: String?, block: String)? {
        guard touchingLevels(line) else { return nil }
        let t = line.compacted
        guard t.includes("一级指标") else { return nil }
        let chars = Array(t)
        var from = 0
        while let start = find("一级指标", in: chars, from: from) {
            if let (words, _) = header(chars, at: start), words.count >= 4 {
                var lead = start
                // The 绩效指标 stub over the levels heads the block with them.
                if lead >= 4, String(chars[(lead - 4)..<lead]) == "绩效指标" { lead -= 4 }
                return (lead > 0 ? String(chars[..<lead]) : nil, String(chars[lead...]))
            }
            from = start + 4
        }
        return nil
    }

    /// The level words touch (`一级指标二级指标`, `一级 指标二级 指标` wrapped): a header whose words
    /// are set apart (`一级指标 二级指标`) is read by its separators.
    private static func touchingLevels(_ line: String) -> Bool { line.includes("指标二级") || line.includes("指标三级") }

    /// The cells of a run-together block that starts with its header (`split`'s block): the
    /// header's words, then the cells of the rows after it. Nil when the text does not start so.
    static func cells(_ block: String) -> [String]? {
        guard touchingLevels(block) else { return nil }
        let chars = Array(block.compacted)
        var out: [String] = []
        var start = 0
        if matches("绩效指标", chars, at: 0) { out.append("绩效指标"); start = 4 }
        guard matches("一级指标", chars, at: start), let (words, end) = header(chars, at: start), words.count >= 4 else { return nil }
        out += words
        out += body(chars, from: end, roles: words.map(ColumnRole.of(header:)))
        return out
    }

    /// The cells of a line that goes on with the rows of a run-together form above it; nil when
    /// the line is no such continuation (prose, a line of words with no figure).
    static func continuation(_ line: String, roles: [ColumnRole]) -> [String]? {
        let t = line.compacted
        guard !t.isEmpty, !t.includes("。"), !TextFormReader.startsWithClosingLabel(t) else { return nil }
        let cells = body(Array(t), from: 0, roles: roles)
        guard cells.contains(where: { [.number, .percent, .quantity].contains(CellKind.of($0)) }) else { return nil }
        return cells
    }

    /// The roles of the header in `cells`, when they hold a run-together form's header.
    static func headerRoles(_ cells: [String]) -> [ColumnRole]? {
        guard let first = cells.firstIndex(where: { $0 == "一级指标" }) else { return nil }
        let words = cells[first...].prefix { headerWord($0) }
        return words.count >= 4 ? words.map(ColumnRole.of(header:)) : nil
    }

    // MARK: - Header

    /// The templates' column words, longest first so that `年度指标值` wins over `指标值`.
    private static let headerWords: [String] = [
        "一级指标", "二级指标", "三级指标", "指标名称", "指标内容", "指标性质", "运算符", "年度目标指标值", "年度指标值", "年度目标值", "年初指标值", "年初目标值",
        "指标值", "度量单位", "计量单位", "全年实际完成值", "全年实际值", "实际完成值", "全年完成值", "年终完成值", "完成值", "指标权重",
        "分值", "权重", "指标得分", "自评得分", "得分", "备注", "说明",
    ].sorted { $0.count > $1.count }

    private static func headerWord(_ w: String) -> Bool { headerWords.contains(w) || isNoteWord(w) }

    private static func isNoteWord(_ w: String) -> Bool { noteStarts.contains { w.hasPrefix($0) } }
    private static let noteStarts = ["未完成原因", "偏差原因"]

    /// The header words from `start` and the index after them.
    private static func header(_ chars: [Character], at start: Int) -> ([String], Int)? {
        var words: [String] = []
        var i = start
        while i < chars.count {
            if let w = headerWords.first(where: { matches($0, chars, at: i) }) {
                words.append(w)
                i += w.count
                // A column letter after a word: `全年预算数(A)`.
                if let close = letterTail(chars, at: i) { words[words.count - 1] += String(chars[i..<close]); i = close }
                continue
            }
            if let n = noteStarts.first(where: { matches($0, chars, at: i) }) {
                // A note column's word runs to its 改进措施 / 原因分析, within the templates' lengths.
                var end = i + n.count
                let window = String(chars[end..<min(chars.count, end + 12)])
                for tail in ["改进措施", "原因分析", "分析"] {
                    if let r = window.range(of: tail) {
                        end += window.distance(from: window.startIndex, to: r.upperBound)
                        break
                    }
                }
                words.append(String(chars[i..<end]))
                i = end
                continue
            }
            break
        }
        return words.isEmpty ? nil : (words, i)
    }

    /// `年度绩效目标2(40分)` starting the next block of rows: the figure before it ends a row.
    private static func startsTargetBlock(_ chars: [Character], at i: Int) -> Bool {
        matches("年度绩效目标", chars, at: i)
    }

    private static func letterTail(_ chars: [Character], at i: Int) -> Int? {
        guard i + 2 < chars.count, chars[i] == "(" || chars[i] == "（" else { return nil }
        var k = i + 1
        while k < chars.count, k < i + 6, chars[k].isASCII, chars[k].isLetter || chars[k] == "/" { k += 1 }
        guard k > i + 1, k < chars.count, chars[k] == ")" || chars[k] == "）" else { return nil }
        return k + 1
    }

    // MARK: - Body

    /// The cells of rows run together, from `start` to the end of `chars`.
    static func body(_ chars: [Character], from start: Int, roles: [ColumnRole]) -> [String] {
        var out: [String] = []
        var text = ""
        // Whether the row being read has reached its values (a text now is a value, a note or the
        // next row's name; a figure now is a value, not the start of a name).
        var inValues = false
        func flush() {
            guard !text.isEmpty else { return }
            out += inValues ? halves(text) : [text]
            text = ""
        }
        // The weight column stands right before the target (`分值 | 年度指标值`): a weight and a
        // target written together (`8550万粒` before `550万粒`) come apart.
        let weightBeforeTarget = zip(roles, roles.dropFirst()).contains { $0 == .weight && $1 == .target }
        let weightThenScore = zip(roles, roles.dropFirst()).contains { $0 == .weight && $1 == .score }
        // The target and the actual stand before the figures (`年度指标值 | 实际完成值 | 分值 | 得分`).
        let valuesAfterTarget = zip(roles, roles.dropFirst()).contains { $0 == .target && $1 == .actual }
            && roles.firstIndex(of: .actual).map { a in roles[(a + 1)...].contains(.weight) || roles[(a + 1)...].contains(.score) } == true
        // A name with no figure after it, then a level label or the end: where the form's last
        // value columns are the target and the actual (`年度指标值 | 全年完成值 | 未完成原因`), a
        // word written twice at its end is the two (`…维护及安全性高高`).
        let targetActualLast = zip(roles, roles.dropFirst()).contains { $0 == .target && $1 == .actual }
            && !roles.contains(.weight) && !roles.contains(.score)
        func splitQualitative() {
            guard !inValues, targetActualLast, let (name, value) = doubledTail(text, shortest: 1) else { return }
            text = name
            flush()
            out += [value, value]
        }
        var i = start
        while i < chars.count {
            // The header repeated over a second block of rows: the provincial 项目自评表 gives each
            // of its 年度绩效目标 (`年度绩效目标2(40分)`) its own header. The block's label before it
            // is no indicator's name.
            if matches("一级指标", chars, at: i), let (words, end) = header(chars, at: i), words.count >= 4 {
                if !inValues { text = "" }
                flush()
                inValues = false
                i = end
                continue
            }
            if startsTargetBlock(chars, at: i), let h = (i + 6..<min(chars.count, i + 20)).first(where: { matches("一级指标", chars, at: $0) }),
               let (words, _) = header(chars, at: h), words.count >= 4 {
                flush()
                inValues = false
                i = h
                continue
            }
            // The 绩效指标 stub repeated over the levels where a page broke the block.
            if matches("绩效指标", chars, at: i), levelLabel(chars, at: i + 4) != nil {
                flush()
                out.append("绩效指标")
                inValues = false
                i += 4
                continue
            }
            if text.isEmpty || inValues, closing(chars, at: i) {
                splitQualitative()
                flush()
                out.append(String(chars[i...]))
                return out
            }
            if let (label, end) = levelLabel(chars, at: i) {
                splitQualitative()
                flush()
                out.append(label)
                inValues = false
                i = end
                continue
            }
            if let total = ScoresReader.totalLabels.sorted(by: { $0.count > $1.count }).first(where: { matches($0, chars, at: i) }),
               i + total.count < chars.count, chars[i + total.count].isASCII, chars[i + total.count].isNumber {
                flush()
                out.append(total)
                var k = i + total.count
                while k < chars.count, chars[k].isASCII, chars[k].isNumber || chars[k] == "." { k += 1 }
                out += totalFigures(String(chars[(i + total.count)..<k]))
                inValues = true
                i = k
                continue
            }
            if text.isEmpty, let end = numbering(chars, at: i) {
                // A numbered slot the unit left empty (`指标1：指标2：`) stands alone: no name follows.
                if end == chars.count || numbering(chars, at: end) != nil || levelLabel(chars, at: end) != nil || closing(chars, at: end)
                    || ScoresReader.totalLabels.contains(where: { matches($0, chars, at: end) }) {
                    out.append(String(chars[i..<end]))
                } else {
                    text = String(chars[i..<end])
                    inValues = false
                }
                i = end
                continue
            }
            if startsValue(chars, at: i) {
                let (tokens, end) = values(chars, at: i)
                let lone = tokens.count == 1
                let certain = !lone || end == chars.count || startsValue(chars, at: end) || levelLabel(chars, at: end) != nil
                    || closing(chars, at: end) || startsTargetBlock(chars, at: end) || tokens[0].hasSuffix("%") || tokens[0].hasSuffix("％")
                    || ValueParser.parseQuantity(tokens[0])?.op != nil
                    || (roles.contains(.weight) && lone && tokens[0].isPlainNumber && wordsThenValue(chars, at: end))
                // A figure where a name is due, or a lone figure with words after it, is the name's.
                if tokens.isEmpty || (text.isEmpty && !inValues) || (!text.isEmpty && !inValues && !certain) {
                    text += String(chars[i..<max(end, i + 1)])
                    i = max(end, i + 1)
                    continue
                }
                // `…质量等合格合格` before the weight: a qualitative target and actual written the same,
                // where the target and the actual come before the figures.
                var qualitative = false
                if !inValues, valuesAfterTarget, let (name, value) = doubledTail(text) {
                    text = name
                    flush()
                    out += [value, value]
                    qualitative = true
                }
                flush()
                var cut = tokens
                if weightBeforeTarget, cut.count >= 2, let split = weightAndTarget(cut[0], before: cut[1]) {
                    cut.replaceSubrange(0...0, with: split)
                }
                // `…100%100%2020`: a weight and a score written together after the values, where the
                // 分值 and 得分 columns stand side by side.
                if weightThenScore, cut.count >= 2 || qualitative, let last = cut.last, last.isPlainNumber, case let h = halves(last), h.count == 2 {
                    cut.replaceSubrange((cut.count - 1)..., with: h)
                }
                out += cut
                inValues = true
                i = end
                continue
            }
            text.append(chars[i])
            i += 1
        }
        flush()
        return out
    }

    /// A weight before words that a value follows (`…市场价8是是8`, `…状况10显著提升显著提升10`):
    /// a qualitative target and actual between the weight and the score. The words are short, with
    /// no figure or sentence mark (a name runs on; a note follows the score).
    private static func wordsThenValue(_ chars: [Character], at start: Int) -> Bool {
        var k = start
        while k < chars.count, k - start <= 10, !startsValue(chars, at: k) {
            guard chars[k].unicodeScalars.first!.properties.isIdeographic else { return false }
            k += 1
        }
        return k > start && k - start <= 10 && startsValue(chars, at: k)
    }

    /// `指标1` / `指标12：` at a name's start: the old templates number their rows.
    private static func numbering(_ chars: [Character], at i: Int) -> Int? {
        guard matches("指标", chars, at: i) else { return nil }
        var k = i + 2
        while k < chars.count, chars[k].isASCII, chars[k].isNumber { k += 1 }
        guard k > i + 2, k - i - 2 <= 2 else { return nil }
        if k < chars.count, chars[k] == ":" || chars[k] == "：" { k += 1 }
        return k
    }

    /// A level label at `i` (with the points it may carry, `产出指标(40分)`), and the index after it.
    private static func levelLabel(_ chars: [Character], at i: Int) -> (String, Int)? {
        guard i < chars.count, let label = levelLabels.first(where: { matches($0, chars, at: i) }) else { return nil }
        var end = i + label.count
        if end < chars.count, chars[end] == "(" || chars[end] == "（" {
            var k = end + 1
            while k < chars.count, chars[k].isASCII, chars[k].isNumber || chars[k] == "." { k += 1 }
            if k > end + 1, k + 1 < chars.count, chars[k] == "分", chars[k + 1] == ")" || chars[k + 1] == "）" { end = k + 2 }
        }
        return (String(chars[i..<end]), end)
    }

    /// Level-1 names and level-2 labels with their 指标, longest first (`服务对象满意度指标` before
    /// `满意度指标`).
    private static let levelLabels: [String] = (IndicatorLevels.level1Names + IndicatorLevels.level2Parents.map { $0.stem + "指标" })
        .sorted { $0.count > $1.count }

    /// The form's closing labels and the notes under it (注：, 说明), where the rows end.
    private static func closing(_ chars: [Character], at i: Int) -> Bool {
        guard i < chars.count else { return false }
        if chars[i] == "注", i + 1 < chars.count, chars[i + 1] == ":" || chars[i + 1] == "：" || chars[i + 1].isNumber { return true }
        return TextFormReader.startsWithClosingLabel(String(chars[i..<min(chars.count, i + 8)]))
            || matches("其他需要说明", chars, at: i)
    }

    /// Comparison signs and words a target starts with.
    private static let comparisons: [String] = ["大于等于", "小于等于", "不低于", "不少于", "不高于", "不超过", "不多于",
                                                ">=", "<=", "≥", "≤", "≧", "≦", "＞＝", "＜＝", "=", "＝", "═", ">", "<", "＞", "＜",
                                                "﹦", "﹥", "﹤"]

    private static func startsValue(_ chars: [Character], at i: Int) -> Bool {
        guard i < chars.count else { return false }
        if chars[i].isASCII, chars[i].isNumber { return true }
        guard let op = comparisons.first(where: { matches($0, chars, at: i) }) else { return false }
        let k = i + op.count
        return k < chars.count && chars[k].isASCII && chars[k].isNumber
    }

    /// The values standing one after the other from `i`: each a comparison, a figure and its unit.
    private static func values(_ chars: [Character], at start: Int) -> ([String], Int) {
        var tokens: [String] = []
        var i = start
        while startsValue(chars, at: i) {
            var k = i
            if let op = comparisons.first(where: { matches($0, chars, at: k) }) { k += op.count }
            while k < chars.count, chars[k].isASCII, chars[k].isNumber || chars[k] == "." || chars[k] == "," { k += 1 }
            if k < chars.count, chars[k] == "%" || chars[k] == "％" {
                k += 1
            } else if let u = unit(chars, at: k) {
                k = u
            }
            tokens.append(String(chars[i..<k]))
            i = k
        }
        return (tokens, i)
    }

    /// The end of the unit written at `i` after a figure: a unit of the templates (`人次`, `万元`),
    /// or a counted thing the templates do not list (`粒`, `万粒`, `厘米`): one character, with 万,
    /// 千, 亿 or a measure's 厘 before it, that another value, a level label or the end follows.
    private static func unit(_ chars: [Character], at i: Int) -> Int? {
        for n in stride(from: 6, through: 1, by: -1) where i + n <= chars.count {
            let u = String(chars[i..<(i + n)])
            guard u.unicodeScalars.allSatisfy({ $0.properties.isIdeographic || $0 == "/" }) else { continue }
            let end = i + n
            // A unit the templates list is one whatever follows; a longer word that only reads as
            // a unit (`个质量指` as `个工作日` is) must end where a value, a label or the text does.
            // `19.6年度绩效目标2`: 年 starting 年度 is the next block's label, no unit of the figure.
            if u == "年", end < chars.count, chars[end] == "度" { continue }
            if CellKind.units.contains(u) { return end }
            let bounded = end == chars.count || startsValue(chars, at: end) || levelLabel(chars, at: end) != nil || closing(chars, at: end)
            guard bounded else { continue }
            if ValueParser.isUnit(u) { return end }
            let counted = n == 1 || (n == 2 && "万千亿厘".contains(chars[i]))
            if counted, u != "指" { return end }
        }
        return nil
    }

    /// `8550万粒` before `550万粒`: a weight glued to a target the next value repeats (the actual
    /// equals the target, as it mostly does), split into the weight and the target. Nil when the
    /// first value does not end with the second or what stands before is no weight.
    private static func weightAndTarget(_ first: String, before second: String) -> [String]? {
        guard first.count > second.count, first.hasSuffix(second) else { return nil }
        let weight = String(first.dropLast(second.count))
        guard weight.isPlainNumber, let w = Double(weight), w > 0, w <= 100, !weight.hasPrefix("0") else { return nil }
        return [weight, second]
    }

    /// The figures after a total label: `100100` (the weights' 100 and a score of 100), `10098` (100
    /// and 98): the 分值 of a 总分 row is the full 100 the templates give, so a figure run longer
    /// than it that starts with it is the weight and the score.
    private static func totalFigures(_ s: String) -> [String] {
        let h = halves(s)
        if h.count == 2 { return h }
        if s.count > 3, s.hasPrefix("100"), case let rest = String(s.dropFirst(3)), rest.isPlainNumber, !rest.hasPrefix("0") || rest.hasPrefix("0."),
           let v = Double(rest), v <= 100 {
            return ["100", rest]
        }
        return [s]
    }

    /// A name that ends with a word written twice (`…质量等合格合格`): the name and the word. The
    /// word is `shortest` (two unless the caller knows no figure follows) to six characters of
    /// words, no figure, and the name keeps two characters at least.
    private static func doubledTail(_ text: String, shortest: Int = 2) -> (String, String)? {
        let c = Array(text)
        for n in stride(from: 6, through: shortest, by: -1) where c.count >= 2 * n + 2 {
            let a = c[(c.count - 2 * n)..<(c.count - n)], b = c[(c.count - n)...]
            guard Array(a) == Array(b), a.allSatisfy({ $0.unicodeScalars.first!.properties.isIdeographic }) else { continue }
            return (String(c[..<(c.count - 2 * n)]), String(b))
        }
        return nil
    }

    /// A text written twice in a row (`显著提升显著提升`: a target and an actual that equals it),
    /// or a figure so (`100100`: a total's weight and score), as two cells.
    static func halves(_ s: String) -> [String] {
        let c = Array(s)
        guard c.count >= 2, c.count % 2 == 0 else { return [s] }
        let a = String(c[..<(c.count / 2)]), b = String(c[(c.count / 2)...])
        guard a == b else { return [s] }
        // `99` is a score, not 9 and 9: figures halve from two digits each (`100100`, `9090`).
        if a.isPlainNumber, a.count < 2 { return [s] }
        return [a, b]
    }

    private static func matches(_ word: String, _ chars: [Character], at i: Int) -> Bool {
        var k = i
        for ch in word {
            guard k < chars.count, chars[k] == ch else { return false }
            k += 1
        }
        return true
    }

    private static func find(_ word: String, in chars: [Character], from: Int) -> Int? {
        var i = from
        while i < chars.count {
            if matches(word, chars, at: i) { return i }
            i += 1
        }
        return nil
    }
}
