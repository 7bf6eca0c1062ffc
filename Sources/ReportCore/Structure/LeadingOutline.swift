/// The outline a page sets before its article with no `目录` line: a sharing site's copy opens
/// with the article's headings (`一、工作完成情况` / `（一）加强党建引领` / … / `三、2023年工作计划`),
/// then the article's own title, its opening paragraph, and the same headings again as the body.
///
/// Read only where all of it holds: at least three numbered lines first, the first a `一、`
/// heading, none a sentence; right after them a line that ends like a title; and the outline's
/// first heading written again, word for word, within the forty lines after the title. The title
/// is then the head's (not the plan's year of `三、2023年工作计划` nor no title at all), and the
/// outline's lines stay as text, not sections.
enum LeadingOutline {
    /// The most lines an outline is read for, as a table of contents.
    static let maxEntries = TableOfContents.maxEntries

    /// The indices of the outline's lines and of the title line after them, or nil.
    static func find(_ items: [BodyItem]) -> (outline: [Int], title: Int)? {
        var lines: [(index: Int, text: String)] = []
        for (i, item) in items.enumerated() {
            guard case .line(let l) = item else { break }
            if !l.isBlank { lines.append((i, l.text.trimmingWhitespace())) }
            if lines.count > maxEntries + 41 { break }
        }
        guard let first = lines.first, let (number, _) = HeadingNumber.parse(first.text), number.style == .chinese else { return nil }
        var k = 0
        while k < lines.count, k < maxEntries, HeadingNumber.parse(lines[k].text) != nil, TableOfContents.isEntry(lines[k].text) { k += 1 }
        guard k >= 3, k < lines.count, TitleWords.strength(lines[k].text) == .strong else { return nil }
        let opening = first.text.compacted
        guard lines[(k + 1)...].prefix(40).contains(where: { $0.text.compacted == opening }) else { return nil }
        return (lines[..<k].map(\.index), lines[k].index)
    }

    /// The items with the title line moved above the outline, so that the head reads it before
    /// the outline's first heading ends the head.
    static func titleFirst(_ items: [BodyItem]) -> [BodyItem] {
        guard let (outline, title) = find(items), let start = outline.first else { return items }
        var out = items
        let line = out.remove(at: title)
        out.insert(line, at: start)
        return out
    }

    /// The outline's lines at the start of a body whose title was read: numbered entries, three
    /// at least, the first a `一、` heading that the body writes again after them.
    static func entries(in items: [BodyItem]) -> Set<Int> {
        var taken: [Int] = []
        var opening: String?
        var k = 0
        while k < items.count, taken.count <= maxEntries {
            guard case .line(let l) = items[k] else { break }
            k += 1
            if l.isBlank { continue }
            let t = l.text.trimmingWhitespace()
            if let o = opening, t.compacted == o { return taken.count >= 3 ? Set(taken) : [] }
            guard let (number, _) = HeadingNumber.parse(t), TableOfContents.isEntry(t) else { break }
            if opening == nil {
                guard number.style == .chinese else { return [] }
                opening = t.compacted
            }
            taken.append(k - 1)
        }
        // The restart after the outline may follow the article's opening paragraphs.
        guard taken.count >= 3, let o = opening else { return [] }
        var seen = 0
        while k < items.count, seen < 40 {
            if case .line(let l) = items[k], !l.isBlank {
                if l.text.trimmingWhitespace().compacted == o { return Set(taken) }
                seen += 1
            }
            k += 1
        }
        return []
    }
}
