import ReportModel

/// Turns a plugin's blocks into body lines and tables, the same way for every format: text
/// normalised, furniture dropped, metadata label lines read, tables found in plain lines, the
/// title line found and site chrome above it dropped.
enum StructurePass {
    static func run(_ document: Document) -> StructuredBody {
        var items: [BodyItem] = []
        for block in document.blocks {
            switch block.kind {
            case .furniture:
                continue
            case .table(let grid):
                var g = grid
                g.rows = g.rows.map { $0.map(clean) }
                items.append(.table(g))
            case .line:
                items.append(.line(SourceLine(raw: clean(block.text), origin: .textLine, page: block.page,
                                              emphasized: block.emphasized, startsBlock: false)))
            case .paragraph, .heading:
                for (k, piece) in TextLines.split(block.text).enumerated() {
                    items.append(.line(SourceLine(raw: clean(piece), origin: .paragraph, page: block.page,
                                                  emphasized: block.emphasized, startsBlock: k == 0)))
                }
                // A paragraph ends where the next begins: a blank line keeps plain-text
                // rules (which split at blank lines) from gluing paragraphs together.
                items.append(.line(SourceLine(raw: "", origin: .paragraph, page: block.page, emphasized: false, startsBlock: false)))
            }
        }
        items = items.filter {
            if case .line(let l) = $0 { return !Furniture.isFurniture(l.text) }
            return true
        }
        items = TableCaptions.lift(TextTableFinder.find(in: items))
        var body = readHead(items)
        if let title = body.title?.compacted {
            // A running header repeats the title on every page of a PDF dump.
            body.items.removeAll { if case .line(let l) = $0 { return l.text.compacted == title } else { return false } }
        }
        let joiner = ParagraphJoiner(lines: body.items.compactMap { if case .line(let l) = $0 { return l } else { return nil } })
        body.items = joiner.joined(body.items)
        return body
    }

    private static func clean(_ s: String) -> String {
        Furniture.cleanInline(UnicodeCleanup.normalize(s))
    }

    /// Reads the head of the document: metadata lines and the title, up to the first numbered
    /// level-1 heading or table.
    private static func readHead(_ items: [BodyItem]) -> StructuredBody {
        var reader = MetadataLineReader()
        var kept: [BodyItem] = []
        var title: String?
        var inHead = true
        var afterTitle = 0
        var metadataTables: [BodyItem] = []
        for item in items {
            if inHead, case .table(let grid) = item, MetadataLineReader.isMetadataTable(grid) {
                // The page's metadata block laid out as a table (a printed page, a PDF): read it
                // as label lines; it stays in `tables` but is not body content.
                for row in grid.rows { _ = reader.consume(MetadataLineReader.line(fromRow: row)) }
                metadataTables.append(item)
                continue
            }
            guard inHead, case .line(let l) = item else {
                if case .table = item { inHead = false }
                kept.append(item)
                continue
            }
            let t = l.text
            if t.isEmpty { kept.append(item); continue }
            if let (n, _) = HeadingNumber.parse(t), n.style <= .chinese, SectionTreeBuilder.heading(t) != nil {
                inHead = false
                kept.append(item)
                continue
            }
            if reader.consume(l.raw) { continue }
            if let tt = title {
                // The page repeats its headline as the document's own title.
                if t.compacted == tt.compacted { continue }
                // A title wrapped onto a second line: `…绩效自评` + `报告`.
                if afterTitle == 0, TitleWords.completes(tt, with: t) {
                    title = tt + t
                    continue
                }
                afterTitle += 1
                kept.append(item)
                continue
            }
            if TitleWords.looksLikeTitle(t), HeadingNumber.parse(t) == nil {
                title = t
                // What stood above the title and was not metadata is site chrome.
                kept.removeAll()
                continue
            }
            kept.append(item)
        }
        return StructuredBody(title: title, metadata: reader, items: metadataTables + kept)
    }
}
