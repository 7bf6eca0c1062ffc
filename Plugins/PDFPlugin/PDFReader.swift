internal import CPoppler
import Foundation
import ReportCore
import ReportModel

/// Reads a whole PDF into a `Document`, one page at a time.
///
/// The poppler document lives only inside `read`: opened, walked page by page (each page's C
/// objects freed before the next is loaded, so memory stays flat on long files) and released
/// before the Sendable result is returned.
enum PDFReader {
    /// - Parameter maximumGlyphs: `PDFLimits.maximumDocumentGlyphs`; smaller in tests.
    static func read(data: Data, fileName: String, ocr mode: OCRMode = .auto,
                     maximumGlyphs: Int = PDFLimits.maximumDocumentGlyphs) throws -> Document {
        // What each page would cost, from the file's own objects, before poppler runs any of it.
        // Made before poppler loads the file, so that the scan's object table is freed before
        // poppler's own structures are built and the two are never held together; its verdict
        // is given after poppler's own errors, as before.
        let estimate = PDFWorkEstimate(data)
        #if canImport(Glibc)
        // glibc keeps the freed object table (hundreds of thousands of small allocations on a
        // large file) in its heap, so without this the process would stay at the scan's peak.
        malloc_trim(0)
        #endif
        let document: PopplerDocumentHandle
        do {
            document = try PopplerDocumentHandle(data: data)
        } catch .needsPassword(let reason) {
            throw ConversionError.unreadable(file: fileName, format: "pdf",
                                             reason: "the PDF is encrypted and needs a password (\(reason))")
        } catch .damaged(let reason) {
            throw ConversionError.unreadable(file: fileName, format: "pdf", reason: "damaged or truncated PDF: \(reason)")
        } catch .unavailable(let error) {
            throw ConversionError.unreadable(file: fileName, format: "pdf", reason: "\(error)")
        }
        let pageCount = document.pageCount
        guard pageCount > 0 else {
            throw ConversionError.unreadable(file: fileName, format: "pdf", reason: "the PDF has no pages")
        }

        if estimate.tooManyObjects {
            throw ConversionError.unreadable(file: fileName, format: "pdf",
                                             reason: "the PDF holds more than \(PDFLimits.maximumObjects) objects")
        }
        let work = estimate.pages?.count == pageCount ? estimate.pages : nil
        let unmappedReason = work == nil ? estimate.worstForm.skipReason.map {
            "the page tree could not be read and a form in the file is too costly: \($0)"
        } : nil

        var layouts: [PageLayout] = []
        var diagnostics: [ReportWarning] = []
        var scannedPages: [Int] = []
        var ocrPages: [Int] = []
        // Loaded on the first page that needs it; a failure to load is said once.
        var engine: Result<TesseractEngine, Error>?
        var glyphsRead = 0
        for index in 0..<pageCount {
            let number = index + 1
            if glyphsRead > maximumGlyphs {
                let pages = number == pageCount ? "page \(number) was" : "pages \(number)–\(pageCount) were"
                diagnostics.append(ReportWarning(
                    code: "document-too-large", severity: .error,
                    message: "\(pages) not read: \(index == 1 ? "page 1 holds" : "pages 1–\(index) hold") more than \(maximumGlyphs.formatted()) characters, the most one report is read up to",
                    page: number))
                break
            }
            if let reason = work?[index].skipReason ?? unmappedReason {
                diagnostics.append(ReportWarning(code: "page-too-complex",
                                                 message: "page \(number) was skipped because \(reason)", page: number))
                layouts.append(PageLayout(number: number, width: 0, height: 0, items: [], hasText: false, rendered: false))
                continue
            }
            let renderSkipReason = work?[index].renderSkipReason
            guard let page = document.page(at: index) else {
                diagnostics.append(ReportWarning(code: "page-unreadable", message: "page \(number) could not be read",
                                                 page: number))
                continue
            }
            // A page that draws enough lines for a ruled table is rendered before its text is
            // read: poppler-glib reads the text of a page it renders in the same pass and keeps
            // it, so the page is interpreted once instead of twice (text, then rendering).
            let firstRendering = mode != .always && work?[index].likelyRuled == true
                ? page.render(scale: PageBuilder.renderScales[0]) : nil
            let read = page.glyphs()
            glyphsRead += read.glyphs.count
            let verdict = mode == .always ? .unusable
                : TextLayerCheck.verdict(read.glyphs, largestImageCoverage: page.largestImageCoverage())
            // A page too costly to render is not rendered for OCR either.
            if verdict != .usable, mode != .never, renderSkipReason == nil {
                if engine == nil { engine = Result { try TesseractEngine() } }
                switch engine! {
                case .success(let tesseract):
                    if let ocr = OCRPageReader.read(page, number: number, engine: tesseract) {
                        let what = verdict == .missing ? "has no text layer" : "has no usable text layer"
                        diagnostics.append(ReportWarning(
                            code: "ocr-page",
                            message: "page \(number) \(what); read by OCR, mean confidence \(String(format: "%.2f", ocr.meanConfidence))",
                            page: number))
                        diagnostics += ocr.warnings
                        ocrPages.append(number)
                        layouts.append(ocr.layout)
                        continue
                    }
                    diagnostics.append(ReportWarning(code: "ocr-failed", severity: .error,
                                                     message: "page \(number) could not be rendered for OCR", page: number))
                case .failure(let error):
                    if !diagnostics.contains(where: { $0.code == "ocr-unavailable" }) {
                        diagnostics.append(ReportWarning(code: "ocr-unavailable", severity: .error,
                                                         message: "OCR is unavailable: \(error)", page: number))
                    }
                }
            }
            // A page after one that ends with a ruled table is rendered: the table may go on at
            // its head with a row that does not look like one (a form's 总分 row alone there).
            let continuesTable = layouts.last.map { $0.number == index && $0.rendered && $0.closesWithRuledTable } ?? false
            let layout = PageBuilder.build(page, number: number, alwaysRender: continuesTable,
                                           renderSkipReason: renderSkipReason, read: read,
                                           firstRendering: firstRendering)
            // A table at the head of this page may have begun on the page before, though the
            // few lines of it there did not look like one: read that page again with its
            // rendering.
            if layout.opensWithRuledTable, let previous = layouts.last, previous.number == index,
               previous.hasText, !previous.rendered, !ocrPages.contains(index), work?[index - 1].renderSkipReason == nil,
               let previousPage = document.page(at: index - 1) {
                layouts[layouts.count - 1] = PageBuilder.build(previousPage, number: index, alwaysRender: true)
            }
            if !layout.hasText && page.hasImages() {
                scannedPages.append(number)
                diagnostics.append(ReportWarning(code: "no-text-layer", message: "page \(number) has no text layer",
                                                 page: number))
            }
            layouts.append(layout)
        }
        // After the loop: a page built twice (rendered the second time) reports once.
        diagnostics += layouts.flatMap(\.warnings)
        let ocr = ocrPages.isEmpty ? nil
            : OCRInfo(engine: "tesseract \(TesseractEngine.version)", languages: TesseractEngine.languages, pages: ocrPages)
        guard layouts.contains(where: \.hasText) else {
            // A wholly scanned PDF read without OCR: no blocks, only the per-page warnings. Core
            // reports the file as failed and keeps the warnings in the report it writes; a PDF
            // with no text and no images is simply empty.
            guard !scannedPages.isEmpty || !ocrPages.isEmpty else {
                if let skipped = diagnostics.first(where: { $0.code == "page-too-complex" }) {
                    throw ConversionError.unreadable(file: fileName, format: "pdf", reason: "no page could be read: \(skipped.message)")
                }
                throw ConversionError.noContent(file: fileName, reason: "no page has any text")
            }
            return Document(blocks: [], encoding: nil, pages: pageCount, diagnostics: diagnostics, ocr: ocr)
        }
        let blocks = BlockAssembler(pages: layouts).blocks()
        return Document(blocks: blocks, encoding: nil, pages: pageCount, diagnostics: diagnostics, ocr: ocr)
    }
}
