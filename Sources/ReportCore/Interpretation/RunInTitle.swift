import Foundation

/// A title run into the text after it, on one line: the copy a document-sharing site or a
/// scraper gives of a report whose line breaks were lost
/// (`某县2021年…转移支付绩效自评报告为进一步规范…`, `某中学专项资金绩效自评价报告一、基本情况…`,
/// `…项目绩效目标自评表(2022年度)项目总得分99分项目名称…`).
///
/// Asked only when the document has no title line, no form caption and no title field: the
/// beginning of one of its first lines, up to the first place where a report's or a form's name
/// ends (`…报告`, `…自评表`, `…评价表`, `…目标表`, with a `(2022年度)` after it), is its title.
enum RunInTitle {
    /// Endings of a report's or a form's own name. Not the weak endings of `TitleWords`
    /// (`…自评`, `…表`): a body sentence runs past those.
    static let endings = ["报告", "自评表", "评价表", "目标表"]

    /// The title at the start of one of the first lines, or nil.
    static func find(in lines: [String]) -> String? {
        for line in lines.prefix(5) {
            if let t = title(startingLine: line) { return t }
        }
        return nil
    }

    /// The report a copy with no title names in its opening sentence: `…，现将2022年某局某资金
    /// 项目绩效自评总结报告如下：` names `2022年某局某资金项目绩效自评总结报告`. Only a name
    /// holding 绩效 and ending in 报告, in one clause: `现将有关情况报告如下` names none.
    static func stated(in lines: [String]) -> String? {
        for line in lines.prefix(5) where line.includes("现将") {
            let c = line.compacted
            guard let m = statedPattern.firstMatch(in: c, range: NSRange(c.startIndex..., in: c)),
                  let r = Range(m.range(at: 1), in: c) else { continue }
            let name = String(c[r])
            if name.includes("绩效"), !name.contains(where: { "。，,；;：:《》".contains($0) }) { return name }
        }
        return nil
    }

    private static let statedPattern = try! NSRegularExpression(pattern: #"现将(.{6,60}?报告)如下"#)

    /// The name a line starts with, when more text follows it on the line.
    static func title(startingLine line: String) -> String? {
        var c = TitleWords.withoutAttachmentPrefix(line.compacted)
        // `1/1年学生资助项目…`: a document viewer's page counter (page 1 of 1) before the text.
        if let r = c.range(of: #"^\d{1,3}/\d{1,3}(?=\p{Han})"#, options: .regularExpression) { c = String(c[r.upperBound...]) }
        // `【2019年度…绩效自评报告(五篇)】为全面总结…`: a page's bracket round the name of its extract.
        if c.first == "【" { c = String(c.dropFirst()) }
        // A line that opens with a cited title (《…报告.docx》由会员分享) quotes another document.
        guard c.count > 10, c.includes("绩效"), let first = c.first, first != "《" else { return nil }
        // `1、2022年度…自评表…`: a sharing site numbers the pieces of its extract. A heading's
        // text (`二、绩效自评报告的编制`) is no title: after a number, only a name that starts
        // with a year or a place is.
        if let (_, rest) = HeadingNumber.parse(c) {
            // `第五部分 附件 某局…报告`: the attachment's mark after the part's number goes too.
            let r = TitleWords.withoutAttachmentPrefix(rest.compacted)
            guard TitleWords.startsWithYear(r) || OrganizationNames.hasPlace(r) else { return nil }
            c = r
        }
        let chars = Array(c.prefix(80))
        for end in 8..<chars.count {
            let head = String(chars[..<end])
            guard endings.contains(where: { head.hasSuffix($0) }) else { continue }
            // A sentence before the name: this line does not start with one.
            if head.contains(where: { "。，,；;：:".contains($0) }) { return nil }
            guard head.includes("绩效") else { continue }
            var title = head
            // `(2022年度)` after a form's name is part of it.
            let rest = String(chars[end...])
            if let r = rest.range(of: #"^[(（](19|20)\d{2}年度?[)）]"#, options: .regularExpression) {
                title += rest[r]
            }
            // The name must be followed by text (else the line is a title line, read as one
            // already), and not by the rest of a file name (`….docx`).
            let after = c.dropFirst(title.count)
            guard let next = after.first, next != ".", next != "．", next != "》" else { return nil }
            return title
        }
        return nil
    }
}
