import ReportModel

/// The intermediate document every plugin produces and `ReportBuilder` turns into a `Report`.
///
/// It says what a format knows — blocks in reading order, real tables, page furniture it could
/// recognise, provenance — and nothing about reports.
public struct Document: Sendable, Equatable {
    public var blocks: [Block]
    /// The text encoding used to decode, for `source.encoding`; nil for binary formats.
    public var encoding: String?
    /// Page count where the format has pages.
    public var pages: Int?
    /// What the plugin noticed while decoding (bad bytes, a charset mismatch, a page without text).
    public var diagnostics: [ReportWarning]
    /// The address the format itself gives for the document (an HTML page's canonical link or
    /// `og:url`), for `source.url`; core looks for one in the text when this is nil.
    public var sourceURL: String?
    /// The pages read by OCR, for `source.ocr`; nil when none was.
    public var ocr: OCRInfo?
    /// What the file says about itself outside its text (an HTML page's meta tags).
    public var declared: DeclaredMetadata

    public init(blocks: [Block] = [], encoding: String? = nil, pages: Int? = nil, diagnostics: [ReportWarning] = [],
                sourceURL: String? = nil, ocr: OCRInfo? = nil, declared: DeclaredMetadata = DeclaredMetadata()) {
        self.blocks = blocks
        self.encoding = encoding
        self.pages = pages
        self.diagnostics = diagnostics
        self.sourceURL = sourceURL
        self.ocr = ocr
        self.declared = declared
    }
}
