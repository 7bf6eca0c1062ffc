import ReportModel

/// The outcome of the structure pass, before interpretation.
struct StructuredBody {
    /// Title line found at the head of the document, if any.
    var title: String?
    /// Metadata read from label lines.
    var metadata: MetadataLineReader
    /// Body lines (furniture, metadata and title removed) and tables, in reading order.
    var items: [BodyItem]
    /// Every non-blank body line's text, in order, for interpreters that read prose.
    var bodyLines: [String] {
        items.compactMap { if case .line(let l) = $0, !l.isBlank { return l.text } else { return nil } }
    }
}
