import Foundation

/// Names of government bodies: `<place><省|市|县|区|州|旗…><body>局/厅/委员会/中心…`.
enum OrganizationNames {
    /// Schools (`某县第二中学`) report on their own budgets as departments do; so do a city
    /// district's 街道办事处 (`某区某街道办事处`), the township government's urban peer, and the
    /// county supply cooperatives (`某县供销合作社联合社`, `某县供销社`), budget units of their
    /// government. A bureau's own office is a budget unit of its own (`某区文化和旅游局机关`, the
    /// 实施单位 of the bureau's projects, beside the units under it).
    static let suffixes = ["局", "厅", "委员会", "联合会", "办公室", "中心", "人民政府", "政府", "医院", "委", "办", "院", "所", "站", "部", "署",
                           "中学", "小学", "学校", "管理处", "办事处", "联合社", "供销社", "局机关",
                           // Bodies of culture and research that report their whole spending
                           // (`某县档案馆`, `某市委党史和地方志研究室`).
                           "馆", "研究室"]
    static let placeMarks: Set<Character> = ["省", "市", "县", "区", "州", "旗", "盟", "镇", "乡"]

    static func isOrganization(_ s: String) -> Bool {
        let c = s.compacted
        guard (3...30).contains(c.count), !c.includes("。"), !c.includes("，"), !c.includes(",") else { return false }
        return suffixes.contains { c.hasSuffix($0) }
    }

    /// Whether a name starts with a place (泸西县…, 大连市…), not only a body type (县医疗保障局).
    static func hasPlace(_ s: String) -> Bool {
        guard let p = place(s) else { return false }
        return p.count >= 2
    }

    /// The place at the start of a name or title: up to and including the first place mark
    /// (辽宁省大连市 → 辽宁省; the first is enough to compare).
    static func place(_ s: String) -> String? {
        // An autonomous county's, prefecture's or banner's name holds its peoples' names
        // (`某某拉祜族佤族…自治县`): longer than the twelve characters other places fit in.
        let long = Array(s.compacted.prefix(24))
        if let a = autonomousPlaceEnd(long) { return String(long[...a]) }
        let c = Array(s.compacted.prefix(12))
        guard let i = c.firstIndex(where: { placeMarks.contains($0) }), i >= 1 else { return nil }
        // A title that starts with a year: 2023年淮北市… → 淮北市.
        var start = 0
        if c.count > 5, c[0..<4].allSatisfy({ $0.isASCII && $0.isNumber }), c[4] == "年" { start = 5 }
        guard i > start else { return nil }
        return String(c[start...i])
    }

    /// The index of the place mark closing `…自治县` / `…自治州` / `…自治旗` / `…自治区` at the
    /// start of a name, with at least two characters before 自治 (a bare `自治区财政厅` names the
    /// level, no place); nil when the name starts otherwise.
    private static func autonomousPlaceEnd(_ c: [Character]) -> Int? {
        guard c.count >= 5 else { return nil }
        for i in 2..<(c.count - 2) where c[i] == "自" && c[i + 1] == "治" && "县州旗区".contains(c[i + 2]) {
            // Only names: a sentence stops before it reaches the level word.
            guard !c[..<i].contains(where: { "，,。；;：:、 ".contains($0) }) else { return nil }
            return i + 2
        }
        return nil
    }

    /// Candidate organisation names in running text (lines, or table cells): a place then a
    /// body type, in the order they stand.
    static func find(in pieces: [String]) -> [String] {
        // A name holds a place mark, ends in one of the body types' last characters and never
        // crosses a line, so only the pieces holding both are searched: the same matches in the
        // same order, at a fraction of the regular expression's cost over a whole report.
        var text = pieces.filter(mayHoldName).joined(separator: "\n")
        // A body named in a cited document's title (《某市财政局关于开展…的通知》) wrote that
        // document, not this one: the titles are left out.
        if text.unicodeScalars.contains("《") { text = withoutCitedTitles(text) }
        let ns = NSRange(text.startIndex..., in: text)
        return pattern.matches(in: text, range: ns).compactMap { m in
            guard let r = Range(m.range(at: 1), in: text), !isTemplateMaker(text[r.upperBound...]),
                  !startsWithBareLevel(text[r]), !text[r.upperBound...].hasPrefix("关于") else { return nil }
            return String(text[r])
        }
    }

    /// A name followed at once by 关于 heads a document's title that the text cites without
    /// 《》 (`根据某市财政局关于开展某年度单位自评…的通知要求`): that body wrote the notice, not
    /// this report. A report's own title in the text is read from the title line instead.
    ///
    /// Whether a name found in running text starts with an autonomous level alone
    /// (`自治区财政厅`, `自治州民政局`): the pattern takes 自治 for a place's name, but it is part
    /// of the level word, so the text speaks of "the region's" body, as `县财政局` speaks of "the
    /// county's", and names no body of its own (often a superior one, in a cited notice).
    /// A form's unit cell that writes a region's body so is its own field, not found here.
    static func startsWithBareLevel(_ name: Substring) -> Bool {
        ["自治区", "自治州", "自治县", "自治旗"].contains { name.hasPrefix($0) }
    }

    /// Whether the text after a name says the body made the form's template (`某市财政局制`,
    /// `某市财政局（制）`, `…印制`, on the cover of every unit's report): the maker, not the writer.
    private static func isTemplateMaker(_ after: Substring) -> Bool {
        var rest = after.drop { $0 == " " || $0 == "\u{3000}" }
        for mark in ["(制)", "（制）", "印制", "监制"] where rest.hasPrefix(mark) { return true }
        guard rest.first == "制" else { return false }
        rest = rest.dropFirst()
        // `制定`, `制度`: a verb or noun going on, not the maker's mark.
        return rest.first.map { !isHan($0) } ?? true
    }

    /// The government of a township given by its place alone, as a page's 发布机构 often names it
    /// (`某市某某镇` → `某市某某镇人民政府`); nil for any other name.
    static func townshipGovernment(_ raw: String) -> String? {
        let c = raw.compacted
        guard (3...14).contains(c.count), let last = c.last, last == "镇" || last == "乡", c.allSatisfy(isHan), hasPlace(c) else { return nil }
        return c + "人民政府"
    }

    /// The text with every 《…》 span (a cited document's title) replaced by a line break, which
    /// no name crosses. An unclosed 《 keeps the rest of its line.
    static func withoutCitedTitles(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pending = String.UnicodeScalarView()
        var inTitle = false
        for s in text.unicodeScalars {
            if inTitle {
                if s == "》" {
                    out.append("\n")
                    pending.removeAll()
                    inTitle = false
                } else if s == "\n" {
                    out.append(contentsOf: pending)
                    out.append(s)
                    pending.removeAll()
                    inTitle = false
                } else {
                    pending.append(s)
                }
            } else if s == "《" {
                inTitle = true
                pending = "《".unicodeScalars
            } else {
                out.append(s)
            }
        }
        out.append(contentsOf: pending)
        return String(out)
    }

    /// Whether a piece holds one of the pattern's place marks and one of the last characters of
    /// its body types. A switch, not a set: this looks at every character of a report.
    private static func mayHoldName(_ piece: String) -> Bool {
        var place = false, body = false
        for scalar in piece.unicodeScalars {
            switch scalar {
            case "市", "县", "区", "州", "旗", "盟": place = true
            case "局", "厅", "会", "室", "心", "处": body = true
            default: continue
            }
            if place && body { return true }
        }
        return false
    }

    /// A place, then the body's words up to a body type. 管理处 (`某市烈士陵园管理处`, `公路管理处`)
    /// is a unit's type as 中心 is; a bare 处 is not (`办事处`, `此处`, `该处`). A committee's own
    /// office is the body that reports (`某县机构编制委员会办公室`, the 编办): its 办公室 is part of
    /// the name, not cut off after 委员会.
    private static let pattern = try! NSRegularExpression(
        pattern: #"(?<![\p{Han}])((?:[\p{Han}]{1,6}省)?[\p{Han}]{1,6}(?:市|县|区|州|旗|盟)[\p{Han}]{2,10}?(?:局|厅|委员会办公室|委员会|联合会|办公室|中心|管理处))"#)

    // MARK: - Cleaning a candidate

    /// A candidate as the body's name, or nil when it is not one: the budget code a form puts
    /// before a unit (`301-某市医疗保障局`, `[301001]…`) and a `(盖章)` after it dropped, the words
    /// of a sentence it was cut from (`项目由某县医疗保障局`) removed; a sentence fragment that is
    /// still no name (`根据县政府安排`) is rejected.
    static func clean(_ raw: String) -> String? {
        var c = raw.compacted
        // A code starts with an ASCII letter or digit, or a bracket: a Han name is left alone unsearched.
        // Letters that a place mark follows at once (`XX市医疗保障局`, a template's or a
        // publisher's stand-in for the place) are the place's name, not a code.
        if let f = c.unicodeScalars.first, f.isASCII || "[【(（".unicodeScalars.contains(f), let r = c.range(of: #"^[\[【(（]?[0-9A-Za-z]{2,}[\]】)）]?[-—_－:：.、]*"#, options: .regularExpression),
           r.upperBound < c.endIndex, let next = c[r.upperBound...].first, isHan(next),
           !(placeMarks.contains(next) && c[..<r.upperBound].allSatisfy(\.isLetter)) {
            c = String(c[r.upperBound...])
        }
        for tail in ["(盖章)", "（盖章）", "盖章", "(公章)", "（公章）", "公章"] where c.hasSuffix(tail) { c = String(c.dropLast(tail.count)) }
        // `某县医疗保障局部门`: a form's 主管部门 cell with the field's own word appended.
        if c.hasSuffix("部门"), isOrganization(String(c.dropLast(2))) { c = String(c.dropLast(2)) }
        // `2021 年某市某局…`: a year's word the copy's space cut from its figures is no part of the
        // name after it (no place's name starts with 年).
        for word in ["年度", "年"] where c.hasPrefix(word) && hasPlace(String(c.dropFirst(word.count))) {
            c = String(c.dropFirst(word.count))
            break
        }
        c = withoutLeadIn(c)
        // `我区财政厅`, `我县卫健局`: the report speaking of a body by its relation to itself, not
        // by its name (no place name starts with 我).
        guard c.first != "我" else { return nil }
        // `持续推进我市医保服务开创新局`: a place spoken of as 我市 inside the words before the first
        // place mark is a sentence about the writer's place, never a name.
        if let mark = c.firstIndex(where: { placeMarks.contains($0) }), c[..<mark].contains("我") { return nil }
        // `…市县财政部门某区财政局`: a field label (地方财政部门, 主管部门) ran into the name after it
        // where a form's cells lost their separators. A body's name ends in 部门 if it holds it.
        if let r = c.range(of: "部门"), r.upperBound < c.endIndex { return nil }
        guard isOrganization(c), !fragmentWords.contains(where: { c.includes($0) }) else { return nil }
        return c
    }

    /// Drops the sentence a name was cut from: everything up to the last lead-in word
    /// (`根据`, `由`…) that stands before the name's place.
    private static func withoutLeadIn(_ c: String) -> String {
        let chars = Array(c)
        guard let mark = chars.firstIndex(where: { placeMarks.contains($0) }) else { return c }
        // The furthest end of a lead-in word that ends before the place's last character.
        var cut = 0
        // A lead-in of one character may stand right before the level's mark (`由县人社局…`):
        // no place is named by 由, 据, 对 or 受 alone. A longer one must leave a name before the
        // mark (`会同县` is a county).
        for word in leadInCharacters {
            let end = word.count == 1 || beforeLevelMark.contains(String(word)) ? mark : mark - 1
            guard word.count <= end else { continue }
            for start in 0...(end - word.count) where chars[start..<(start + word.count)].elementsEqual(word) {
                cut = max(cut, start + word.count)
            }
        }
        return cut > 0 ? String(chars[cut...]) : c
    }

    /// Words that introduce a name in a sentence. Single characters only where no place name
    /// uses them (`向阳区`, `将乐县` rule out 向 and 将).
    /// 对 (`对某县财政局2020年度机关整体支出开展了绩效评价`) and 受 (`受某县财政局委托，我所…`):
    /// no county or city name starts with them.
    /// 会商 (`会商市财政局研究资金分配`): to consult a body, as 会同 is to act with it.
    private static let leadIns = ["根据", "按照", "依据", "现将", "关于", "会同", "会商", "联合", "经过", "通过", "由于", "配合", "协助", "由", "据", "对", "受"]
    /// Lead-ins of two characters that may stand right before the level's mark, as one
    /// character does: no county or city is named 会商 (`会商市财政局…` is a sentence speaking
    /// of the city's finance bureau), where 会同县 is a county.
    private static let beforeLevelMark: Set<String> = ["会商"]
    private static let leadInCharacters = leadIns.map(Array.init)
    /// Words no body's name holds: the candidate is part of a sentence.
    /// A form's field labels (`主管部门`, `实施单位`, `项目负责人`) inside a candidate: the cells of a
    /// form whose separators were lost ran together (`…负责人某区主管部门某厅`).
    /// 的 (`在县委县政府的正确领导和市局`): a body's name holds no particle, a sentence's phrase does.
    private static let fragmentWords = ["根据", "按照", "安排", "要求", "负责", "组织", "开展", "完成", "我局", "本局", "我们", "以下简称",
                                        "实施单位", "使用单位", "项目名称", "的"]

    private static func isHan(_ c: Character) -> Bool {
        c.unicodeScalars.first.map { (0x4E00...0x9FFF).contains($0.value) } ?? false
    }

    // MARK: - Short and full forms

    /// Whether `short` names the same body as `full`, in fewer words: `县医疗保障局` or
    /// `市医保局` for `青禾市医疗保障局`, `青禾医保局` for `青禾市医疗保障局`.
    static func isShortForm(_ short: String, of full: String) -> Bool {
        let a = expanded(short.compacted), b = expanded(full.compacted)
        guard a.count >= 3, short.compacted != full.compacted else { return false }
        if b.hasSuffix(a) { return true }
        let strip = { (s: String) in String(s.filter { !placeMarks.contains($0) }) }
        return strip(a).count >= 4 && strip(b).hasSuffix(strip(a)) && a.first == b.first
    }

    /// Whether `full` completes `short`, a short form of it, to the body's full name. A short
    /// form that names its own place (`某县财政局`) is completed only by a higher place before it
    /// (`某省某县财政局`) or by spelling its words out (`某县医保局` → `某县医疗保障局`), never by
    /// the words of a sentence a longer candidate was cut from (`纳入某县财政局`).
    static func completes(_ short: String, to full: String) -> Bool {
        guard full.count > short.count, isShortForm(short, of: full) else { return false }
        guard hasPlace(short) else { return true }
        if place(full) == place(short) { return true }
        let s = short.compacted, f = full.compacted
        guard f.hasSuffix(s), let mark = f.dropLast(s.count).last else { return false }
        return placeMarks.contains(mark)
    }

    /// Abbreviations of body names spelled out: `医保局` → `医疗保障局`.
    private static func expanded(_ s: String) -> String {
        var out = s
        for (short, long) in abbreviations where out.hasSuffix(short) && !out.hasSuffix(long) {
            out = String(out.dropLast(short.count)) + long
            break
        }
        return out
    }

    private static let abbreviations = [
        ("医保局", "医疗保障局"), ("卫健委", "卫生健康委员会"), ("卫健局", "卫生健康局"), ("人社局", "人力资源和社会保障局"),
        ("发改委", "发展和改革委员会"), ("残联", "残疾人联合会"), ("发改局", "发展和改革局"), ("市监局", "市场监督管理局"),
    ]
}
