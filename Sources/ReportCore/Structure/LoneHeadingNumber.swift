/// A heading's number alone on its line, its title or sentence on the next (`2.` / `人员编制`,
/// `1.` / `贯彻执行…`): a word processor's numbered list pasted into a page keeps the number
/// and the text in separate runs, and a copy puts each on a line of its own.
///
/// The number alone is no heading (`HeadingNumber.parse` needs text after it), so the title
/// would be read as an unnumbered paragraph and the list's order lost. The two lines are one:
/// the number is joined to the line right after it, when that line is text of its own (not a
/// blank line, not numbered itself).
enum LoneHeadingNumber {
    /// The longest line taken as a number alone: `（十二）`, `12．`, `第十二部分`.
    static let maxLength = 8

    /// Whether `line` is a heading's numbering and nothing else.
    static func isAlone(_ line: String) -> Bool {
        let t = line.trimmingWhitespace()
        guard !t.isEmpty, t.count <= maxLength else { return false }
        // `parse` wants text after the number: a stand-in word shows whether the number took the
        // whole line.
        guard let (_, rest) = HeadingNumber.parse(t + sentinel) else { return false }
        return rest == sentinel
    }

    private static let sentinel = "题"

    /// The body with each number alone joined to the line after it.
    static func join(_ items: [BodyItem]) -> [BodyItem] {
        var out: [BodyItem] = []
        out.reserveCapacity(items.count)
        var i = 0
        while i < items.count {
            if case .line(let l) = items[i], isAlone(l.text), i + 1 < items.count, case .line(let next) = items[i + 1],
               !next.isBlank, HeadingNumber.parse(next.text) == nil, !isAlone(next.text),
               // `2.` over `5%`: a figure cut at its point, not a number and its title.
               next.text.unicodeScalars.first.map({ !("0"..."9").contains($0) }) ?? false {
                var joined = l
                joined.raw = l.text + next.text
                out.append(.line(joined))
                i += 2
                continue
            }
            out.append(items[i])
            i += 1
        }
        return out
    }
}
