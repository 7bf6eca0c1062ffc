/// Where a numbered line goes among the sections open above it, when its numbering style is
/// already open: a list inside a section numbered the same way.
///
/// Levels follow numbering styles (一、 > （一） > 1. > （1））, and a line of a style closes every
/// open section of that style or a finer one. But a report lists points inside a section with
/// the section's own numbering, starting again at one: the duties under `3.职责职能` as
/// `1.贯彻执行…。` `2.负责指导…。`, or the goals under `（二）项目绩效目标` as `一、完成固定资产增加
/// 10%；` `二、…；`. Read by style alone, the list's items would close the section they belong to
/// and stand as its siblings (`3.职责职能` followed by `2.负责指导…`), or climb to the top level.
///
/// A list is told from a new run of headings by two signs together: its numbering starts again
/// at one while a section of the same style, headed by a title, is open (a restart, not the next
/// number), and its first item is a sentence (`。`, `；` in it, or closing it), not a title. Its
/// items then go under the innermost open section, and the numbers after follow the list while
/// they continue it; a number that continues an outer run (`二、` after `一、…` and the list's
/// `四、`) returns to that run.
enum NumberingRestart {
    enum Placement: Equatable {
        /// The next item of the open section at this index of the stack: sections from it up close.
        case sibling(of: Int)
        /// The first item of a list inside the innermost open section: nothing closes.
        case nestedList
        /// As its style says: every open section of this style or a finer one closes.
        case byStyle
    }

    /// - Parameters:
    ///   - open: the open sections, outermost first: their style, ordinal, and whether their
    ///     line was a sentence.
    ///   - isSentence: whether the line's text after its number is a sentence.
    static func placement(of number: HeadingNumber, isSentence: Bool,
                          open: [(style: HeadingNumber.Style, ordinal: Int, sentence: Bool)]) -> Placement {
        let same = open.indices.filter { open[$0].style == number.style }
        guard let innermost = same.last else { return .byStyle }
        // Only where the style is open more than once (a list inside a section) is the choice of
        // run a question: a single run is read by style, as always.
        if same.count > 1, let k = same.last(where: { open[$0].ordinal + 1 == number.ordinal }) { return .sibling(of: k) }
        // A list of sentences starts inside a section its style titled (`3.职责职能`); under a
        // numbered sentence (`1.负责…。` then `1.组织…。`, a repeated number) it is no list.
        if number.ordinal == 1, isSentence, !open[innermost].sentence { return .nestedList }
        return .byStyle
    }

    /// Whether the text after a number is a sentence: it holds or ends with a sentence's mark.
    static func isSentence(_ text: String) -> Bool {
        text.contains(where: { "。；;".contains($0) })
    }
}
