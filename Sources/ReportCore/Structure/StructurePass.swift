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
                g.rows = g.rows.map { $0.map { clean($0, isLine: false) } }
                items.append(.table(g))
            case .line:
                items.append(.line(SourceLine(raw: clean(block.text, isLine: true), origin: .textLine, page: block.page,
                                              emphasized: block.emphasized, startsBlock: false)))
            case .paragraph, .heading:
                for (k, piece) in TextLines.split(block.text).enumerated() {
                    items.append(.line(SourceLine(raw: clean(piece, isLine: true), origin: .paragraph, page: block.page,
                                                  emphasized: block.emphasized, startsBlock: k == 0)))
                }
                // A paragraph ends where the next begins: a blank line keeps plain-text
                // rules (which split at blank lines) from gluing paragraphs together.
                items.append(.line(SourceLine(raw: "", origin: .paragraph, page: block.page, emphasized: false, startsBlock: false)))
            }
        }
        let fileNameTitle = HeadReader.fileNameTitle(items)
        items = items.filter {
            if case .line(let l) = $0 { return !Furniture.isFurniture(l.text) }
            return true
        }
        items = ParagraphCellRows.joined(items)
        items = TabSeparatedRows.lift(items)
        items = DoubleSpacing.removed(from: items)
        items = WrappedLayoutForm.lift(items)
        items = CutFormWords.join(items)
        items = SharingSiteChunks.join(items)
        items = PipeLedCells.join(items)
        items = BarOpenedRows.join(items)
        items = TableCaptions.lift(TextTableFinder.find(in: items))
        items = SummaryFormCell.lift(items)
        items = LoneHeadingNumber.join(items)
        items = RunTogetherHeadings.split(items)
        items = LeadingOutline.titleFirst(items)
        var body = HeadReader.read(items, fallbackTitle: fileNameTitle)
        body.declared = document.declared
        if let title = body.title?.compacted {
            // A running header repeats the title on every page of a PDF dump.
            body.items.removeAll { if case .line(let l) = $0 { return l.text.compacted == title } else { return false } }
        }
        let joiner = ParagraphJoiner(lines: body.items.compactMap { if case .line(let l) = $0 { return l } else { return nil } })
        body.items = joiner.joined(body.items)
        return body
    }

    /// A table cell keeps its spacing (tables are kept as found, and their readers know spaced
    /// labels); a line loses a spread label's.
    private static func clean(_ s: String, isLine: Bool) -> String {
        let text = UnicodeCleanup.normalize(CopyArtifacts.removed(from: s, isLine: isLine))
        return Furniture.cleanInline(isLine ? LetterSpacing.collapsed(text) : text)
    }
}
