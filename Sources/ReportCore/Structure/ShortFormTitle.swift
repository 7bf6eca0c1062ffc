/// `绩效目标表`, `绩效自评表`: the five characters a county page may title a form with, on a line
/// of its own over `(2020年度)`. Titles are otherwise six characters at least (a shorter line with
/// a title's word is a column label, `自评得分`, or chrome); these name the form whole, so they
/// stand as a title where the page gives no longer one.
enum ShortFormTitle {
    static let names: Set<String> = ["绩效目标表", "绩效自评表", "绩效评价表"]

    static func holds(_ c: String) -> Bool { names.contains(c) }
}
