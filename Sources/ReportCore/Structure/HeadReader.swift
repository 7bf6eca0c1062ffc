/// Reads the head of a document, up to its first numbered level-1 heading or table: the metadata
/// block (label lines, or a table of them), the title, and the site chrome above the title,
/// which is dropped.
///
/// The title is the strongest title line of the head, so that a page's column label
/// (`预算绩效管理` above its metadata list) gives way to the report's own title below it. A title
/// wrapped over two lines is joined, whichever half looks like a title.
struct HeadReader {
    /// A title line found so far.
    private struct Candidate {
        var text: String
        var strength: TitleWords.Strength
        /// Metadata lines came right after it: a column label heading the page's metadata list,
        /// unless it is a real title (`…自评报告` over `来源：… 发布时间：…`).
        var overMetadata = false

        /// Gives way to any later title line of the head.
        var isLabel: Bool { overMetadata && (strength == .weak || text.compacted.count <= 8) }
        /// A body's name alone two lines above, a blank line between (`某区医疗保障局` / `` /
        /// `2023年度绩效自评`): the title's first line, if the page's metadata names that body.
        var nameAbove: String?
    }

    private var reader = MetadataLineReader()
    private var kept: [BodyItem] = []
    private var title: Candidate?
    /// Body lines kept since the title.
    private var afterTitle = 0
    /// A sentence among them: the body has begun, and a later title line cannot make them chrome.
    private var proseAfterTitle = false
    private var metadataTables: [BodyItem] = []

    static func read(_ items: [BodyItem], fallbackTitle: String?) -> StructuredBody {
        var head = HeadReader()
        var inHead = true
        for item in items {
            if inHead {
                inHead = head.take(item)
            } else {
                head.kept.append(item)
            }
        }
        head.joinNameAboveNamedByMetadata()
        return StructuredBody(title: head.title?.text, fallbackTitle: fallbackTitle, metadata: head.reader,
                              items: head.metadataTables + head.kept)
    }

    /// The body's name over the title with a blank line between, as a scraped page sets the two
    /// lines of a document's heading apart: the title's first line when the page's own 发布机构 or
    /// 来源 names the same body (in full or short: `来源：医疗保障局` under `某区医疗保障局`). A lone
    /// name so placed with no such witness may be the site's own name over the page's headline.
    private mutating func joinNameAboveNamedByMetadata() {
        guard let current = title, let name = current.nameAbove,
              TitleWords.isHeadingOrganization(name, of: current.text) else { return }
        let witnesses = [reader.values[.issuer], reader.values[.source]].compactMap { $0?.compacted }
        guard witnesses.contains(where: { $0 == name || OrganizationNames.completes($0, to: name) }) else { return }
        title?.text = name + current.text
    }

    /// A file-name line near the top (`某县城乡居民医保补助资金绩效自评表.xlsx`, a viewer's
    /// `…(2).docx_第1页`), the title of last resort. Read before furniture is dropped, because a
    /// lone file name is furniture (an attachment link) everywhere else.
    static func fileNameTitle(_ items: [BodyItem]) -> String? {
        for item in items.prefix(60) {
            if case .line(let l) = item, let name = TitleWords.fileNameTitle(l.text) { return name }
        }
        return nil
    }

    /// Takes one item of the head; false when the head ends with it.
    private mutating func take(_ item: BodyItem) -> Bool {
        if case .table(let grid) = item, MetadataLineReader.isMetadataTable(grid) {
            // The page's metadata block laid out as a table (a printed page, a PDF): read it
            // as label lines; it stays in `tables` but is not body content.
            for row in grid.rows { _ = reader.consume(MetadataLineReader.line(fromRow: row)) }
            metadataTables.append(item)
            return true
        }
        if case .table(let grid) = item, case let n = MetadataLineReader.metadataPrefix(grid), n > 0 {
            // The metadata block's rows at the top of the form's table: read as label lines;
            // the table is the body's, and the head ends with it.
            for row in grid.rows.prefix(n) { _ = reader.consume(MetadataLineReader.line(fromRow: row)) }
            kept.append(item)
            return false
        }
        guard case .line(let l) = item else {
            kept.append(item)
            return false
        }
        let t = Self.cellText(l.text)
        if t.isEmpty {
            kept.append(item)
            return true
        }
        if let (n, _) = HeadingNumber.parse(t), n.style <= .chinese, SectionTreeBuilder.heading(t) != nil {
            kept.append(item)
            return false
        }
        if reader.consume(l.raw) {
            if afterTitle == 0 { title?.overMetadata = true }
            return true
        }
        let strength = TitleWords.strength(t).flatMap { $0 == .fileName ? nil : $0 }
        if let current = title {
            // The page repeats its headline as the document's own title.
            if t.compacted == current.text.compacted {
                nameAboveRepeatedTitle()
                return true
            }
            // A title wrapped onto a second line: `…绩效自评` + `报告`.
            if afterTitle == 0, !current.overMetadata, TitleWords.completes(current.text, with: t) {
                title?.text = current.text + t
                return true
            }
            // A stronger title close below the first: the first was a column label or chrome.
            if let s = strength, afterTitle <= 3, !proseAfterTitle, s > current.strength || current.isLabel {
                setTitle(l, strength: s)
                return true
            }
            afterTitle += 1
            if t.includes("。") || t.count > 40 { proseAfterTitle = true }
            kept.append(item)
            return true
        }
        if let s = strength {
            setTitle(l, strength: s)
            return true
        }
        kept.append(item)
        return true
    }

    /// A line's text without the bar a copy closes each cell with (`…自评表（2023年度） |`), and
    /// without the empty cells after it of a layout table whose first cell alone holds the
    /// headline (`…工作年度报告 | ||||||`): bars with nothing between them carry no text.
    static func cellText(_ t: String) -> String {
        guard t.hasSuffix("|") || t.hasSuffix("｜") else { return t }
        var s = Substring(t)
        while let last = s.last, last == "|" || last == "｜" || last.isWhitespace { s = s.dropLast() }
        return String(s)
    }

    /// The non-blank line `back` places above the end of `kept`, when no blank line stands between.
    private func lineAbove(_ back: Int) -> SourceLine? {
        guard kept.count >= back else { return nil }
        for item in kept.suffix(back) {
            guard case .line(let l) = item, !l.isBlank else { return nil }
        }
        if case .line(let l) = kept[kept.count - back] { return l }
        return nil
    }

    /// The document's own heading under the page's headline: the body's name on one line and the
    /// title the headline gave on the next, a blank line between them as a scraped page sets its
    /// paragraphs (`益阳市某局` / `2019年部门整体支出绩效评价报告`). The title names the body,
    /// as the two lines together do; the name's line is heading, not body text.
    /// Only over the repeat: a lone name above the page's headline, a blank line between, may be
    /// the site's own name, but nothing of the site's stands between a headline and its repeat.
    private mutating func nameAboveRepeatedTitle() {
        guard let current = title else { return }
        var i = kept.count - 1
        var blanks = 0
        while i >= 0, case .line(let l) = kept[i], l.isBlank, blanks < 2 { i -= 1; blanks += 1 }
        guard i >= 0, case .line(let l) = kept[i], !l.isBlank else { return }
        let name = Self.cellText(l.text).trimmingWhitespace()
        guard TitleWords.isHeadingOrganization(name, of: current.text) else { return }
        title?.text = name.compacted + current.text
        kept.remove(at: i)
    }

    private mutating func setTitle(_ line: SourceLine, strength: TitleWords.Strength) {
        var full = Self.cellText(line.text)
        var top = line
        var back = 1
        // The first half of a wrapped title, just above (`…运维项目支` + `出绩效自评报告`).
        if let above = lineAbove(back), TitleWords.isFirstHalf(Self.cellText(above.text), of: full) {
            full = Self.cellText(above.text) + full
            top = above
            back += 1
        }
        // The body's name alone on the line above, in the same centred block.
        var nameAbove: String?
        if let above = lineAbove(back), Self.sameBlock(above, top), TitleWords.isHeadingOrganization(Self.cellText(above.text), of: full) {
            full = Self.cellText(above.text) + full
        } else if kept.count >= back + 1, case .line(let blank) = kept[kept.count - back], blank.isBlank,
                  case .line(let name) = kept[kept.count - back - 1], !name.isBlank {
            // Two lines above, a blank line between: kept to be joined if the metadata names it.
            nameAbove = Self.cellText(name.text).trimmingWhitespace().compacted
        }
        title = Candidate(text: TitleWords.withoutAttachmentPrefix(full), strength: TitleWords.strength(full) ?? strength,
                          nameAbove: nameAbove)
        afterTitle = 0
        proseAfterTitle = false
        // What stood above the title and was not metadata is site chrome; a paragraph of the
        // page's own prose is not (a page's summary of the form it shows, `…项目绩效自评得分为95
        // 分。全年预算数为200万元…`, above the form's caption): from the first such paragraph on,
        // the lines stay in the body.
        if let first = kept.firstIndex(where: { if case .line(let l) = $0 { return Self.isProseParagraph(l.text) } else { return false } }) {
            kept.removeSubrange(..<first)
        } else {
            kept.removeAll()
        }
    }

    /// A paragraph of prose: sentences (a 。), long enough that no menu, breadcrumb or site
    /// caption is one.
    static func isProseParagraph(_ t: String) -> Bool {
        t.count >= proseParagraphLength && t.includes("。")
    }

    static let proseParagraphLength = 80

    /// Whether two adjacent lines belong to one block: lines of one paragraph or heading of a
    /// format that knows them, or both indented in a plain-text dump (a centred title).
    private static func sameBlock(_ a: SourceLine, _ b: SourceLine) -> Bool {
        switch (a.origin, b.origin) {
        case (.paragraph, .paragraph): return !b.startsBlock
        case (.textLine, .textLine): return a.raw.leadingIndent >= 2 && b.raw.leadingIndent >= 2
        default: return false
        }
    }
}
