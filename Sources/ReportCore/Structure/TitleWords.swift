/// Words that make a short line a report title.
enum TitleWords {
    static let words = ["报告", "自评表", "评价表", "目标表", "情况表", "总结", "计划", "绩效", "自评", "评价"]

    static func looksLikeTitle(_ text: String) -> Bool {
        let c = text.compacted
        guard (6...100).contains(c.count), !c.includes("。") else { return false }
        return words.contains { c.contains($0) }
    }
}
