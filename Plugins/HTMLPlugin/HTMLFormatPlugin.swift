public import Foundation
public import ReportCore
import ReportModel

/// Web pages: government report pages as saved or scraped, tag soup included.
///
/// Decoding happens in three steps, each in its own type: `HTMLCharset` decides the charset and
/// transcodes to UTF-8 (libxml2's own charset handling loses text); `LibXMLDocument` parses with
/// libxml2's forgiving HTML parser and copies the tree into Swift values (`HTMLTree`);
/// `HTMLBlockReader` drops furniture and produces blocks, with `HTMLTableReader` for tables.
/// Interpretation (headings by numbering, metadata labels, funds, indicators) is core's.
public struct HTMLFormatPlugin: FormatPlugin {
    public let id = "html"
    public let name = "HTML web page"
    public let fileExtensions = ["html", "htm", "shtml", "xhtml"]
    public let mediaTypes = ["text/html", "application/xhtml+xml"]
    /// Every byte may become text held through to the export.
    public let maximumInputBytes = InputLimits.maximumTextBytes

    public init() {}

    /// True when the file starts with markup and a page-level tag (`<!DOCTYPE html`, `<html`,
    /// `<head`, `<body`, `<meta`, `<title`, `<table`) occurs near the start, in UTF-8, GB18030
    /// or UTF-16, with or without a BOM.
    public func sniff(_ prefix: Data) -> Bool {
        HTMLSniffer.looksLikeHTML(prefix)
    }

    /// Reads a page.
    ///
    /// - Throws: `ConversionError.empty` for a 0-byte file, `.noContent` when nothing but
    ///   markup, white space or furniture is left, `.unreadable` when libxml2 cannot build a
    ///   document.
    public func read(_ input: SourceInput) throws -> Document {
        guard !input.data.isEmpty else { throw ConversionError.empty(file: input.fileName) }
        let decoded = HTMLCharset.decode(input.data)
        // Random or binary bytes named .html parse as tag soup all the same (libxml2 recovers
        // from anything); a page is text, so most of its bytes must read as text.
        if !decoded.encoding.hasPrefix("UTF-16") {
            let share = TextEvidence.textShare([UInt8](input.data), gb: decoded.encoding == "GB18030")
            if share < TextDecoding.minimumTextShare {
                throw ConversionError.unreadable(
                    file: input.fileName, format: id,
                    reason: "not an HTML page: most of it is not text (only \(Int(share * 100))% of the bytes read as text)")
            }
        }
        var diagnostics = decoded.warnings
        let (withoutSubset, removedSubset) = HTMLDoctype.removingInternalSubset(Array(decoded.text.utf8))
        let bytes = HTMLConditionalComments.removingMarkers(withoutSubset).bytes
        if removedSubset {
            diagnostics.append(ReportWarning(
                code: "doctype-subset-ignored", severity: .warning,
                message: "the DOCTYPE declares an internal subset (entity or element declarations); HTML does not use one, so it was ignored and its entities were not expanded"))
        }
        let tree: HTMLTree
        do {
            let document = try LibXMLDocument(utf8: bytes)
            tree = document.tree()
        } catch {
            throw ConversionError.unreadable(file: input.fileName, format: id,
                                             reason: "libxml2 could not build a document from the page")
        }
        var reader = HTMLBlockReader(tree: tree)
        let blocks = reader.read()
        guard !blocks.isEmpty else {
            let reason = tree.nodes.contains { $0.isText && HTMLTextMetrics.visibleCount($0.text) > 0 }
                ? "the page holds only navigation, scripts, hidden text and other page furniture"
                : "the page holds no text"
            throw ConversionError.noContent(file: input.fileName, reason: reason)
        }
        return Document(blocks: blocks, encoding: decoded.encoding, pages: nil, diagnostics: diagnostics,
                        sourceURL: HTMLCanonicalURL.find(in: tree), declared: HTMLDeclaredMetadata.find(in: tree))
    }
}
