/// A line about a body's final accounts (决算) names no evaluation form, whatever spending it
/// names: a 部门决算 page's contents list `九、一般公共预算财政拨款项目支出决算表`, and its
/// `项目支出` is a table of the accounts, not the 项目支出绩效自评表. Read for the kind only when
/// no title says what the document is. A line that evaluates the accounts (`…决算绩效评价`) still
/// names its form.
enum FinalAccountsLine {
    static func holds(_ compacted: String) -> Bool {
        compacted.includes("决算") && !compacted.includes("绩效")
    }
}
