import Foundation
import ReportCore

/// PDF through poppler-glib: text in reading order from glyph geometry, headings by size,
/// running headers and footers, and tables from ruling lines (with merged cells, and tables
/// continuing over pages joined), with an alignment fallback for tables without lines.
public struct PDFFormatPlugin: FormatPlugin {
    public let id = "pdf"
    public let name = "PDF (poppler)"
    public let fileExtensions = ["pdf"]
    public let mediaTypes = ["application/pdf"]

    /// When scanned pages are read by OCR.
    public let ocr: OCRMode

    public init(ocr: OCRMode = .auto) {
        self.ocr = ocr
    }

    /// `%PDF-` within the first kilobyte: the specification allows junk before the header, and
    /// readers accept it there.
    public func sniff(_ prefix: Data) -> Bool {
        let window = prefix.prefix(1024)
        let signature = Data("%PDF-".utf8)
        return window.range(of: signature) != nil
    }

    public func read(_ input: SourceInput) throws -> Document {
        try PDFReader.read(data: input.data, fileName: input.fileName, ocr: ocr)
    }
}
