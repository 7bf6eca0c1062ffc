import Foundation

/// The number of an item in a list written inside one cell: `1.` `2、` `（一）` `（3）` `①`, or a word
/// and a figure (`目标1：`, `任务2.`). A cell copied without its line breaks' quoting breaks
/// where its items do, and an item's number says whose list it goes on.
enum EnumeratedItem {
    /// The item's number and numbering style, or nil for text that opens with none.
    static func number(of text: String) -> (style: String, ordinal: Int)? {
        // `一、` `二、` number a report's sections far more often than a cell's items: a
        // section heading after a table is no item of its last cell.
        if let (number, _) = HeadingNumber.parse(text), number.style != .chapter, number.style != .chinese {
            return ("\(number.style.rawValue)", number.ordinal)
        }
        guard let match = wordNumber.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let word = Range(match.range(at: 1), in: text), let figure = Range(match.range(at: 2), in: text),
              let ordinal = Int(text[figure]) else { return nil }
        return (String(text[word]), ordinal)
    }

    /// Whether `text` opens with the item after the last one `cell` holds, in the same style.
    static func follows(_ text: String, _ cell: String) -> Bool {
        guard let next = number(of: text), next.ordinal >= 2,
              let lastLine = cell.split(separator: "\n").last.map(String.init),
              let last = number(of: lastLine) else { return false }
        return last.style == next.style && last.ordinal + 1 == next.ordinal
    }

    private static let wordNumber = try! NSRegularExpression(pattern: "^(目标|任务)([0-9]{1,2})[：:.、．]")
}
