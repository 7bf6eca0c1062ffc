import ReportModel

/// Reads one page: glyphs, then (where the layout suggests one) ruled tables from a rendering,
/// then the remaining text as lines, then the alignment fallback for unruled tables.
enum PageBuilder {
    /// Resolutions tried for ruling lines, lowest first: one pixel per point finds the usual
    /// 0.5–1 pt borders; the second pass is for hairlines, and only runs when the first saw a
    /// line but no table.
    static let renderScales = [1.0, 2.0]

    /// - Parameter alwaysRender: render the page even when its text does not suggest a table (a
    ///   table that goes on at the head of the next page starts on this one).
    /// - Parameter renderSkipReason: why the page must not be rendered (`PDFWorkEstimate`).
    /// - Parameter read: the page's glyphs when the caller has read them already.
    /// - Parameter firstRendering: the page rendered at `renderScales[0]` when the caller has
    ///   rendered it already (before reading its text, so that poppler read both in one pass).
    static func build(_ page: PopplerPageHandle, number: Int, alwaysRender: Bool = false,
                      renderSkipReason: String? = nil, read: (glyphs: [Glyph], truncated: Bool)? = nil,
                      firstRendering: InkMap? = nil) -> PageLayout {
        var (glyphs, truncated) = read ?? page.glyphs()
        // Bidirectional controls and other format characters poppler writes around right-to-left
        // text are no text, and their boxes (spanning whole runs) would cover rules and cells.
        glyphs.removeAll { $0.scalar.value >= 0xAD && $0.scalar.properties.generalCategory == .format }
        // A form lying on its side is turned upright first, glyphs now and its rendering below.
        let orientation = PageOrientation.detect(glyphs)
        orientation.turn(&glyphs, width: page.width, height: page.height)
        let size = orientation.size(width: page.width, height: page.height)
        return build(glyphs: glyphs, truncated: truncated, width: size.width, height: size.height, number: number,
                     alwaysRender: alwaysRender, renderSkipReason: renderSkipReason) { scale in
            let ink = scale == renderScales[0] ? firstRendering ?? page.render(scale: scale) : page.render(scale: scale)
            return ink.map { orientation.turn($0) }
        }
    }

    /// The same from glyphs read elsewhere and a renderer: a scanned page's OCR, or the layout
    /// fuzzer's drawn rules. A scan's words and rules go through the same steps as a text layer's.
    ///
    /// - Parameter glyphsFromInk: the glyphs were measured on the ink (OCR) and `render` gives
    ///   the rules alone, their text already erased: no glyph is moved onto its ink or masked.
    /// - Parameter readCell: reads a ruled table's cell anew from its box (OCR, cell by cell).
    static func build(glyphs: [Glyph], truncated: Bool = false, width: Double, height: Double, number: Int,
                      alwaysRender: Bool = false, renderSkipReason: String? = nil, glyphsFromInk: Bool = false,
                      readCell: ((Rect) -> [Glyph]?)? = nil, render: (Double) -> InkMap?) -> PageLayout {
        var glyphs = glyphs
        var warnings: [ReportWarning] = []
        if truncated {
            warnings.append(ReportWarning(
                code: "page-too-complex",
                message: "page \(number) holds more than \(PDFLimits.maximumGlyphsPerPage) characters; only the first \(PDFLimits.maximumGlyphsPerPage) were read",
                page: number))
        }
        Glyph.assignLineEms(&glyphs)
        guard glyphs.contains(where: { !$0.isSpace }) else {
            return PageLayout(number: number, width: width, height: height, items: [], hasText: false,
                              rendered: false, warnings: warnings)
        }
        let allRuns = RunBuilder.runs(from: glyphs)
        var tables: [PageTable] = []
        var taken = [Bool](repeating: false, count: glyphs.count)
        var shouldRender = alwaysRender || TableSuspicion.suggestsTable(allRuns, pageHeight: height)
        if shouldRender, let renderSkipReason {
            warnings.append(ReportWarning(
                code: "page-too-complex",
                message: "page \(number) was not rendered because \(renderSkipReason); its ruling lines were not looked for, so its tables are read as text",
                page: number))
            shouldRender = false
        }
        if shouldRender {
            for (pass, scale) in renderScales.enumerated() {
                guard let ink = render(scale) else {
                    if pass == 0 {
                        warnings.append(ReportWarning(
                            code: "page-too-large",
                            message: "page \(number) is too large to render (\(Int(width)) × \(Int(height)) pt); its ruling lines were not looked for, so its tables are read as text",
                            page: number))
                    }
                    break
                }
                // Boxes set on their ink before the mask and the cells use them (a shift does
                // not depend on the resolution, so once is enough).
                if pass == 0 && !glyphsFromInk { InkAlignment.align(&glyphs, to: ink) }
                let segments = RuleDetector.segments(in: ink, masking: glyphsFromInk ? [] : glyphs)
                let found = RuledTableBuilder.tables(from: segments, glyphs: glyphs, page: number,
                                                         pageHeight: height, readCell: readCell)
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
                          rendered: shouldRender, warnings: warnings)
    }
}
