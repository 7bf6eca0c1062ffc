import Foundation

/// A heading's title run into the sentence after it, its line break lost by a scraper or a
/// document-sharing site (`一、基本情况2024年，某局…`, `二、绩效评价工作开展情况为加强专项资金的
/// 管理…`, `（二）资金及项目绩效目标我校按生均…`, `一、总体情况 2024年…`).
///
/// A report's headings name a part of the report, and the family's headings end in a small set
/// of words (情况, 分析, 措施, 建议, 问题, 目标, 总结 …). The title is the head of the text that
/// ends in one of them where the sentence visibly starts after it: a punctuation mark or a
/// space, a year or a figure, another heading's number, a place (`湖南省财政厅…`), or a word a
/// sentence opens with (我, 本, 该, 根据, 按照, 为 …). A word that goes on after the ending
/// (`情况分析`, `目标的原因`) keeps the title going.
enum RunInHeading {
    /// Words a heading's title ends with in this family.
    static let titleEndings = ["情况", "概况", "分析", "措施", "建议", "问题", "结论", "结果", "目标", "成效",
                               "做法", "经验", "打算", "计划", "安排", "思路", "总结", "说明", "方面", "工作",
                               "原因", "应用", "简介", "背景", "职能", "职责", "概述", "评价", "得分"]

    /// Words a sentence of a report's body opens with (a subject, a time, a ground).
    static let sentenceOpeners = ["我", "本", "该", "今年", "全年", "截至", "截止", "根据", "按照", "依据", "为",
                                  "经", "通过", "暂无", "无", "年初", "上半年", "下半年", "近年", "目前", "针对", "围绕", "结合"]

    private static let chineseNumerals: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    /// Marks no title holds: sentence punctuation and opening brackets.
    private static let boundMarks = Set("。；;：:（(【[“\"".unicodeScalars)

    /// A character's scalar when it is one (nil for a cluster of several).
    private static func singleScalar(_ c: Character) -> Unicode.Scalar? {
        let u = c.unicodeScalars
        return u.count == 1 ? u.first : nil
    }

    /// The most characters after a title's ending word, up to a space, still read as its title.
    static let tailBeforeSpace = 4

    private static func isHan(_ c: Character) -> Bool {
        c.unicodeScalars.first.map { (0x4E00...0x9FFF).contains($0.value) } ?? false
    }

    /// A title longer than this is a sentence.
    static let maxTitleLength = 40

    /// The shortest text taken as the sentence after a title set off only by a space: a spaced
    /// heading of a PDF dump (`绩效 目标 完成 情况`) has short pieces.
    static let minRestAfterSpace = 8

    /// Splits `body` (the text after a heading's number) into its title and the sentence run into
    /// it, or nil when no title ends where a sentence starts.
    /// - Parameter strict: true for a heading at the start of a line, which may be a numbered
    ///   sentence of a list: only a title followed by a visible sentence start is taken. False for
    ///   a heading found inside a line in its numbering's sequence (`RunTogetherHeadings`): the
    ///   longest title-ending head is taken when no sentence start shows (`…绩效情况保证了学校…`).
    static func split(_ body: String, strict: Bool) -> (title: String, rest: String)? {
        // Only the head is read: a title, a few words after it and a sentence's start. A whole
        // report flattened into one line is not broken into characters at every heading.
        let window = body.prefix(maxTitleLength + readAfterTitle)
        let chars = Array(window)
        let whole = window.endIndex == body.endIndex
        // A title holds no sentence punctuation and no bracket of its own.
        // (A comma may stand inside a title: `（一）强化责任担当，全面高效履职`.)
        // (Characters are told by their one scalar: comparing Characters of Han text runs
        // Unicode's slow path, and this reads every heading's head.)
        let scalars = chars.map(singleScalar)
        var bound = scalars.firstIndex(where: { $0.map(boundMarks.contains) ?? false }) ?? chars.count
        let comma = scalars.firstIndex(where: { $0 == "，" || $0 == "," }) ?? chars.count
        // Nor the next heading's number (`…正常运转五、存在的问题…`).
        if let n = scalars.indices.dropFirst().first(where: { i in
            i + 1 < scalars.count && scalars[i + 1] == "、" && (scalars[i].map(chineseNumerals.contains) ?? false) }) {
            bound = min(bound, n)
        }
        var candidates: [Int] = []
        for e in 2...max(2, min(bound, maxTitleLength)) where e <= chars.count {
            guard endsWithTitleEnding(chars, scalars, e) else { continue }
            guard e < chars.count || !whole else { break }
            // A title broken by a space is a spaced PDF heading, not a title and a sentence.
            guard !chars[..<e].contains(where: \.isWhitespace) else { continue }
            candidates.append(e)
            if startsSentence(body.dropFirst(e)) { return result(body, chars, e) }
        }
        // Without a visible start, the title is not taken past a comma: the clause after it is
        // the sentence's.
        guard !strict, let last = candidates.last(where: { $0 <= comma }) else { return nil }
        // A heading of a flattened PDF is set off by a space: a word or two after the last ending
        // up to that space (`年度总体工作和重点工作任务 1、…`, `…工作要点 一是…`) are the title's
        // own, where a sentence visibly starts after the space.
        if let space = chars[last...].firstIndex(where: \.isWhitespace), (1...tailBeforeSpace).contains(space - last),
           chars[last..<space].allSatisfy(isHan), startsSentence(body.dropFirst(space)) {
            return result(body, chars, space)
        }
        return result(body, chars, last)
    }

    /// Characters read past the longest title: the words after it up to a space
    /// (`tailBeforeSpace`) and the sentence start `startsSentence` looks at.
    private static let readAfterTitle = 24

    /// The two-character title endings as pairs of scalars, so that a candidate title's end is one
    /// set lookup; any longer or shorter ending by its text.
    private static let endingPairs: Set<UInt64> = Set(titleEndings.compactMap { ending in
        let u = Array(ending.unicodeScalars)
        return ending.count == 2 && u.count == 2 ? UInt64(u[0].value) << 32 | UInt64(u[1].value) : nil
    })
    private static let otherEndings = titleEndings.filter { $0.count != 2 || $0.unicodeScalars.count != 2 }

    private static func endsWithTitleEnding(_ chars: [Character], _ scalars: [Unicode.Scalar?], _ e: Int) -> Bool {
        if e >= 2, let a = scalars[e - 2], let b = scalars[e - 1], endingPairs.contains(UInt64(a.value) << 32 | UInt64(b.value)) {
            return true
        }
        return otherEndings.contains { ending in ending.count <= e && String(chars[(e - ending.count)..<e]) == ending }
    }

    /// `body` cut after its first `e` characters (`chars` holds at least those) into title and rest.
    private static func result(_ body: String, _ chars: [Character], _ e: Int) -> (title: String, rest: String)? {
        // The mark that set the sentence off belongs to neither.
        let rest = String(String(body.dropFirst(e)).trimmingWhitespace().drop(while: { "，,。；;：:".contains($0) }))
            .trimmingWhitespace()
        return rest.isEmpty ? nil : (String(chars[..<e]), rest)
    }

    /// Whether the text after a title's ending visibly starts a sentence or the next heading.
    static func startsSentence(_ rest: Substring) -> Bool {
        guard let first = rest.first else { return false }
        if first.isWhitespace {
            // At least `minRestAfterSpace` characters after the space, up to the last that is no
            // space: a character that is no space stands at that distance or further.
            let isSpace = { (c: Character) in c.unicodeScalars.allSatisfy(\.isSpaceLike) }
            return rest.drop(while: isSpace).dropFirst(minRestAfterSpace - 1).contains { !isSpace($0) }
        }
        // Not a comma: a title's two clauses are set apart by one (`立足工作职能，精准赋能…`).
        if "。；;：:".contains(first) { return true }
        if first.isASCII && first.isNumber { return true }
        let s = String(rest.prefix(14))
        if HeadingNumber.parse(s) != nil { return true }
        if sentenceOpeners.contains(where: { s.hasPrefix($0) }) { return true }
        // A place's name (`湖南省财政厅下达…`): two to five characters up to its mark, as a
        // province, city or county is written; a longer head is words that merely hold a mark.
        if let place = OrganizationNames.place(s), s.hasPrefix(place), (2...5).contains(place.count) { return true }
        return false
    }
}
