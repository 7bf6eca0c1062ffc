import Foundation
import ReportModel

/// Reads a scanned page: renders it for OCR, straightens it, lets Tesseract read its characters,
/// and hands them as glyphs, with the straightened image as the page's ink, to the same
/// `PageBuilder` steps a text layer goes through (lines, reading order, ruled tables).
enum OCRPageReader {
    /// Pixels per inch for recognition: Tesseract is trained on text of about this resolution.
    static let ppi = 300
    /// Lines at least this long (points) are erased before recognition: longer than any stroke
    /// of 10.5 pt body text, shorter than the border of a one-line table row.
    static let eraseLength = 11.0
    /// Pixels kept off a cell's borders when it is read alone: what erasing its rules left of
    /// their antialiased edges is no text.
    static let cellInset = 3
    /// Words read with less confidence than this get a warning of their own.
    static let lowConfidence = 0.6

    struct Result {
        var layout: PageLayout
        /// The mean confidence of the page's words, weighted by their characters (0–1).
        var meanConfidence: Double
        var warnings: [ReportWarning]
    }

    static func read(_ page: PopplerPageHandle, number: Int, engine: TesseractEngine) -> Result? {
        let sourceScale = Double(ppi) / 72
        guard let rendered = page.render(scale: sourceScale), let image = PageImage(rendered) else { return nil }
        let (straight, angle) = image.deskewed()
        // Tesseract's boxes are in the pixels of the image it read; glyphs are in points.
        // Tesseract reads text, not tables: a cell's borders break its layout analysis into
        // fragments and are read as `|` or `[`. It reads the page with every line longer than
        // body text's strokes erased (the rules are read on their own below).
        let borders = straight.ruleLines(length: Int((eraseLength * sourceScale).rounded(.up)))
        let text = borders.flatMap { straight.erasing($0) } ?? straight
        var symbols = engine.recognize(text, ppi: ppi).filter { !isPieceOfRule($0, in: straight) }
        PercentSigns.clean(&symbols, in: text)
        ComparisonSigns.restore(&symbols, in: text)
        BracketPairs.restore(&symbols)
        let pageCorrections = ListNumbers.restore(&symbols) + DomainWords.correct(&symbols)
        var corrections: [DomainWords.Correction] = []
        let glyphs = self.glyphs(from: symbols, scale: sourceScale)
        // The rule finder reads the scan's lines alone, its text erased (see `ruleLines`).
        let em = glyphs.first { !$0.isSpace }?.fontSize ?? 10.5
        let rules = straight.ruleLines(length: Int((1.3 * em * sourceScale).rounded(.up))) ?? straight
        var inks: [Double: InkMap] = [:]
        // A ruled table's cells are read again one at a time, each as a block of its own: the
        // page's layout analysis cuts a cell's wrapped lines apart, runs neighbouring cells into
        // one line and reads short cells (an operator and a figure) without the context of the
        // line around them. What is read in the cells replaces the page's reading of them.
        var cellSymbols: [OCRSymbol] = []
        let pageLines = symbols.map(\.line).max() ?? -1, pageWords = symbols.map(\.word).max() ?? -1
        let pageEm = glyphs.first { !$0.isSpace }?.fontSize
        let readCell = { (frame: Rect) -> [Glyph]? in
            let inset = cellInset
            let left = Int((frame.x0 * sourceScale).rounded()) + inset, top = Int((frame.y0 * sourceScale).rounded()) + inset
            let right = Int((frame.x1 * sourceScale).rounded()) - inset, bottom = Int((frame.y1 * sourceScale).rounded()) - inset
            guard right - left >= 8, bottom - top >= 8 else { return nil }
            var symbols = engine.recognize(text, ppi: ppi, region: .block(left: left, top: top, width: right - left,
                                                                            height: bottom - top))
                .filter { !isPieceOfRule($0, in: straight) }
            PercentSigns.clean(&symbols, in: text)
            ComparisonSigns.restore(&symbols, in: text)
            BracketPairs.restore(&symbols)
            corrections += ListNumbers.restore(&symbols) + DomainWords.correct(&symbols)
            guard !symbols.isEmpty else { return nil }
            // Tesseract counts lines and words from 0 in every cell: number them on from the
            // cells before, so the words of two cells are never taken for one.
            let lineBase = (cellSymbols.last?.line ?? pageLines) + 1, wordBase = (cellSymbols.last?.word ?? pageWords) + 1
            for i in symbols.indices {
                symbols[i].line += lineBase
                symbols[i].word += wordBase
            }
            cellSymbols += symbols
            return self.glyphs(from: symbols, scale: sourceScale, em: pageEm, centredOnLines: true)
        }
        let layout = PageBuilder.build(glyphs: glyphs, width: page.width, height: page.height, number: number,
                                       alwaysRender: true, glyphsFromInk: true, readCell: readCell) { scale in
            if let ink = inks[scale] { return ink }
            let ink = rules.inkMap(sourceScale: sourceScale, scale: scale)
            inks[scale] = ink
            return ink
        }

        var warnings: [ReportWarning] = []
        if let angle {
            warnings.append(ReportWarning(code: "ocr-deskewed", severity: .info,
                                          message: "page \(number) was scanned \(String(format: "%.1f", abs(angle)))° askew and straightened before OCR",
                                          page: number))
        }
        // The characters the report holds: the page's outside its tables, and the cells' own.
        let tableBoxes = layout.items.compactMap { item -> Rect? in
            if case .table(let table) = item { table.box } else { nil }
        }
        let read = symbols.filter { symbol in
            let x = Double(symbol.left + symbol.right) / 2 / sourceScale, y = Double(symbol.top + symbol.bottom) / 2 / sourceScale
            return !tableBoxes.contains { $0.contains(x: x, y: y) }
        } + cellSymbols
        warnings += lowConfidenceWarnings(read, glyphScale: sourceScale, layout: layout, page: number)
        // Every word put back from the domain's vocabulary is said, with what was read: the
        // page's outside its tables (their cells were read again), and the cells'.
        let outside = pageCorrections.filter { correction in
            let x = Double(correction.x) / sourceScale, y = Double(correction.y) / sourceScale
            return !tableBoxes.contains { $0.contains(x: x, y: y) }
        }
        warnings += (outside + corrections).map { correction in
            ReportWarning(code: "ocr-corrected", severity: .info,
                          message: "page \(number): OCR read '\(correction.read)' (confidence \(String(format: "%.2f", correction.confidence))), taken as \(correction.word), \(correction.reason); check it against the scan",
                          page: number)
        }
        let weights = read.reduce(0.0) { $0 + Double($1.text.unicodeScalars.count) }
        let weighted = read.reduce(0.0) { $0 + $1.confidence * Double($1.text.unicodeScalars.count) }
        return Result(layout: layout, meanConfidence: weights > 0 ? weighted / weights : 0, warnings: warnings)
    }

    /// Tesseract's characters as glyphs, each in an em box as a text layer's glyphs are: its own
    /// horizontal extent widened by the side bearings an advance box has (the rule finder masks
    /// glyphs by that box less the bearings, so a tight box would leave a character's edge
    /// strokes to pass for rules), and one em high about its own centre — not its text line's
    /// box, which in a table can reach over several rows and their rules. One glyph per scalar,
    /// and a space where two words of a line stand a word space apart: Tesseract cuts numbers
    /// into words too (`3 20`), with no gap between them worth a space.
    /// - Parameter em: the page's em when known (a cell's few characters measure it poorly).
    /// - Parameter centredOnLines: the symbols are one cell's, whose lines Tesseract told apart
    ///   within the cell: each glyph stands at its line's height (the median of the line's
    ///   centres), not its own. Punctuation sits high or low in its em (`“` over the line, `，` under
    ///   it) and a character's box is its ink's: by their own centres the glyphs of one line of a
    ///   wrapped sentence stand at heights up to half an em apart and fall into two lines, read
    ///   each after the other (`…事“一 压时限` / `项 网通办”，缩办理。`). A page's lines are not so
    ///   used: Tesseract's line there may run across a table's rows.
    static func glyphs(from symbols: [OCRSymbol], scale: Double, em: Double? = nil,
                       centredOnLines: Bool = false) -> [Glyph] {
        // The page's em: Chinese characters fill it, so their median size measures it.
        let ideographSizes = symbols.filter { $0.text.unicodeScalars.first?.isIdeograph == true }
            .map { Double(max($0.right - $0.left, $0.bottom - $0.top)) / scale }.sorted()
        let pageEm = em ?? (ideographSizes.isEmpty ? 10.5 : max(4, ideographSizes[ideographSizes.count / 2]))
        let bearing = 0.08 * pageEm
        let lineCentres = centredOnLines ? medianCentres(symbols) : [:]
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(symbols.count)
        var previous: OCRSymbol?
        for symbol in symbols {
            let scalars = Array(symbol.text.unicodeScalars)
            guard !scalars.isEmpty else { continue }
            let ownCentre = Double(symbol.top + symbol.bottom) / 2 / scale
            // A symbol far off its line's height is no part of it (Tesseract joined two lines).
            let lineCentre = lineCentres[symbol.line].map { $0 / scale }
            let centerY = lineCentre.flatMap { abs($0 - ownCentre) <= pageEm ? $0 : nil } ?? ownCentre
            let y0 = centerY - pageEm / 2, y1 = centerY + pageEm / 2
            let left = Double(symbol.left) / scale - bearing
            let right = Double(max(symbol.right, symbol.left + 1)) / scale + bearing
            if let previous, previous.line == symbol.line, previous.word != symbol.word,
               let before = previous.text.unicodeScalars.last, let after = scalars.first,
               !(before.isIdeograph && after.isIdeograph),
               !centredOnLines || !joinsWithoutSpace(before, after),
               Double(symbol.left - previous.right) / scale > wordSpace * pageEm {
                let x0 = Double(previous.right) / scale + bearing
                glyphs.append(Glyph(scalar: " ", box: Rect(x0: x0, y0: y0, x1: max(x0, left), y1: y1), fontSize: pageEm,
                                    bold: false, lineID: Int32(symbol.line)))
            }
            let step = (right - left) / Double(scalars.count)
            for (index, scalar) in scalars.enumerated() {
                let x0 = left + step * Double(index)
                glyphs.append(Glyph(scalar: scalar, box: Rect(x0: x0, y0: y0, x1: x0 + step, y1: y1),
                                    fontSize: pageEm, bold: false, lineID: Int32(symbol.line)))
            }
            previous = symbol
        }
        return glyphs
    }

    /// Whether two characters of a cell's line touch in print whatever gap their ink leaves: next
    /// to CJK punctuation (a full-width comma's ink stands at one side of its em, leaving half an
    /// em blank) or a Chinese quotation mark, next to an ideograph, and after a comparison sign
    /// before its figure (`≥25项`, read by its ink with its side bearings). Only in a cell: on a
    /// page, the gap may be that between two columns of a table without rules.
    static func joinsWithoutSpace(_ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        let quotes: Set<Unicode.Scalar> = ["\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}"]
        if before.isCJK || after.isCJK || quotes.contains(before) || quotes.contains(after) { return true }
        return "≥≤<>=＜＞".unicodeScalars.contains(before) && ("0"..."9").contains(after)
    }

    /// Each of Tesseract's lines' height: the median of its symbols' centres, in pixels.
    static func medianCentres(_ symbols: [OCRSymbol]) -> [Int: Double] {
        var centres: [Int: [Double]] = [:]
        for symbol in symbols { centres[symbol.line, default: []].append(Double(symbol.top + symbol.bottom) / 2) }
        return centres.mapValues { values in
            let sorted = values.sorted()
            return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        }
    }

    /// The narrowest gap between two words, in ems, that is a space: a word space is about a
    /// quarter em; the gaps Tesseract leaves inside a number are a tenth or less.
    static let wordSpace = 0.2

    /// Whether Tesseract read a stretch of a table's border as a character (`|`, `[`, `一`, `_`):
    /// the symbol is a thin stroke, and the ink it lies on goes on well beyond its box on both
    /// sides (a rule does; a character's stroke stops at the character). Such a symbol would hide
    /// the rule from the rule finder and put a stray mark in the cell.
    static func isPieceOfRule(_ symbol: OCRSymbol, in image: PageImage) -> Bool {
        let width = symbol.right - symbol.left, height = symbol.bottom - symbol.top
        let reach = max(8, max(width, height))  // look one character length on each side
        if width * 4 <= height {
            let x = (symbol.left + symbol.right) / 2
            return image.darkShare(column: x, rows: (symbol.top - reach)..<symbol.top) > 0.8
                && image.darkShare(column: x, rows: symbol.bottom..<(symbol.bottom + reach)) > 0.8
        }
        if height * 4 <= width {
            let y = (symbol.top + symbol.bottom) / 2
            return image.darkShare(row: y, columns: (symbol.left - reach)..<symbol.left) > 0.8
                && image.darkShare(row: y, columns: symbol.right..<(symbol.right + reach)) > 0.8
        }
        return false
    }

    /// One warning per word read with low confidence, saying where it stands: it stays in the
    /// report as read, and the reader knows to check it against the scan.
    static func lowConfidenceWarnings(_ symbols: [OCRSymbol], glyphScale: Double, layout: PageLayout,
                                      page: Int) -> [ReportWarning] {
        var words: [(text: String, confidence: Double, x: Double, y: Double)] = []
        var lastWord = -1
        for symbol in symbols where symbol.confidence < lowConfidence {
            let x = Double(symbol.left + symbol.right) / 2 / glyphScale
            let y = Double(symbol.top + symbol.bottom) / 2 / glyphScale
            if symbol.word == lastWord, !words.isEmpty {
                words[words.count - 1].text += symbol.misread ?? symbol.text
            } else {
                words.append((symbol.misread ?? symbol.text, symbol.confidence, x, y))
                lastWord = symbol.word
            }
        }
        let tables = layout.items.compactMap { item -> PageTable? in
            if case .table(let table) = item { table } else { nil }
        }
        return words.map { word in
            var place = "in the text"
            if let (number, table) = tables.enumerated().first(where: { $0.element.box.contains(x: word.x, y: word.y) }) {
                let column = table.columnEdges.lastIndex { $0 <= word.x }.map { min($0 + 1, table.columnCount) } ?? 1
                place = "in table \(number + 1) of the page, column \(column)"
            }
            return ReportWarning(code: "ocr-low-confidence",
                                 message: "page \(page): OCR read '\(word.text)' \(place) with confidence \(String(format: "%.2f", word.confidence)); check it against the scan",
                                 page: page)
        }
    }
}
