/// What a file declares about itself outside its text: an HTML page's meta tags of the national
/// standard for government web pages (政府网站网页设置规范: `ArticleTitle`, `PubDate`,
/// `ContentSource`). Core uses each only where the text itself says nothing: the text is what
/// every copy of the report (a text dump, a printed PDF) shares, so it decides first.
public struct DeclaredMetadata: Sendable, Equatable {
    /// The document's title as the file names it.
    public var title: String?
    /// The publishing date as written (a date, often with a time).
    public var publishedOn: String?
    /// The body the file says the document comes from (`来源`).
    public var source: String?

    public init(title: String? = nil, publishedOn: String? = nil, source: String? = nil) {
        self.title = title
        self.publishedOn = publishedOn
        self.source = source
    }
}
