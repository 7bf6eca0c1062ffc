import Foundation
import ReportModel

/// Decides the report's metadata from its title, its metadata block, its tables and its text.
enum MetadataInterpreter {
    static func interpret(_ body: StructuredBody, tables: [TableGrid]) -> Metadata {
        var m = Metadata()
        m.title = body.title ?? tableTitle(body)
        m.kind = kind(title: m.title, lines: body.bodyLines, tables: tables)
        m.issuer = issuer(body, title: m.title, tables: tables)
        m.year = m.title.flatMap(year) ?? captionYear(body) ?? firstYear(body.bodyLines)
        let meta = body.metadata.values
        m.publishedOn = (meta[.publishedOn] ?? meta[.postedAt]).flatMap(DateText.iso)
            ?? body.metadata.postedDate ?? meta[.writtenOn].flatMap(DateText.iso)
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
        return body.bodyLines.first(where: isFormTitle)
    }

    static func isFormTitle(_ line: String) -> Bool {
        let c = line.compacted
        return (8...100).contains(c.count) && !c.includes("。") && HeadingNumber.parse(c) == nil
            && ["自评表", "评价表", "目标表", "自评报告", "评价报告"].contains { c.hasSuffix($0) || c.contains($0 + "(") || c.contains($0 + "（") }
    }

    // MARK: - Kind

    static func kind(title: String?, lines: [String], tables: [TableGrid]) -> ReportKind {
        if let t = title?.compacted, let k = kind(of: t) { return k }
        // No telling title: the first line of the body that names a kind.
        for line in lines.prefix(40) where line.count <= 80 {
            if let k = kind(of: line.compacted) { return k }
        }
        return .other
    }

    private static func kind(of t: String) -> ReportKind? {
        if t.includes("部门整体") || t.includes("整体支出") { return .departmentEvaluation }
        // The form a title names wins over the money it is about: a 补助资金 evaluated on the
        // 项目支出绩效自评表 is a project evaluation.
        if t.includes("转移支付") { return .transferPaymentEvaluation }
        if t.includes("项目支出") { return .projectEvaluation }
        if t.includes("补助资金") || t.includes("补助经费") || t.includes("专项资金")
            || (t.includes("补助") && (t.includes("绩效") || t.includes("自评"))) {
            return .transferPaymentEvaluation
        }
        if t.includes("项目") && (t.includes("绩效自评") || t.includes("绩效评价")) { return .projectEvaluation }
        if t.includes("工作总结") || t.includes("工作计划") || t.includes("总结") || t.includes("工作要点") { return .workSummary }
        return nil
    }

    // MARK: - Issuer

    /// The body that wrote the report, full name: from the title, else the strongest of the
    /// metadata block (发布机构, 来源), the form's 实施单位/资金使用单位/主管部门 cells, the
    /// signature block and bodies named in the text. A short name (县医疗保障局) is completed
    /// from a longer candidate that ends with it.
    static func issuer(_ body: StructuredBody, title: String?, tables: [TableGrid]) -> String? {
        if let t = title, let org = leadingOrganization(t) { return org }
        // Evidence, strongest first: what the page says published it, the signature, the form's
        // units, and bodies named in the text (each mention counts).
        var evidence: [(name: String, weight: Int)] = []
        let meta = body.metadata.values
        if let v = meta[.issuer] { evidence.append((v, 10)) }
        if let v = meta[.source] { evidence.append((v, 8)) }
        if let s = signature(body.bodyLines) { evidence.append((s, 6)) }
        evidence += tableUnits(tables)
        let text = (body.bodyLines + tables.flatMap { $0.rows.flatMap { $0 } }).joined(separator: "\n")
        evidence += OrganizationNames.find(in: text).map { ($0, 1) }
        evidence = evidence.map { ($0.name.compacted, $0.weight) }.filter { OrganizationNames.isOrganization($0.name) }
        guard !evidence.isEmpty else { return nil }
        // A short name (县医疗保障局) is the same body as a longer one that ends with it.
        let names = evidence.map(\.name)
        func full(_ c: String) -> String {
            names.first { $0.count > c.count && $0.hasSuffix(c) && OrganizationNames.hasPlace($0) } ?? c
        }
        let place = title.flatMap(OrganizationNames.place)
        var scores: [String: Int] = [:]
        var order: [String] = []
        for (name, weight) in evidence {
            let f = full(name)
            if scores[f] == nil {
                order.append(f)
                scores[f] = (OrganizationNames.hasPlace(f) ? 2 : 0) + (place.map { f.hasPrefix($0) ? 2 : 0 } ?? 0)
            }
            scores[f]! += weight
        }
        return order.max { scores[$0]! < scores[$1]! || (scores[$0]! == scores[$1]! && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!) }
    }

    /// `泸西县医疗保障局2022年度…` → 泸西县医疗保障局.
    static func leadingOrganization(_ title: String) -> String? {
        var t = title.compacted
        for prefix in ["关于", "附件", "附件1", "附件2"] where t.hasPrefix(prefix) { t = String(t.dropFirst(prefix.count)) }
        guard let m = titleOrg.firstMatch(in: t, range: NSRange(t.startIndex..., in: t)),
              let r = Range(m.range(at: 1), in: t) else { return nil }
        let org = String(t[r])
        return OrganizationNames.hasPlace(org) ? org : nil
    }

    private static let titleOrg = try! NSRegularExpression(
        pattern: #"^(.{2,30}?(?:局|厅|委员会|委|办公室|中心|政府|医院|学校|大学|院|所|站|馆|处|部|署|会))(?:关于|[12]\d{3}|年度|部门|本级|\(|（)"#)

    /// 实施单位 / 资金使用单位 / 地方主管部门 / 主管部门 cells of the form's header block.
    static func tableUnits(_ tables: [TableGrid]) -> [(name: String, weight: Int)] {
        var out: [(String, Int)] = []
        let labels = ["实施单位": 4, "资金使用单位": 4, "项目实施单位": 4, "预算单位": 4, "单位名称": 4, "地方主管部门": 3, "主管部门": 3]
        for t in tables {
            for row in t.rows {
                let cells = row.map(\.compacted).filter { !$0.isEmpty }
                for (i, c) in cells.enumerated() where i + 1 < cells.count {
                    if let w = labels[c], !(labels[cells[i + 1]] != nil) { out.append((cells[i + 1], w)) }
                }
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

    /// The year evaluated: `2022年度`, `2024年`, `(2021年度)`.
    static func year(_ text: String) -> Int? {
        let t = text.compacted
        guard let m = yearPattern.firstMatch(in: t, range: NSRange(t.startIndex..., in: t)),
              let r = Range(m.range(at: 1), in: t) else { return nil }
        return Int(t[r])
    }

    private static func captionYear(_ body: StructuredBody) -> Int? {
        for line in body.bodyLines.prefix(400) where line.count <= 20 {
            let c = line.compacted
            if c.range(of: #"^[(（]?(19|20)\d{2}年度?[)）]?$"#, options: .regularExpression) != nil { return year(c) }
        }
        return nil
    }

    private static func firstYear(_ lines: [String]) -> Int? {
        for line in lines.prefix(20) { if let y = year(line) { return y } }
        return nil
    }

    private static let yearPattern = try! NSRegularExpression(pattern: #"((?:19|20)\d{2})\s*年"#)
}
