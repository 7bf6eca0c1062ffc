/// Reads one page: glyphs, then (where the layout suggests one) ruled tables from a rendering,
/// then the remaining text as lines, then the alignment fallback for unruled tables.
enum PageBuilder {
    /// Resolutions tried for ruling lines, lowest first: one pixel per point finds the usual
    /// 0.5–1 pt borders; the second pass is for hairlines, and only runs when the first saw a
    /// line but no table.
    static let renderScales = [1.0, 2.0]

    /// - Parameter alwaysRender: render the page even when its text does not suggest a table (a
    ///   table that goes on at the head of the next page starts on this one).
    static func build(_ page: PopplerPageHandle, number: Int, alwaysRender: Bool = false) -> PageLayout {
        var glyphs = page.glyphs()
        // Bidirectional controls and other format characters poppler writes around right-to-left
        // text are no text, and their boxes (spanning whole runs) would cover rules and cells.
        glyphs.removeAll { $0.scalar.value >= 0xAD && $0.scalar.properties.generalCategory == .format }
        // A form lying on its side is turned upright first, glyphs now and its rendering below.
        let orientation = PageOrientation.detect(glyphs)
        orientation.turn(&glyphs, width: page.width, height: page.height)
        let size = orientation.size(width: page.width, height: page.height)
        return build(glyphs: glyphs, width: size.width, height: size.height, number: number,
                     alwaysRender: alwaysRender) { scale in page.render(scale: scale).map { orientation.turn($0) } }
    }

    /// The same for glyphs from elsewhere (OCR of a scanned page), with `render` giving the
    /// page's ink at a scale: a scan's words and rules go through the same steps as a text layer's.
    ///
    /// - Parameter glyphsFromInk: the glyphs were measured on the ink (OCR) and `render` gives
    ///   the rules alone, their text already erased: no glyph is moved onto its ink or masked.
    static func build(glyphs: [Glyph], width: Double, height: Double, number: Int, alwaysRender: Bool,
                      glyphsFromInk: Bool = false, render renderPage: (Double) -> InkMap?) -> PageLayout {
        var glyphs = glyphs
        Glyph.assignLineEms(&glyphs)
        guard glyphs.contains(where: { !$0.isSpace }) else {
            return PageLayout(number: number, width: width, height: height, items: [], hasText: false,
                              rendered: false)
        }
        let allRuns = RunBuilder.runs(from: glyphs)
        var tables: [PageTable] = []
        var taken = [Bool](repeating: false, count: glyphs.count)
        let render = alwaysRender || TableSuspicion.suggestsTable(allRuns, pageHeight: height)
        if render {
            for (pass, scale) in renderScales.enumerated() {
                guard let ink = renderPage(scale) else { break }
                // Boxes set on their ink before the mask and the cells use them (a shift does
                // not depend on the resolution, so once is enough).
                if pass == 0 && !glyphsFromInk { InkAlignment.align(&glyphs, to: ink) }
                let segments = RuleDetector.segments(in: ink, masking: glyphsFromInk ? [] : glyphs)
                let found = RuledTableBuilder.tables(from: segments, glyphs: glyphs, page: number,
                                                         pageHeight: height)
                if !found.tables.isEmpty {
                    tables = found.tables
                    taken = found.taken
                    break
                }
                if segments.isEmpty { break }
            }
        }
        let rest = zip(glyphs, taken).filter { !$0.1 }.map(\.0)
        let lines = LineBuilder.lines(from: RunBuilder.runs(from: rest), page: number)
        let fallback = UnruledTableFinder.find(in: lines, page: number)
        var items = fallback.rest.map(PageLayout.Item.line)
        items += (tables + fallback.tables).map(PageLayout.Item.table)
        items.sort { $0.top < $1.top }
        return PageLayout(number: number, width: width, height: height, items: items, hasText: true,
                          rendered: render)
    }
}
