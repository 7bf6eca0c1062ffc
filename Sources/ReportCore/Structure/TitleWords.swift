import Foundation

/// Words that make a short line a report title, and what tells a title from the page's other
/// short lines (column labels, breadcrumbs, chrome, a viewer's file caption).
enum TitleWords {
    /// A body's final accounts (`某局2023年度部门决算`, `…单位决算`) are published beside its
    /// performance reports, under a title of their own; a body's own-level accounts under the
    /// headline that publishes them (`2022年某县某局本级决算公开`). The document's shorter heading
    /// below such a headline (`某县某局2022年度本级决算`, the body's short name) is no title: a bare
    /// 本级决算 is no title word.
    static let words = ["报告", "自评表", "评价表", "目标表", "情况表", "总结", "计划", "绩效", "自评", "评价", "部门决算", "单位决算",
                        "本级决算公开"]

    /// Endings of a complete title. Pages often title a form's page with what it is
    /// (`…补助资金绩效自评`), without the 表 or 报告. A work summary names the plan after it in
    /// more words than 计划 (`…上半年工作总结及下半年工作打算`, `…和下半年工作安排`, `…工作思路`).
    /// A page publishing a self-evaluation in a few paragraphs calls it what it tells
    /// (`…专项资金绩效自评情况`, `…项目绩效评价情况`).
    static let endings = ["报告", "自评表", "评价表", "目标表", "情况表", "总结", "计划", "要点", "一览表", "表", "自评", "评价",
                          "打算", "安排", "思路", "谋划", "部门决算", "单位决算", "自评情况", "评价情况"]

    /// How strongly a head line claims to be the report's title.
    enum Strength: Int, Comparable {
        /// A file name (`…自评表.xlsx`, a viewer's `…报告(2).docx_第1页`): the title only when the
        /// page has no other.
        case fileName
        /// Title words but no title's ending: a column label (`预算绩效管理`), or a title cut short.
        case weak
        /// Ends like a title (`…自评报告`, `…自评表(2023年度)`).
        case strong

        static func < (a: Strength, b: Strength) -> Bool { a.rawValue < b.rawValue }
    }

    /// The strength of `text` as a title; nil when it cannot be one: a sentence or clause
    /// (`。，；`), a `label：value` chrome line (`分类：预算绩效`), a breadcrumb, a numbered heading.
    static func strength(_ text: String) -> Strength? {
        if fileNameTitle(text) != nil { return .fileName }
        let c = withoutAttachmentPrefix(text.compacted)
        // The title words first: most lines hold none, and counting characters walks the line.
        guard c.utf8.count >= 6, words.contains(where: { c.includes($0) }), (6...100).contains(c.count) || ShortFormTitle.holds(c) else { return nil }
        guard !c.contains(where: { "。，,；;：:>＞»›→|｜".contains($0) }), !isBreadcrumb(c), HeadingNumber.parse(c) == nil,
              !CutCellTail.holds(c) else { return nil }
        // `…自评报告范文(精选8篇)`: a template site's title ends like its report's name.
        if endsLikeTitle(c) || endsLikeTitle(withoutCollectionSuffix(c), closedOnly: true) { return .strong }
        // `绩效指标(90分)`, `预算执行情况(10分)`: a block of the form with the points it is worth,
        // the caption of a table's rows, never the document's name.
        if ColumnRole.withoutPoints(c) != c { return nil }
        return .weak
    }

    /// `首页/政务公开/预算绩效`: path separators between words.
    static func isBreadcrumb(_ c: String) -> Bool {
        c.filter({ $0 == "/" || $0 == "／" }).count >= 2 || c.hasPrefix("首页")
    }

    static func looksLikeTitle(_ text: String) -> Bool {
        guard let s = strength(text) else { return false }
        return s != .fileName
    }

    /// Endings that a wrapped line may still complete: `…绩效自评` + `报告`.
    static let openEndings: Set<String> = ["自评", "评价"]

    /// Whether a title ends like one, after any parenthesised tail (`…自评表(2021年度…补助)`).
    static func endsLikeTitle(_ text: String, closedOnly: Bool = false) -> Bool {
        var c = text.compacted
        while let last = c.last, last == ")" || last == "）", let open = c.lastIndex(where: { $0 == "(" || $0 == "（" }) {
            c = String(c[..<open])
        }
        return endings.contains { c.hasSuffix($0) && !(closedOnly && openEndings.contains($0)) }
    }

    /// A title without the bracketed parts closing it: `…申报表(2021年度)` → `…申报表`.
    static func withoutBracketedTail(_ c: String) -> String {
        var c = c
        while let last = c.last, last == ")" || last == "）", let open = c.lastIndex(where: { $0 == "(" || $0 == "（" }) {
            c = String(c[..<open])
        }
        return c
    }

    /// A template site's name for its collection, after the report's own name: `…自评报告精品15篇`,
    /// `…自评报告范文`, `…结论报告范文(精选12篇)`, `…自评报告(五篇)`. The site gathers pieces under a
    /// report's name and tells readers how many it has or that they are models; the report the
    /// page holds is named by what stands before. Taken off only when what remains still ends
    /// like a title (`…报告`, `…总结`): `第三篇` in a title's middle, or a name that is all
    /// suffix, stays.
    static func withoutCollectionSuffix(_ title: String) -> String {
        var c = title.trimmingWhitespace()
        // Most titles end otherwise: the regular expression runs only on those ending so.
        guard let last = c.last, "篇)）】文例板全0123456789一二三四五六七八九十".contains(last) else { return title }
        var changed = false
        while let r = c.range(of: collectionSuffix, options: .regularExpression), r.lowerBound > c.startIndex, !r.isEmpty {
            c = String(c[..<r.lowerBound]).trimmingWhitespace()
            changed = true
        }
        // The site's number for its piece before the count (`…自评报告十(优秀13篇)`, `…自评报告3【推荐8篇】`):
        // a numeral right after the report's name, dropped only where a count was and the name
        // then ends like a title.
        if changed, let r = c.range(of: #"[0-9一二三四五六七八九十]{1,2}$"#, options: .regularExpression) {
            let name = String(c[..<r.lowerBound])
            if name.count >= 4, endsLikeTitle(name, closedOnly: true) { c = name }
        }
        return changed && c.count >= 4 && endsLikeTitle(c, closedOnly: true) ? c : title
    }

    /// A collection's count (`精品15篇`, `(精选12篇)`, `(五篇)`, `【推荐8篇】`), a piece's number in it (`篇1`), or a
    /// model's word (`范文`, `模板`).
    private static let collectionSuffix =
        #"(?:范文|范例|模板|大全|[(（【]?(?:精选|通用|精品|优秀|最新|热门|实用|推荐)?[0-9一二三四五六七八九十]{1,3}篇[)）】]?|篇\s*[0-9一二三四五六七八九十]{1,3})\s*$"#

    /// `附件1：…报告` → `…报告`.
    static func withoutAttachmentPrefix(_ c: String) -> String {
        // Asked of every head line: the regular expression only runs on lines that start so.
        guard c.hasPrefix("附件"), let r = c.range(of: #"^附件\d{0,2}[:：]?"#, options: .regularExpression), r.upperBound < c.endIndex else { return c }
        return String(c[r.upperBound...]).trimmingWhitespace()
    }

    /// A title as a file name: `某县…绩效自评表.xlsx`, or the caption a document viewer puts over
    /// each page (`…自评报告(2).docx_第1页`, `…自评表_第1页`). Returns the name without extension, copy number and
    /// page: `某县…绩效自评表`.
    static func fileNameTitle(_ text: String) -> String? {
        // The pattern ends in 页 or an extension's last letter: other lines (nearly all) are
        // rejected before they are compacted or a regular expression is run.
        guard let last = text.unicodeScalars.last(where: { !$0.isSpaceLike }), fileNameEndings.contains(last) else { return nil }
        let c = text.compacted
        guard c.count <= 120, let r = c.range(of: #"(\(\d{1,2}\)|（\d{1,2}）)?(\.(docx?|xlsx?|wps|et|pdf)(_第\d{1,4}页)?|_第\d{1,4}页)$"#,
                                               options: [.regularExpression, .caseInsensitive]) else { return nil }
        let name = String(c[..<r.lowerBound])
        guard name.count >= 6, words.contains(where: { name.contains($0) }), !name.contains(where: { "。，,；;".contains($0) }) else {
            return nil
        }
        return withoutAttachmentPrefix(name)
    }

    /// The last characters of the file names `fileNameTitle` matches (`.docx`, `.doc`, `.xls`,
    /// `.wps`, `.et`, `.pdf`, `_第1页`), in either case (ſ folds to s).
    private static let fileNameEndings: Set<Unicode.Scalar> = ["页", "x", "X", "c", "C", "s", "S", "\u{017F}", "t", "T", "f", "F"]

    /// Whether a line starts the way titles start: with a place (`青禾县…`), a year (`2023年…`)
    /// or `关于`. The second half of a wrapped title does not.
    static func startsLikeTitle(_ text: String) -> Bool {
        let c = text.compacted
        return c.hasPrefix("关于") || startsWithYear(c)
            || OrganizationNames.hasPlace(c)
    }

    /// `2023…`: four digits of a year from 1900 to 2099 first.
    static func startsWithYear(_ c: String) -> Bool {
        let digits = c.unicodeScalars.prefix(4)
        guard digits.count == 4, digits.allSatisfy({ ("0"..."9").contains($0) }) else { return false }
        return c.hasPrefix("19") || c.hasPrefix("20")
    }

    /// Whether `next` is the wrapped end of `title` (`…绩效自评` + `报告`): short, unnumbered,
    /// not a title of its own, and turning a title that does not end like one into one that does.
    static func completes(_ title: String, with next: String) -> Bool {
        let t = title.compacted, n = next.compacted
        guard !n.isEmpty, n.count <= 20, n.count <= t.count, HeadingNumber.parse(n) == nil, !startsLikeTitle(n),
              !n.contains(where: { "。，,；;：:".contains($0) }) else { return false }
        guard !endsLikeTitle(t, closedOnly: true) else { return false }
        return endsLikeTitle(t + n, closedOnly: endsLikeTitle(t))
    }

    /// Whether `previous`, a line alone above a title, is the organisation that heads it
    /// (`临川市医疗保障局` over `2022年度部门整体支出绩效自评报告`, both centred): a body's name and
    /// nothing else, over a title that names no body of its own.
    static func isHeadingOrganization(_ previous: String, of title: String) -> Bool {
        let p = previous.compacted
        guard OrganizationNames.hasPlace(p), OrganizationNames.clean(p) == p, p.count <= 20 else { return false }
        return !OrganizationNames.hasPlace(title) && !title.compacted.hasPrefix(p)
    }

    /// Whether `previous`, the line just above a title line, is the first half of a title that
    /// wrapped: centred over two lines in a text dump, or cut mid-word in a PDF
    /// (`…信息平台运维项目支` + `出绩效自评报告`). The first line of a wrap is the fuller one, it
    /// does not end like a title, and the second does not start like one.
    static func isFirstHalf(_ previous: String, of title: String) -> Bool {
        let p = previous.compacted, t = title.compacted
        guard (4...60).contains(p.count), p.count >= t.count, p.count + t.count <= 100 else { return false }
        guard !p.contains(where: { "。，,；;：:>＞»›→|｜".contains($0) }), HeadingNumber.parse(p) == nil,
              DateText.iso(p) == nil, fileNameTitle(p) == nil else { return false }
        return !endsLikeTitle(p) && !startsLikeTitle(t) && endsLikeTitle(p + t)
    }
}
