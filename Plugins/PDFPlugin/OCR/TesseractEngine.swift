internal import CTesseract
import Foundation

/// One character Tesseract read, in the pixels of the image it was given.
struct OCRSymbol: Sendable {
    var text: String
    /// The character's own box.
    var left: Int, top: Int, right: Int, bottom: Int
    /// The box of the text line it stands in: the line's height is the characters' em.
    var lineTop: Int, lineBottom: Int
    /// Counts Tesseract's text lines from 0, in its reading order.
    var line: Int
    /// Counts words from 0 across the page: a new word in a Latin line is a space.
    var word: Int
    /// The word's confidence, 0–1.
    var confidence: Double
    /// What Tesseract read, where a correction replaced it (`DomainWords`, `ListNumbers`): the
    /// low-confidence warning says what was read, the correction's warning what it became.
    var misread: String? = nil
}

/// Owns one Tesseract engine (`TessBaseAPI`), loaded with Simplified Chinese.
///
/// An engine is not thread-safe and takes a while to load its language data, so a document's
/// reader makes one on its first scanned page, reuses it for the others, and frees it with the
/// document (an engine left to the end of the process makes Tesseract's caches complain at exit).
final class TesseractEngine {
    /// `TessBaseAPI *`, owned: ended and deleted in `deinit`.
    private let api: OpaquePointer
    private let lib: TesseractLibrary
    /// The language model loaded. Simplified Chinese alone: it reads the digits and Latin letters
    /// of these forms too, while `chi_sim+eng` let the English model take over short cells and
    /// read Chinese as Latin gibberish.
    static let languages = "chi_sim"

    enum Failure: Error, CustomStringConvertible {
        case noLanguageData(searched: [String])
        case initFailed(String)

        var description: String {
            switch self {
            case .noLanguageData(let searched):
                "Tesseract's Chinese language data is missing (chi_sim.traineddata; looked in "
                    + searched.joined(separator: ", ")
                    + "): install the Debian package tesseract-ocr-chi-sim, or set TESSDATA_PREFIX"
            case .initFailed(let path): "Tesseract could not load its language data from '\(path)'"
            }
        }
    }

    /// Tesseract's version, for `source.ocr` (asked only once an engine has read a page).
    static var version: String {
        guard case .success(let lib) = TesseractLibrary.shared, let text = lib.version() else { return "unknown" }
        return String(cString: text)
    }

    init() throws {
        let dataPath = try Self.dataPath()
        let lib = try TesseractLibrary.shared.get()
        guard let api = lib.create() else { throw Failure.initFailed(dataPath) }
        guard lib.initialize(api, dataPath, Self.languages) == 0 else {
            lib.delete(api)
            throw Failure.initFailed(dataPath)
        }
        // Keep the runs of spaces Tesseract sees between words (cells of a row set apart).
        _ = lib.setVariable(api, "preserve_interword_spaces", "1")
        // Keep a text line of one character: a table cell's wrapped last character (`率` of
        // `准确\n率`, `日` of `工作\n日`) stands alone on its line, and Tesseract's noise filter
        // drops such rows as specks, so the name lost its last character and no longer matched.
        _ = lib.setVariable(api, "textord_noise_rejrows", "0")
        lib.setPageSegMode(api, PSM_AUTO)
        self.api = api
        self.lib = lib
    }

    deinit {
        lib.end(api)
        lib.delete(api)
    }

    /// The folder holding the language data: `TESSDATA_PREFIX` when set, else Debian's places
    /// for Tesseract 5 and 4.
    static func dataPath() throws -> String {
        var candidates: [String] = []
        if let prefix = ProcessInfo.processInfo.environment["TESSDATA_PREFIX"], !prefix.isEmpty {
            candidates += [prefix, (prefix as NSString).appendingPathComponent("tessdata")]
        }
        candidates += ["/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
                       "/usr/share/tessdata"]
        let fm = FileManager.default
        for folder in candidates
        where fm.fileExists(atPath: (folder as NSString).appendingPathComponent("\(languages).traineddata")) {
            return folder
        }
        throw Failure.noLanguageData(searched: candidates)
    }

    /// What Tesseract is given to read: a whole page, whose layout it analyses itself, or one
    /// block of text within it (a table cell), read as one block of lines.
    enum Region {
        case page
        /// Pixels of the image: left, top, width, height.
        case block(left: Int, top: Int, width: Int, height: Int)
    }

    /// Reads `image` (at `ppi` pixels per inch) and returns its characters in reading order, their
    /// boxes in the pixels of the whole image.
    func recognize(_ image: PageImage, ppi: Int, region: Region = .page) -> [OCRSymbol] {
        guard case .block(let left, let top, let width, let height) = region else {
            return read(image, ppi: ppi, mode: PSM_AUTO)
        }
        // A cell is read as an image of its own, framed in white, not as a rectangle of the page:
        // text touching the cell's borders gets paper around it, and Tesseract sizes and
        // thresholds the cell's lines alone. At three quarters of the page's resolution: on
        // scans of the samples' twins this read `100%` without digits from the sign's rings and
        // a line of ideographs without phantom characters more often than full resolution did
        // (indicator recall on eight scans not tuned on: 0.59 at 1, 0.58 at 0.75, but funds
        // 0.41 at 1 and 0.74 at 0.75).
        let scale = Self.cellScale, border = Self.cellBorder
        guard let cell = image.cell(left: left, top: top, width: width, height: height, scale: scale, border: border) else {
            return []
        }
        func back(_ value: Int, _ origin: Int) -> Int { origin + Int((Double(value - border) / scale).rounded()) }
        // A cell's text is one block: the page layout analysis, made for columns and paragraphs,
        // splits a cell's short lines apart or runs neighbouring cells together.
        return read(cell, ppi: Int((Double(ppi) * scale).rounded()), mode: PSM_SINGLE_BLOCK).map { symbol in
            var symbol = symbol
            symbol.left = back(symbol.left, left)
            symbol.right = back(symbol.right, left)
            symbol.top = back(symbol.top, top)
            symbol.bottom = back(symbol.bottom, top)
            symbol.lineTop = back(symbol.lineTop, top)
            symbol.lineBottom = back(symbol.lineBottom, top)
            return symbol
        }
    }

    /// The scale a table cell is read at, of the page's resolution (see `recognize`).
    static let cellScale = 0.75
    /// The white pixels framing a cell read on its own.
    static let cellBorder = 10

    /// Reads a whole image in the given page segmentation mode.
    private func read(_ image: PageImage, ppi: Int, mode: TessPageSegMode) -> [OCRSymbol] {
        lib.setImage(api, image.pix)
        lib.setSourceResolution(api, Int32(ppi))
        defer { lib.clear(api) }
        lib.setPageSegMode(api, mode)
        guard lib.recognize(api, nil) == 0, let iterator = lib.getIterator(api) else { return [] }
        defer { lib.resultIteratorDelete(iterator) }
        let page = lib.pageIterator(iterator)

        var symbols: [OCRSymbol] = []
        var line = -1, word = -1
        var lineTop = 0, lineBottom = 0
        var wordConfidence = 0.0
        repeat {
            if lib.isAtBeginningOf(page, RIL_TEXTLINE) != 0 {
                line += 1
                var l: Int32 = 0, t: Int32 = 0, r: Int32 = 0, b: Int32 = 0
                if lib.boundingBox(page, RIL_TEXTLINE, &l, &t, &r, &b) != 0 {
                    lineTop = Int(t)
                    lineBottom = Int(b)
                }
            }
            if lib.isAtBeginningOf(page, RIL_WORD) != 0 {
                word += 1
                wordConfidence = Double(lib.confidence(iterator, RIL_WORD)) / 100
            }
            guard let cText = lib.utf8Text(iterator, RIL_SYMBOL) else { continue }
            let text = String(cString: cText)
            lib.deleteText(cText)
            var l: Int32 = 0, t: Int32 = 0, r: Int32 = 0, b: Int32 = 0
            guard !text.isEmpty, lib.boundingBox(page, RIL_SYMBOL, &l, &t, &r, &b) != 0 else { continue }
            symbols.append(OCRSymbol(text: text, left: Int(l), top: Int(t), right: Int(r), bottom: Int(b),
                                     lineTop: min(lineTop, Int(t)), lineBottom: max(lineBottom, Int(b)),
                                     line: line, word: word, confidence: max(0, min(1, wordConfidence))))
        } while lib.next(iterator, RIL_SYMBOL) != 0
        return symbols
    }
}
