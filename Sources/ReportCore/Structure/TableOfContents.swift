/// The table of contents a report (or the page that carries it) puts before its body: lines that
/// name the headings to come, which must not open sections of their own. They stay in the text
/// as paragraphs (of the part before the first heading), so nothing is lost.
///
/// Two shapes are read:
/// - a `目录` line, then entries (headings or short titles, perhaps with page numbers), up to
///   where the body starts: a heading numbered as the first numbered entry was (`一、` again, or
///   `第一部分` again). Without that restart the lines are no contents: nothing is taken.
/// - with no `目录` line, a run of at least three numbered lines each ending in a page number
///   (`2.某县医疗保障局上半年工作总结13`, `二、机构设置 7`): a compilation's list of its pieces.
/// - with no `目录` line, the outline a page set before the article's title, whose first heading
///   the body writes again (`LeadingOutline`).
enum TableOfContents {
    /// The indices of `items` that are lines of a table of contents.
    static func lines(in items: [BodyItem]) -> Set<Int> {
        var out = Set<Int>()
        for (i, item) in items.enumerated() {
            guard case .line(let l) = item, l.text.compacted == "目录", !out.contains(i) else { continue }
            out.formUnion(labelled(items, after: i))
        }
        out.formUnion(pageNumberedRuns(items))
        out.formUnion(LeadingOutline.entries(in: items))
        return out
    }

    /// The most entries a contents block is read for: a longer run is not one.
    static let maxEntries = 120

    /// The `目录` line at `label` and its entries, when the body's restart is found after them.
    static func labelled(_ items: [BodyItem], after label: Int) -> Set<Int> {
        var taken: Set<Int> = [label]
        var first: HeadingNumber?
        var entries = 0
        var k = label + 1
        while k < items.count, entries <= maxEntries {
            guard case .line(let l) = items[k] else { return [] }
            k += 1
            if l.isBlank { continue }
            let t = l.text
            let number = HeadingNumber.parse(t)?.0
            if let f = first, let n = number, n.style == f.style, n.ordinal == f.ordinal {
                // The body starts: its first heading numbered as the first entry was.
                return entries >= 2 ? taken : []
            }
            guard isEntry(t) else { return [] }
            if first == nil, let n = number { first = n }
            taken.insert(k - 1)
            entries += 1
        }
        return []
    }

    /// A line that can be an entry: a short heading or title, never a sentence.
    static func isEntry(_ t: String) -> Bool {
        let c = t.compacted
        return !c.isEmpty && c.count <= 60 && !c.contains(where: { "。；;！？".contains($0) })
    }

    /// `…工作安排13`, `机构设置 7`, `部门概况……4`: a numbered line whose text ends in a page
    /// number after a word (not a figure: `完成率100`).
    static func endsInPageNumber(_ t: String) -> Bool { pageNumber(t) != nil }

    /// The page number a contents entry ends in, or nil.
    static func pageNumber(_ t: String) -> Int? {
        guard let (_, rest) = HeadingNumber.parse(t), isEntry(rest) else { return nil }
        let scalars = Array(rest.unicodeScalars)
        var i = scalars.count
        while i > 0, ("0"..."9").contains(scalars[i - 1]) { i -= 1 }
        let digits = scalars.count - i
        guard (1...3).contains(digits), i > 0 else { return nil }
        // Dot leaders or spaces between the title and its page, then a word's last character.
        var j = i
        while j > 0, scalars[j - 1].isSpaceLike || ".．…·".unicodeScalars.contains(scalars[j - 1]) { j -= 1 }
        guard j > 0, scalars[j - 1].properties.isIdeographic, scalars[j - 1] != "第",
              !"年月日号元人个次分项件家户岁天为达到至约超近计".unicodeScalars.contains(scalars[j - 1]) else { return nil }
        return Int(String(String.UnicodeScalarView(scalars[i...])))
    }

    /// Runs of three or more numbered lines ending in page numbers that never go back, blank
    /// lines aside: points falling down a list (`1.产出指标 40`, `2.效益指标 30`) are no pages.
    static func pageNumberedRuns(_ items: [BodyItem]) -> Set<Int> {
        var out = Set<Int>()
        var run: [Int] = []
        var lastPage = 0
        func flush() {
            if run.count >= 3 { out.formUnion(run) }
            run = []
        }
        for (i, item) in items.enumerated() {
            guard case .line(let l) = item else { flush(); continue }
            if l.isBlank { continue }
            if let page = pageNumber(l.text) {
                if !run.isEmpty, page < lastPage { flush() }
                run.append(i)
                lastPage = page
            } else {
                flush()
            }
        }
        flush()
        return out
    }
}
