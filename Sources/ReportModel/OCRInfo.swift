/// How the pages of a source without a usable text layer were read: `source.ocr`, null when
/// no page was read by OCR.
public struct OCRInfo: Codable, Sendable, Equatable {
    /// The OCR engine and its version (`tesseract 5.3.0`).
    public var engine: String
    /// The language models used, in the engine's form (`chi_sim+eng`).
    public var languages: String
    /// The pages read by OCR, 1-based, ascending.
    public var pages: [Int]

    public init(engine: String, languages: String, pages: [Int]) {
        self.engine = engine
        self.languages = languages
        self.pages = pages
    }

    enum CodingKeys: String, CodingKey { case engine, languages, pages }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(engine, forKey: .engine)
        try c.encode(languages, forKey: .languages)
        try c.encode(pages, forKey: .pages)
    }
}
