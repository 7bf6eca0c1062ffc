import ReportModel

/// The outcome of the structure pass, before interpretation.
struct StructuredBody {
    /// Title line found at the head of the document, if any.
    var title: String?
    /// A file name standing for the title (`…绩效自评表.xlsx` → `…绩效自评表`), used when the
    /// document has no title or form caption of its own.
    var fallbackTitle: String?
    /// Metadata read from label lines.
    var metadata: MetadataLineReader
    /// What the file declares outside its text, for what the text leaves unsaid.
    var declared = DeclaredMetadata()
    /// Body lines (furniture, metadata and title removed) and tables, in reading order.
    var items: [BodyItem]
    /// Every non-blank body line's text, in order, for interpreters that read prose.
    var bodyLines: [String] {
        items.compactMap { if case .line(let l) = $0, !l.isBlank { return l.text } else { return nil } }
    }
}
