/// Words that make a short line a report title.
enum TitleWords {
    static let words = ["报告", "自评表", "评价表", "目标表", "情况表", "总结", "计划", "绩效", "自评", "评价"]

    /// Endings of a complete title.
    static let endings = ["报告", "自评表", "评价表", "目标表", "情况表", "总结", "计划", "一览表", "表"]

    /// Whether `next` is the wrapped end of `title`: short, unnumbered, and turning a title that
    /// does not end like one into one that does.
    static func completes(_ title: String, with next: String) -> Bool {
        let t = title.compacted, n = next.compacted
        guard !n.isEmpty, n.count <= 10, !n.includes("。"), HeadingNumber.parse(n) == nil else { return false }
        guard !endings.contains(where: { t.hasSuffix($0) }) else { return false }
        let joined = t + n
        return endings.contains { joined.hasSuffix($0) } || joined.hasSuffix(")") || joined.hasSuffix("）")
    }

    static func looksLikeTitle(_ text: String) -> Bool {
        let c = text.compacted
        guard (6...100).contains(c.count), !c.includes("。") else { return false }
        return words.contains { c.contains($0) }
    }
}
