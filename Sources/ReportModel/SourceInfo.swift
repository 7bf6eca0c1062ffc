/// Where a report came from: the input file and how it was read.
public struct SourceInfo: Codable, Sendable, Equatable {
    /// The input's file name, without folders.
    public var file: String
    /// Id of the plugin that read it (`text`, `html`, `pdf`, …).
    public var format: String
    /// Lowercase hex SHA-256 of the input bytes.
    public var sha256: String
    /// Text encoding used to decode (`UTF-8`, `UTF-16LE`, `GB18030`, …); nil for PDF.
    public var encoding: String?
    /// Page count where the format has pages.
    public var pages: Int?
    /// The web address the document states it was published at (a 来源/链接 line, a page's
    /// canonical link or `og:url`, the address a browser printed in the footer), or nil.
    public var url: String?

    public init(file: String, format: String, sha256: String, encoding: String? = nil, pages: Int? = nil,
                url: String? = nil) {
        self.file = file
        self.format = format
        self.sha256 = sha256
        self.encoding = encoding
        self.pages = pages
        self.url = url
    }

    enum CodingKeys: String, CodingKey { case file, format, sha256, encoding, pages, url }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(format, forKey: .format)
        try c.encode(sha256, forKey: .sha256)
        try c.encode(encoding, forKey: .encoding)
        try c.encode(pages, forKey: .pages)
        try c.encode(url, forKey: .url)
    }
}
