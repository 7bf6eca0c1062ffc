import Foundation

/// Textual page furniture of scraped pages and PDF dumps, recognised the same way for every
/// format: navigation, login links, breadcrumbs, share/print widgets, view counters, site
/// footers, page numbers, attachment links.
enum Furniture {
    /// Whole-line furniture.
    static func isFurniture(_ line: String) -> Bool {
        // Runs on every line of every document, so each test below is ordered to reject the
        // common case (a line of running text or a table cell) without allocating or counting
        // Characters: `compacted` copies only when the line holds whitespace, and a line has at
        // most as many Characters as UTF-8 bytes, so short lines are never counted.
        let c = line.compacted
        if c.isEmpty { return false }
        if exact.contains(c) { return true }
        // A short run of Latin letters alone on a line in a Chinese page: map and widget labels
        // ("Baidu", "map", "English"). All ASCII letters, so Characters are bytes.
        if c.utf8.count <= 12, c.utf8.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }),
           c.utf8.contains(where: { $0 >= 0x61 }) {
            return true
        }
        func atMost(_ n: Int) -> Bool { c.utf8.count <= n || c.count <= n }
        // A document viewer's caption over each page: `…自评报告(2).docx_第1页`.
        if c.utf8.last == Self.lastByteOfPage, atMost(120),
           viewerCaption.firstMatch(in: c, range: NSRange(c.startIndex..., in: c)) != nil {
            return true
        }
        guard atMost(80) else { return false }
        if unanchored.contains(where: { c.includes($0) }) { return true }
        if isLabelRun(c) { return true }
        if c.utf8.contains(UInt8(ascii: ".")) {
            let lower = c.lowercased()
            if attachmentSuffixes.contains(where: { lower.hasSuffix($0) || lower.hasSuffix($0 + "】") }) { return true }
        }
        // The patterns are anchored at the start: a line whose first character none of them can
        // start with (most table cells and running text) never reaches a regular expression.
        guard let first = c.unicodeScalars.first, leading.contains(first) else { return false }
        for p in patterns where p.firstMatch(in: c, range: NSRange(c.startIndex..., in: c)) != nil { return true }
        return false
    }

    /// The last UTF-8 byte of 页, a cheap first test for the viewer caption.
    private static let lastByteOfPage = "页".utf8.last!

    private static let viewerCaption = try! NSRegularExpression(
        pattern: #"(\.(docx?|xlsx?|wps|et|pdf))?_第\d{1,4}页$"#, options: [.caseInsensitive])

    /// A line that is nothing but two or more whole-line labels run together, with only
    /// punctuation between them: a share or footer bar whose links lost their spacing when the
    /// page was flattened into a spreadsheet cell or a text copy (`微信微博打印`,
    /// `【打印此页】【关闭窗口】分享至：`, `关于我们|网站地图|联系我们`).
    static func isLabelRun(_ c: String) -> Bool {
        // Most lines fail on their first letter, before any copy is made.
        guard let first = c.first(where: { $0.isLetter || $0.isNumber }), labelStarts.contains(first) else { return false }
        let chars = Array(c)
        guard chars.count <= 40 else { return false }
        // labels[i]: the most labels that cover the first i characters (nil: they cannot be covered).
        var labels = [Int?](repeating: nil, count: chars.count + 1)
        labels[0] = 0
        for i in 0..<chars.count {
            guard let used = labels[i] else { continue }
            if !(chars[i].isLetter || chars[i].isNumber) { labels[i + 1] = max(labels[i + 1] ?? 0, used) }
            let longest = min(labelLength, chars.count - i)
            guard longest >= 2, labelStarts.contains(chars[i]) else { continue }
            for length in 2...longest where exact.contains(String(chars[i..<i + length])) {
                labels[i + length] = max(labels[i + length] ?? 0, used + 1)
            }
        }
        return (labels[chars.count] ?? 0) >= 2
    }

    private static let labelStarts = Set(exact.compactMap(\.first))
    private static let labelLength = exact.map(\.count).max() ?? 0

    /// The first characters of the anchored patterns below.
    private static let leading: Set<Unicode.Scalar> = [
        ">", "›", "»", "首", "网", "当", "您", "所", "字", "浏", "访", "阅", "点", "分", "【", "打", "主", "承", "协", "技", "版",
        "政", "C", "c", "©", "—", "-", "–", "－", "第", "共", "附",
    ]

    /// Furniture wherever it stands in a short line.
    private static let unanchored = ["扫一扫在手机", "ICP备", "ICP证", "公网安备", "公安备案", "网站标识码", "备案号:", "备案号："]

    /// A short line naming an archive or office file is an attachment link.
    private static let attachmentSuffixes = [".rar", ".zip", ".7z", ".xls", ".xlsx", ".doc", ".docx", ".wps", ".et"]

    /// Lines that are furniture wholly.
    private static let exact: Set<String> = [
        "登录|注册", "登录", "注册", "首页", "返回首页", "返回顶部", "打印", "关闭", "关闭窗口", "打印此页", "【打印此页】【关闭窗口】",
        "【打印】【关闭】", "[打印][关闭]", "打印本页", "关闭本页", "收藏", "分享", "分享至", "分享到", "扫一扫在手机打开当前页",
        "扫一扫在手机上打开当前页", "手机扫一扫", "用手机扫描二维码", "字体:[大中小]", "字号:[大中小]", "【字体:大中小】", "默认大小",
        "网站地图", "联系我们", "无障碍", "无障碍浏览", "适老化", "长者模式", "繁体", "简体", "繁體", "政府信息公开", "政务公开",
        "信息公开", "上一篇", "下一篇", "相关链接", "相关文章", "相关阅读", "附件下载", "【关闭窗口】", "【打印此页】", "我要纠错",
        "[ ]", "[]", "【】", "微信", "微博", "QQ空间", "关于我们",
    ]

    private static let patterns: [NSRegularExpression] = [
        // Breadcrumbs: 首页 >> 政务公开 >> …, 当前位置：…
        #"^(>>|›|»)"#,
        #"^(首页|网站首页)(>>|>(?!=)|›|»|→|/)"#,
        // A menu bar: 首页 | 机构职能 | 政务公开 | …
        #"^(首页|网站首页)[|｜]"#,
        #"^(当前位置|您的位置|您当前的位置|您现在的位置|所在位置)[:：]"#,
        // Widgets and counters.
        #"^(字体|字号)[:：]?[\[【(（]?大中小"#,
        #"^浏览(次数|量)[:：]?\d*$"#,
        #"^(访问|阅读|点击)(次数|量)[:：]?\d*$"#,
        #"^分享(至|到)[:：]"#,
        #"^【?打印(此页|本页)?】?【?关闭(窗口|本页)?】?$"#,
        // Site footers.
        #"^(主办单位|承办单位|主办|承办|协办|技术支持|版权所有|网站标识码|政府网站标识码)[:：]"#,
        #"^Copyright|^©"#,
        // Page numbers: — 7 —, - 7 -, 第 7 页 共 9 页, 第7页/共9页, 7/9
        #"^[—\-–－]+\d{1,4}[—\-–－]+$"#,
        #"^第\d{1,4}页[,，/]?(共\d{1,4}页)?$"#,
        #"^共\d{1,4}页[,，/]?第\d{1,4}页$"#,
        // Attachment links: 附件【x.rar】, x.xlsx alone.
        #"^附件[:：]?【?.{0,80}\.(rar|zip|7z|xls|xlsx|doc|docx|pdf|wps|et)】?$"#,
    ].map { try! NSRegularExpression(pattern: $0, options: [.caseInsensitive]) }

    /// Removes inline markers that converters leave in the text (`[bookmark: _GoBack]`).
    /// A document-sharing site's caption before the text it shows of a file (`文档介绍：项目支出绩效
    /// 自评表`, `文档简介：…`) is dropped: the text after it is the document's own first line.
    static func cleanInline(_ line: String) -> String {
        var out = line
        if let first = out.unicodeScalars.first(where: { !$0.isSpaceLike }), first == "文" {
            let t = out.trimmingWhitespace()
            for caption in sharingCaptions where t.hasPrefix(caption) {
                out = String(t.dropFirst(caption.count)).trimmingWhitespace()
                break
            }
        }
        guard out.includes("[bookmark:") else { return out }
        return bookmark.stringByReplacingMatches(in: out, range: NSRange(out.startIndex..., in: out), withTemplate: "")
    }

    private static let sharingCaptions = ["文档介绍:", "文档介绍：", "文档简介:", "文档简介："]

    private static let bookmark = try! NSRegularExpression(pattern: #"\[bookmark:[^\]]*\]"#)
}
