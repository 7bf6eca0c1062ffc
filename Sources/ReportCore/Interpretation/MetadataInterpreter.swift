import Foundation
import ReportModel

/// Decides the report's metadata from its title, its metadata block, its tables and its text.
enum MetadataInterpreter {
    static func interpret(_ body: StructuredBody, tables: [TableGrid]) -> Metadata {
        var m = Metadata()
        // The page's 标题 field names the document; else the title line of the head; else the
        // form's caption; else a title run into the text after it; else a file name.
        let field = body.metadata.values[.title].flatMap { TitleWords.looksLikeTitle($0) ? $0 : nil }
        // The title the file declares (a page's ArticleTitle) comes after every title its text
        // gives, before a file name.
        let declaredTitle = body.declared.title.flatMap { TitleWords.looksLikeTitle($0) ? $0 : nil }
        m.title = field ?? body.title ?? tableTitle(body) ?? RunInTitle.find(in: body.bodyLines) ?? declaredTitle
            ?? body.fallbackTitle ?? RunInTitle.stated(in: body.bodyLines)
        // A template site's `…报告精品15篇`, `…报告范文(精选12篇)`: the report's name is before.
        m.title = m.title.map(TitleWords.withoutCollectionSuffix)
        m.title = m.title.map(TitleFormHead.cut)
        m.title = m.title.map(SiteNotePrefix.cut)
        m.title = m.title.map(RepeatedTitle.cut)
        m.kind = kind(title: m.title, lines: body.bodyLines, tables: tables)
        m.issuer = issuer(body, title: m.title, kind: m.kind, tables: tables)
        // A cover's `评价年度：2022` before the first year of the text (often the filling-in date).
        m.year = m.title.flatMap(year) ?? EvaluatedYearLabel.year(in: body.bodyLines)
            ?? ProjectPeriodYear.year(in: body.bodyLines)
            ?? captionYear(body.bodyLines, tables: tables) ?? firstYear(body.bodyLines)
            ?? EvaluatedYearStatement.year(in: body.bodyLines)
        let meta = body.metadata.values
        // The page's own publishing date first; a posting time under the title; the date the
        // document was written; the page's last update.
        let published = [meta[.publishedOn], meta[.postedAt]].lazy.compactMap { $0.flatMap(DateText.iso) }.first
        m.publishedOn = published ?? body.metadata.postedDate ?? meta[.writtenOn].flatMap(DateText.iso)
            ?? meta[.updatedAt].flatMap(DateText.iso) ?? body.declared.publishedOn.flatMap(DateText.iso)
        m.indexNumber = meta[.indexNumber]
        return m
    }

    // MARK: - Title

    /// Where the text has no title line: the self-evaluation table's own heading, the line
    /// before a table that names a 自评表/评价表.
    static func tableTitle(_ body: StructuredBody) -> String? {
        var previous: [String] = []
        for item in body.items {
            switch item {
            case .line(let l) where !l.isBlank:
                previous.append(l.text)
            case .table:
                for line in previous.suffix(3).reversed() where isFormTitle(line) { return line }
            default: break
            }
        }
        if let line = body.bodyLines.first(where: isFormTitle) { return line }
        // A form's caption that a text copy put among the rows of the table before it (the
        // 评价结论 … 项目负责人 rows of one form, then the next form's `…自评表(2023年度)`): a row
        // whose one cell is a form's title.
        for item in body.items {
            guard case .table(let grid) = item else { continue }
            for row in grid.rows {
                let cells = row.filter { !$0.trimmingWhitespace().isEmpty }
                if cells.count == 1, isFormTitle(cells[0]) { return cells[0].trimmingWhitespace() }
            }
        }
        return nil
    }

    static func isFormTitle(_ line: String) -> Bool {
        let c = line.compacted
        return (8...100).contains(c.count) && !c.includes("。") && HeadingNumber.parse(c) == nil
            && ["自评表", "评价表", "目标表", "自评报告", "评价报告"].contains { c.hasSuffix($0) || c.contains($0 + "(") || c.contains($0 + "（") }
    }

    // MARK: - Kind

    /// The kind of the form the title names (部门整体, 项目支出, 转移支付/区域); else of the form
    /// the document holds (its caption, `项目支出绩效自评表`); else what the title says is
    /// evaluated (`…补助资金绩效自评表` is a grant's); else the form's layout; else the first line
    /// of the body that names a kind.
    static func kind(title: String?, lines: [String], tables: [TableGrid]) -> ReportKind {
        let t = title?.compacted ?? ""
        // `…绩效目标申报表` declares targets for the coming year: no evaluation of any kind, though
        // it lays out 项目名称, 主管部门 and indicators as a project's self-evaluation does.
        if TitleWords.withoutBracketedTail(t).hasSuffix("申报表") { return .other }
        // A body's final accounts (`…2023年度部门决算`) hold its 绩效自评 among their parts, and
        // its 部门整体支出 forms: what they are is no performance report.
        if isFinalAccounts(t) { return .other }
        if let k = formKind(t) { return k }
        let cells = tables.flatMap { $0.rows.prefix(3).flatMap { $0 } }
        for line in lines.prefix(60) + cells {
            let c = line.compacted
            // Asked of up to 60 lines and every head cell: the expression runs only where its words are.
            guard c.includes("绩效"), c.includes("表") else { continue }
            if let r = c.range(of: #"(项目支出|整体支出|转移支付|区域)[^，。；,;]{0,8}绩效(目标)?(自评|评价)表"#, options: .regularExpression),
               let k = formKind(String(c[r])) {
                return k
            }
        }
        if let k = kind(of: t) { return k }
        // A report's own title line further down (`附件3` / `某局` / `2023年度整体支出绩效自评报告`
        // under a page titled `2023年度绩效自评`) says what it is better than a layout does: a
        // summary table of projects (项目名称 | 项目实施单位 …) above it is no project form.
        for line in lines.prefix(60) where line.count <= 60 && TitleWords.strength(line) == .strong {
            if let k = formKind(line.compacted) { return k }
        }
        if let k = layoutKind(lines: lines, tables: tables) { return k }
        if let k = OutlineKind.kind(lines: lines) { return k }
        for line in lines.prefix(40) where line.count <= 80 && !FinalAccountsLine.holds(line.compacted) {
            if let k = kind(of: line.compacted) { return k }
        }
        // A report whose sections a copy ran into one long line opens it with its first
        // heading: `一、转移支付基本情况…` is the transfer-payment report's own first section.
        for line in lines.prefix(40) where line.count > 80 {
            if opensWithTransferPaymentSection(line) { return .transferPaymentEvaluation }
        }
        return .other
    }

    /// A title naming a body's final accounts (`部门决算`, `单位决算`, `本级决算`, `…决算公开`), not a
    /// performance evaluation: `…决算绩效评价报告` evaluates and is none.
    static func isFinalAccounts(_ t: String) -> Bool {
        (t.includes("部门决算") || t.includes("单位决算") || t.includes("本级决算")) && !t.includes("绩效")
    }

    /// A line that starts with a chapter heading (`一、`, `第一部分`) whose words begin with
    /// 转移支付 (`一、转移支付基本情况`, `一、转移支付概况`). A heading that only mentions 转移支付
    /// later (`一、项目基本情况(转移支付…)`) or a sentence that does is no such opening.
    static func opensWithTransferPaymentSection(_ line: String) -> Bool {
        let head = String(line.trimmingWhitespace().prefix(24)).compacted
        guard let (n, rest) = HeadingNumber.parse(head), n.style <= .chinese else { return false }
        return rest.hasPrefix("转移支付")
    }

    /// The kind a form's own name states: 部门整体, 转移支付 or 区域, 项目支出. The form a title
    /// names wins over the money it is about: a 补助资金 evaluated on the 项目支出绩效自评表 is a
    /// project evaluation.
    ///
    /// `整体和项目支出` (`…2022年整体和项目支出绩效自评总结报告`) is 整体支出 and 项目支出 in
    /// short: a body's report on its whole spending, its projects included, is its department
    /// evaluation.
    static func formKind(_ t: String) -> ReportKind? {
        if t.includes("部门整体") || t.includes("整体支出") || ["整体和项目", "整体及项目", "整体与项目"].contains(where: { t.includes($0) }) {
            return .departmentEvaluation
        }
        if t.includes("转移支付") || t.includes("区域绩效") { return .transferPaymentEvaluation }
        if t.includes("项目支出") { return .projectEvaluation }
        return nil
    }

    static func kind(of t: String) -> ReportKind? {
        if let k = formKind(t) { return k }
        // Else the words just before 绩效 name what is evaluated: `…补助资金项目绩效自评报告` is
        // a project, `…项目补助资金绩效自评报告` a grant.
        if let subject = subjectEvaluated(t) {
            // A 经费 evaluated on its own (`…资源保种经费的绩效自评报告`, `…工作经费绩效自评`) is
            // a body's project budget, what 项目支出 evaluates.
            if subject.hasSuffix("项目") || subject.hasSuffix("经费") { return .projectEvaluation }
            // Not 经费 for a grant: a body's 工作经费 is as often a project's budget as a grant.
            if ["资金", "补助", "补贴"].contains(where: { subject.hasSuffix($0) }) { return .transferPaymentEvaluation }
            if isBodysOwnYear(subject) { return .departmentEvaluation }
        }
        if t.includes("补助资金") || t.includes("补助经费") || t.includes("补贴资金") || t.includes("专项资金")
            || (t.includes("补助") && (t.includes("绩效") || t.includes("自评"))) {
            return .transferPaymentEvaluation
        }
        if t.includes("项目") && (t.includes("绩效自评") || t.includes("绩效评价")) { return .projectEvaluation }
        if t.includes("工作总结") || t.includes("工作计划") || t.includes("总结") || t.includes("工作要点") { return .workSummary }
        return nil
    }

    /// What a title says is evaluated: the words before its first `绩效自评`/`绩效评价`/`绩效目标`,
    /// a parenthesised part (`(医疗保障服务能力建设部分)`) dropped.
    private static func subjectEvaluated(_ t: String) -> String? {
        guard let r = ["绩效自评", "绩效评价", "绩效目标"].compactMap({ t.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else {
            return nil
        }
        var s = String(t[..<r.lowerBound])
        while let last = s.last, last == ")" || last == "）", let open = s.lastIndex(where: { $0 == "(" || $0 == "（" }) {
            s = String(s[..<open])
        }
        for tail in ["区域", "整体", "的"] where s.hasSuffix(tail) { s = String(s.dropLast(tail.count)) }
        return s
    }

    /// `某镇人民政府2024年度` (`…绩效自评报告`), `某局2023年度部门`: what is evaluated is a body's
    /// own year, nothing narrower (no project, fund or grant between the year and 绩效), so the
    /// whole of its spending. A body's name with no year after it says nothing of the kind.
    static func isBodysOwnYear(_ subject: String) -> Bool {
        var s = subject.compacted
        for tail in ["部门", "单位"] where s.hasSuffix(tail) { s = String(s.dropLast(tail.count)); break }
        guard let r = s.range(of: #"(19|20)\d{2}年度?$"#, options: .regularExpression) else { return false }
        let body = String(s[..<r.lowerBound])
        return OrganizationNames.isOrganization(body) && OrganizationNames.hasPlace(body)
    }

    /// The kind a form's layout shows when no title names one: a `转移支付(项目)名称` row is a
    /// transfer-payment form; `项目名称` with `主管部门` and `实施单位` a project form; `部门(单位)名称`
    /// with `年度主要任务` a department form.
    static func layoutKind(lines: [String], tables: [TableGrid]) -> ReportKind? {
        var labels: [String] = tables.flatMap { $0.rows.prefix(12).flatMap { $0 } }.map(\.compacted)
        for line in lines.prefix(60) {
            labels += line.split(whereSeparator: { $0.isWhitespace || $0 == "|" }).map { String($0).compacted }
        }
        func has(_ word: String) -> Bool { labels.contains { $0.count <= 16 && $0.includes(word) } }
        if labels.contains(where: { $0.count <= 16 && $0.includes("转移支付") && $0.includes("名称") }) { return .transferPaymentEvaluation }
        if labels.contains(where: { $0.hasPrefix("项目名称") }) && has("主管部门") && has("实施单位") { return .projectEvaluation }
        // A form that names a project and its 主管部门 and reports what was spent (全年执行数) with
        // no 实施单位 row (the body that manages the project carries it out) evaluates the project;
        // a 绩效目标申报表 declares targets and has no execution column.
        if labels.contains(where: { $0.hasPrefix("项目名称") }) && has("主管部门") && (has("全年执行数") || has("执行数(B)")) { return .projectEvaluation }
        // The same head block with its cells run together.
        if lines.prefix(60).contains(where: { $0.utf8.count > 120 && GluedLabels.holdsProjectHead($0.compacted) }) { return .projectEvaluation }
        // The department form alone names its funds row after the whole of the body's spending
        // (`部门整体支出总额`); a project or grant form names the project's funds.
        if has("部门整体支出") { return .departmentEvaluation }
        if (has("部门名称") || has("单位名称") || has("部门(单位)名称") || has("部门（单位）名称")) && has("年度主要任务") {
            return .departmentEvaluation
        }
        return nil
    }

    // MARK: - Issuer

    /// The body that wrote the report, full name: the organisation a title starts with, else
    /// the strongest of the metadata block (发布机构, 来源), the form's unit cells, the signature
    /// and bodies named in the text. A short form (`县医疗保障局`, `市医保局`) is the same body as a
    /// full name that it abbreviates, and the full name is given.
    static func issuer(_ body: StructuredBody, title: String?, kind: ReportKind, tables: [TableGrid]) -> String? {
        var evidence: [(name: String, weight: Int)] = []
        if let t = title, let org = leadingOrganization(t) { evidence.append((org, 100)) }
        let meta = body.metadata.values
        if let v = meta[.issuer] { evidence.append((OrganizationNames.townshipGovernment(v) ?? v, 10)) }
        if let v = meta[.source] { evidence.append((v, 8)) }
        // The source a page declares (ContentSource) counts as its 来源 line would, where the
        // text names none.
        if meta[.issuer] == nil, meta[.source] == nil, let v = body.declared.source { evidence.append((v, 8)) }
        if let s = signature(body.bodyLines) { evidence.append((s, 6)) }
        // `省发展研究中心是…机构` where the report calls itself 我中心 (`SelfNamedIssuer`).
        if let s = SelfNamedIssuer.name(in: Array(body.bodyLines.prefix(120))) { evidence.append((s, 6)) }
        let head = body.bodyLines.prefix(80)
        // Only a line holding a unit label's 位 or 门 can give one (`unitCells` passes the others
        // over): the rest are not split into cells.
        // Split by scalars, not characters: prose lines naming a 单位 or 部门 are many and long.
        let lineCells = head.prefix(60).filter(mayHoldUnitLabel).map {
            $0.unicodeScalars.split(whereSeparator: \.properties.isWhitespace).map(String.init)
        }
        // A form copied one cell per line puts a label's value on the next line
        // (`预算部门、单位名称` / `某县某乡人民政府`): each short line with the line after it. As
        // above, only a pair holding 位 or 门 can give a unit, so only those pairs are compacted.
        let nonBlank = head.filter { $0.unicodeScalars.contains { !$0.isSpaceLike } }
        let linePairs = zip(nonBlank, nonBlank.dropFirst())
            .filter { mayHoldUnitLabel($0.0) || mayHoldUnitLabel($0.1) }
            .map { [$0.0.compacted, $0.1.compacted] }
            .filter { $0[0].count <= 12 }
        evidence += unitCells(tables.flatMap(\.rows) + lineCells + linePairs, kind: kind)
        // A head block run together with its values (no cell boundary left): 主管部门某县某局实施单位….
        for line in head.prefix(60) where line.utf8.count > 120 && mayHoldUnitLabel(line) {
            let text = line.compacted
            // `单位名称：某县某局` on the line above the form's cells, run into them: the body whose
            // form it is, as the same label in a cell says (`unitCells`).
            // `部门(单位)名称：…` on the cover of a province's evaluation report, run into its
            // 项目名称 and 报告日期, names the body that reports.
            for (label, weight) in [("主管部门", kind == .projectEvaluation ? 5 : 3), ("实施单位", 4), ("资金使用单位", 4), ("单位名称", 4),
                                    ("部门(单位)名称", 4), ("部门（单位）名称", 4)] {
                // A transfer's form has a 主管部门 at each level (自治区主管部门…市县主管部门…):
                // each is read, the one whose value is a body's name counts.
                // At most 30 characters, written once or twice over (`undoubled`).
                for v in GluedLabels.values(after: label, in: text, maxLength: 60) where v.count <= 30 && OrganizationNames.isOrganization(v) {
                    evidence.append((v, weight))
                    break
                }
            }
        }
        evidence += OrganizationNames.find(in: body.bodyLines + tables.flatMap { $0.rows.flatMap { $0 } }).map { ($0, 1) }
        evidence = evidence.compactMap { e in OrganizationNames.clean(e.name).map { ($0, e.weight) } }
        guard !evidence.isEmpty else { return nil }
        // A long report names the same bodies many times: each distinct name is completed once,
        // against the distinct names with a place, in the order they were found.
        var seen: Set<String> = []
        let fullNames = evidence.map(\.name).filter { seen.insert($0).inserted && OrganizationNames.hasPlace($0) }
        var completed: [String: String] = [:]
        func full(_ c: String) -> String {
            if let f = completed[c] { return f }
            let f = fullNames.first { OrganizationNames.completes(c, to: $0) } ?? c
            completed[c] = f
            return f
        }
        let place = title.flatMap(OrganizationNames.place)
        var scores: [String: Int] = [:]
        var rank: [String: Int] = [:]
        for (name, weight) in evidence {
            let f = full(name)
            // A body the text speaks of by its level alone (`由县人社局动态收集…`) and no full name
            // completes names no body: a mention in running text is no evidence of the writer.
            if weight == 1, !OrganizationNames.hasPlace(f) { continue }
            if scores[f] == nil {
                rank[f] = rank.count
                scores[f] = (OrganizationNames.hasPlace(f) ? 2 : 0) + (place.map { f.hasPrefix($0) ? 2 : 0 } ?? 0)
            }
            // A name with no place that no full name completes (`办公室`, `县医疗保障局`) is weak
            // evidence whatever said it.
            scores[f]! += OrganizationNames.hasPlace(f) ? weight : min(weight, 2)
        }
        // The highest score; among equals, the name found first.
        return rank.keys.max { scores[$0]! < scores[$1]! || (scores[$0]! == scores[$1]! && rank[$0]! > rank[$1]!) }
    }

    /// `泸西县医疗保障局2022年度…` → 泸西县医疗保障局.
    static func leadingOrganization(_ title: String) -> String? {
        var t = title.compacted
        for prefix in ["关于", "附件", "附件1", "附件2"] where t.hasPrefix(prefix) { t = String(t.dropFirst(prefix.count)) }
        // A title may name the year first (`2021年度某区某街道办事处整体支出绩效自评报告`): the body
        // follows it.
        if let r = t.range(of: #"^(?:19|20)\d{2}年度?"#, options: .regularExpression) { t = String(t[r.upperBound...]) }
        guard let m = titleOrg.firstMatch(in: t, range: NSRange(t.startIndex..., in: t)),
              let r = Range(m.range(at: 1), in: t) else { return nil }
        let org = String(t[r])
        return OrganizationNames.hasPlace(org) ? org : nil
    }

    /// The body's name ends where the title goes on with 关于, a year, 年度/部门/本级, a
    /// bracket, 专项 (`某市第四中学专项资金绩效自评价报告`: the grant it evaluates) or 整体
    /// (`…街道办事处整体支出绩效自评报告`, the department form's name without 部门).
    private static let titleOrg = try! NSRegularExpression(
        pattern: #"^(.{2,30}?(?:局|厅|委员会|委|办公室|中心|政府|医院|学校|大学|中学|小学|院|所|站|馆|处|部|署|会))(?:关于|[12]\d{3}|年度|部门|本级|专项|整体|\(|（)"#)

    /// Whether a text holds 位 or 门, as every label `unitCells` looks for does.
    private static func mayHoldUnitLabel(_ text: String) -> Bool { text.unicodeScalars.contains { $0 == "位" || $0 == "门" } }

    /// The unit cells of a form's header block: the cell after 实施单位 / 资金使用单位 /
    /// 主管部门 …, in table rows or in a text line's cells. On a project form the 主管部门 is
    /// the body that reports, over the unit that carried the project out.
    static func unitCells(_ rows: [[String]], kind: ReportKind) -> [(name: String, weight: Int)] {
        var out: [(String, Int)] = []
        // `评价单位(公章)` on a self-evaluation's cover is the body evaluating itself; `部门：` on a
        // form's caption line (`…自评表 | 部门:某县某中学`) the department whose accounts publish it.
        var labels = ["实施单位": 4, "资金使用单位": 4, "项目实施单位": 4, "预算单位": 4, "单位名称": 4, "项目单位": 4,
                      "填报单位": 4, "评价单位": 4, "部门": 4, "地方主管部门": 3, "主管部门": 3,
                      // The templates that word the 主管部门 as a 单位 (项目主管单位 beside 项目实施单位).
                      "项目主管单位": 3, "主管单位": 3]
        if kind == .projectEvaluation {
            labels["主管部门"] = 5
            labels["项目主管单位"] = 5
            labels["主管单位"] = 5
        }
        func label(_ cell: String) -> Int? {
            guard mayHoldLabel(cell) else { return nil }
            var c = cell.compacted
            for tail in [":", "：", "(盖章)", "（盖章）", "(公章)", "（公章）"] where c.hasSuffix(tail) { c = String(c.dropLast(tail.count)) }
            // `预算部门、单位名称`, `部门(单位)名称`, `部门(单位)全称`: the body's own name, however the
            // template words it.
            if labels[c] == nil, c.count <= 12,
               ["单位名称", "部门名称", "单位)名称", "单位）名称", "单位全称", "部门全称", "单位)全称", "单位）全称"].contains(where: { c.hasSuffix($0) }) {
                return 4
            }
            return labels[c]
        }
        // Every label above holds 位 or 门: a row or cell with neither is passed over without
        // compacting (this runs over every cell of every table).
        let mayHoldLabel = mayHoldUnitLabel
        for row in rows where row.contains(where: mayHoldLabel) {
            // `填报单位：丰渠市农业农村局` in one cell is a label cell and a value cell.
            let cells = row.map(\.compacted).filter { !$0.isEmpty }.flatMap { cell -> [String] in
                guard mayHoldLabel(cell), let colon = cell.firstIndex(where: { $0 == "：" || $0 == ":" }),
                      label(String(cell[..<colon])) != nil else { return [cell] }
                return [String(cell[..<colon]), String(cell[cell.index(after: colon)...])]
            }
            for (i, c) in cells.enumerated() where i + 1 < cells.count {
                if let w = label(c), label(cells[i + 1]) == nil { out.append((cells[i + 1], w)) }
            }
        }
        return out
    }

    /// The signature block: an organisation alone on a line followed by a date line.
    static func signature(_ lines: [String]) -> String? {
        guard lines.count >= 2 else { return nil }
        for i in stride(from: lines.count - 2, through: max(0, lines.count - 8), by: -1) {
            let org = lines[i].compacted
            if DateText.iso(lines[i + 1]) != nil, lines[i + 1].count <= 20, OrganizationNames.isOrganization(org), org.count <= 30 {
                return org
            }
        }
        return nil
    }

    // MARK: - Year

    /// The year evaluated: `2022年度` before any other `2024年` (`2024年…关于2023年度…`), else the
    /// first `2024年`.
    static func year(_ text: String) -> Int? {
        let t = text.compacted
        for pattern in [fiscalYear, yearPattern] {
            if let m = pattern.firstMatch(in: t, range: NSRange(t.startIndex..., in: t)), let r = Range(m.range(at: 1), in: t) {
                return Int(t[r])
            }
        }
        return nil
    }

    /// A form's year line or caption: `(2023年度)` alone, `项目支出绩效自评表(2023年度)`, in the
    /// text or in a table's cells.
    static func captionYear(_ lines: [String], tables: [TableGrid]) -> Int? {
        // A table's first rows: under the page's metadata block where the two came as one table.
        let cells = tables.flatMap { $0.rows.dropFirst(MetadataLineReader.metadataPrefix($0)).prefix(4).flatMap { $0 } }
        for line in lines.prefix(400) + cells {
            let c = line.compacted
            guard c.utf8.count <= 300, c.includes("年") else { continue }
            guard c.count <= 100 else { continue }
            if TableCaptions.isYearLine(c) { return year(c) }
            if isFormTitle(c), let m = c.range(of: #"[(（](19|20)\d{2}年度?[)）]"#, options: .regularExpression) { return year(String(c[m])) }
        }
        return nil
    }

    private static func firstYear(_ lines: [String]) -> Int? {
        for line in lines.prefix(20) { if let y = year(line) { return y } }
        return nil
    }

    private static let fiscalYear = try! NSRegularExpression(pattern: #"((?:19|20)\d{2})\s*年度"#)
    private static let yearPattern = try! NSRegularExpression(pattern: #"((?:19|20)\d{2})\s*年"#)
}
