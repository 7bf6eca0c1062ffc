/// A site's note about the attachment it shows, run into the front of the title: a bidding
/// site prints `详情见附件(注:以下内容为附件图片识别,个别文字可能不准确,请以附件为准)` before the text
/// it recognised from the attached form's picture, and the form's caption follows it on the
/// same line (`…为准)部门预算项目支出绩效自评表(2023年度)`).
///
/// The note is the site's, never the report's name: it is cut where the title opens with
/// `详情见附件` or a bracketed note opening with 注 (`(注:…)`, `（注：…）`) and the rest still ends like
/// a title. A title with a bracketed part further on (`…自评报告(摘要)`) is left whole.
enum SiteNotePrefix {
    static func cut(_ title: String) -> String {
        let c = title.compacted
        var rest = Substring(c)
        if rest.hasPrefix("详情见附件") { rest = rest.dropFirst(5) }
        if let open = rest.first, open == "(" || open == "（", rest.dropFirst().first == "注",
           let close = rest.firstIndex(where: { $0 == ")" || $0 == "）" }) {
            rest = rest[rest.index(after: close)...]
        }
        guard rest.count < c.count else { return title }
        let name = String(rest).trimmingCharacters(in: .init(charactersIn: ":：,，;；。"))
        guard name.count >= 6, TitleWords.endsLikeTitle(TitleWords.withoutBracketedTail(name)) || TitleWords.endsLikeTitle(name) else {
            return title
        }
        return name
    }
}
