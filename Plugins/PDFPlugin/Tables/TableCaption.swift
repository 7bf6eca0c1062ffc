import Foundation

/// The labels that open a table's caption or its notes.
///
/// Reports box a table together with its caption above and its notes below (`Exhibit 9 …` /
/// `Source: …`, `表1 …` / `注：…`), ruled like its rows. Such a row belongs to the page's text,
/// not to the table; a row that merely spans the table (`绩效指标` over an indicator table) is
/// the table's own.
enum TableCaption {
    /// Whether `text` opens with a caption's label and its number (`Exhibit B.4`, `Table 6.2`,
    /// `表3`, `图 2`) or a note's label (`Source:`, `Notes`, `注：`, `资料来源：`).
    static func opensWithLabel(_ text: String) -> Bool {
        text.range(of: pattern, options: [.regularExpression, .caseInsensitive]) != nil
    }

    private static let pattern =
        #"^((exhibit|table|figure|chart|fig\.)\s*[A-Z]?[.-]?[0-9IVX]|[表图]\s*[0-9一二三四五六七八九十]|(sources?|notes?|exhibit reads)\b|(注|备注|资料来源|数据来源)\s*[:：0-9])"#
}
